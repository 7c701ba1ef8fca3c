import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import type { EventsIndex as Index } from '../event/eventsIndex.ts';
import { paths } from '../event/paths.ts';
import { EventPage, type Preloaded } from '../routes/EventPage.tsx';
import { EventsIndex } from '../routes/IndexPage.tsx';
import { NotFound } from '../routes/NotFoundPage.tsx';

// Only iframes show this page, and never prerendered: it stays out of the site's first download.
const EmbedPage = lazy(() => import('../routes/EmbedPage.tsx').then((module) => ({ default: module.EmbedPage })));

/** Data a prerendered page carries, so its first render needs no request. */
export interface PageData {
  /** The address the data was rendered for, without the base: other addresses ignore it. */
  url: string;
  event?: Preloaded;
  index?: Index;
}

export function AppRoutes({ data }: { data?: PageData }) {
  const preloaded = data?.event;
  return (
    <Routes>
      <Route path={paths.index.pattern} element={<EventsIndex preloaded={data?.index} />} />
      <Route path={paths.event.pattern} element={<EventPage preloaded={preloaded} />} />
      <Route path={paths.photo.pattern} element={<EventPage preloaded={preloaded} />} />
      <Route
        path={paths.embed.pattern}
        element={
          <Suspense fallback={null}>
            <EmbedPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
