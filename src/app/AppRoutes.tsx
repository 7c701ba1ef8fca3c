import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import type { FrontData, PeopleData, PersonData, YearData } from '../event/archive.ts';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { paths } from '../event/paths.ts';
import type { Version } from '../event/versions.ts';
import type { Alternate } from '../routes/alternates.ts';
import { EventPage } from '../routes/EventPage.tsx';
import { NotFoundPage } from '../routes/NotFoundPage.tsx';
import { SiteLayout } from './SiteLayout.tsx';

// Only iframes show this page, and never prerendered: it stays out of the site's first download.
const EmbedPage = lazy(() => import('../routes/EmbedPage.tsx').then((module) => ({ default: module.EmbedPage })));
// The listing pages load on their own: an event page's visitor never downloads them. A
// prerendered listing keeps its HTML in place until its code arrives, then hydrates.
const IndexPage = lazy(() => import('../routes/IndexPage.tsx').then((module) => ({ default: module.IndexPage })));
const YearPage = lazy(() => import('../routes/YearPage.tsx').then((module) => ({ default: module.YearPage })));
// Both people pages come in one chunk: a chunk each would split what they share into a third.
const PeoplePage = lazy(() => import('../routes/people/views.ts').then((module) => ({ default: module.PeopleView })));
const PersonPage = lazy(() => import('../routes/people/views.ts').then((module) => ({ default: module.PersonView })));
// Few visitors read the accessibility statement: its page is not worth the event page's first download.
const AccessibilityPage = lazy(() =>
  import('../routes/AccessibilityPage.tsx').then((module) => ({ default: module.AccessibilityPage })),
);
// Only editors open the studio: its form, checks and zip code never reach a visitor's page.
const StudioPage = lazy(() => import('../routes/StudioPage.tsx').then((module) => ({ default: module.StudioPage })));
const SearchPage = lazy(() => import('../routes/SearchPage.tsx').then((module) => ({ default: module.SearchPage })));

const later = (page: ReactNode) => <Suspense fallback={null}>{page}</Suspense>;

/** Data a prerendered page carries, so its first render needs no request. */
export interface PageData {
  /** The address the data was rendered for, without the base: other addresses ignore it. */
  url: string;
  /** The event shown, with only its first photos when it is large (see `partial`). */
  event?: DisplayEvent;
  /** The listing pages' data: each carries its own part of the archive. */
  front?: FrontData;
  year?: YearData;
  people?: PeopleData;
  person?: PersonData;
  /** The slug of each person the page names, for the links to their pages (see personSlug). */
  slugs?: Record<string, string>;
  /** The event's versions in every language. */
  versions?: Version[];
  /** The page in every language, for the header's language switch. */
  alternates?: Alternate[];
  /** The dates and lists the prerender formatted, by what was formatted (src/i18n/format.ts). */
  formatted?: Record<string, string>;
}

/** `lang` is the page's language, as its `<html lang>` says. */
export function AppRoutes({ data, lang }: { data?: PageData; lang: string }) {
  const event = <EventPage prerendered={data?.event} versions={data?.versions} slugs={data?.slugs} />;
  return (
    <Routes>
      <Route element={<SiteLayout lang={lang} alternates={data?.alternates} />}>
        {[paths.index.pattern, paths.indexIn.pattern].map((pattern) => (
          <Route key={pattern} path={pattern} element={later(<IndexPage prerendered={data?.front} />)} />
        ))}
        {paths.year.patterns.map((pattern) => (
          <Route key={pattern} path={pattern} element={later(<YearPage prerendered={data?.year} />)} />
        ))}
        {paths.people.patterns.map((pattern) => (
          <Route key={pattern} path={pattern} element={later(<PeoplePage prerendered={data?.people} />)} />
        ))}
        {paths.person.patterns.map((pattern) => (
          <Route key={pattern} path={pattern} element={later(<PersonPage prerendered={data?.person} />)} />
        ))}
        {paths.search.patterns.map((pattern) => (
          <Route key={pattern} path={pattern} element={later(<SearchPage />)} />
        ))}
        <Route path={paths.studio.pattern} element={later(<StudioPage />)} />
        <Route path={paths.event.pattern} element={event} />
        <Route path={paths.photo.pattern} element={event} />
        {[paths.accessibility.pattern, paths.accessibilityIn.pattern].map((pattern) => (
          <Route key={pattern} path={pattern} element={later(<AccessibilityPage />)} />
        ))}
        {[paths.notFoundIn.pattern, '*'].map((pattern) => (
          <Route key={pattern} path={pattern} element={<NotFoundPage />} />
        ))}
      </Route>
      {/* The embed shows the gallery alone: no header, no footer, on someone else's page. */}
      <Route
        path={paths.embed.pattern}
        element={
          <Suspense fallback={null}>
            <EmbedPage />
          </Suspense>
        }
      />
    </Routes>
  );
}
