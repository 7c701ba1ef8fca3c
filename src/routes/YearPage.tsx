import { useParams } from 'react-router';
import { archiveFiles, archiveUrl, pageCount, pageOf, type YearData } from '../event/archive.ts';
import type { EventsIndexEntry } from '../event/eventsIndex.ts';
import { paths } from '../event/paths.ts';
import { type ArchiveFileState, archiveSchema, useArchiveFile } from '../event/useArchiveFile.ts';
import { listingFor } from '../event/versions.ts';
import { type ArchiveMessages, archiveMessages } from '../i18n/archive.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { archiveAlternates } from './alternates.ts';
import { EventCards } from './archive/EventCards.tsx';
import { Pagination } from './archive/Pagination.tsx';
import { useListingLanguage } from './archive/useListingLanguage.ts';
import { YearNav } from './archive/YearNav.tsx';
import type { Head } from './head.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SearchField } from './SearchField.tsx';
import { useHead } from './useHead.ts';

const YEAR = /^\d{4}$/;
const PAGE = /^[1-9]\d{0,3}$/;

/** A year page's head: its title names the year and, past the first, the page. */
export function yearHead(
  texts: ArchiveMessages,
  lang: string,
  siteName: string,
  year: string,
  place: { page: number; pages: number; at: (page: number) => string },
  languages: readonly string[],
  defaultLanguage: string,
): Head {
  const { page, pages, at } = place;
  const title = page > 1 ? `${texts.yearTitle(year)} · ${texts.pageOf(page, pages)}` : texts.yearTitle(year);
  return {
    title: `${title} · ${siteName}`,
    description: texts.yearDescription(year),
    lang,
    siteName,
    alternates: archiveAlternates(languages, defaultLanguage, (other) =>
      paths.year.build(other, defaultLanguage, year, page),
    ),
    prev: page > 1 ? at(page - 1) : undefined,
    next: page < pages ? at(page + 1) : undefined,
  };
}

interface Listing {
  year: string;
  page: number;
  pages: number;
  state: ArchiveFileState<YearData>;
  shown: EventsIndexEntry[];
}

function YearListing({ year, page, pages, state, shown }: Listing) {
  const { lang, messages } = useI18n();
  const site = useSite();
  const name = useSiteName();
  const texts = archiveMessages(lang);
  const at = (to: number) => paths.year.build(lang, site.defaultLanguage, year, to);
  const data = state.status === 'shown' ? state.data : undefined;
  const languages = data?.languages ?? [site.defaultLanguage];
  useHead(yearHead(texts, lang, name, year, { page, pages, at }, languages, site.defaultLanguage));

  return (
    <div className="eg-index">
      <h1 className="eg-index__title">{texts.yearTitle(year)}</h1>
      <SearchField />
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{texts.yearFailed}</p>}
      {data && (
        <>
          <EventCards entries={shown} />
          <Pagination page={page} pages={pages} at={at} />
          <YearNav years={data.years} current={year} />
        </>
      )}
    </div>
  );
}

function Year({ year, page, prerendered }: { year: string; page: number; prerendered?: YearData }) {
  const { lang } = useI18n();
  const site = useSite();
  const state = useArchiveFile(
    archiveUrl(import.meta.env.BASE_URL, archiveFiles.year(year)),
    archiveSchema.year,
    prerendered,
  );
  const data = state.status === 'shown' ? state.data : undefined;
  const listed = data ? listingFor(data.events, lang, site.defaultLanguage) : [];
  // A prerendered page carries its own events only; a fetched year is cut here.
  const pages = data?.slice?.pages ?? pageCount(listed.length);
  const shown = data?.slice ? listed : pageOf(listed, page);
  // Decided before the listing sets its head: the parent's head would outlast the "not found" page's.
  if (state.status === 'failed' && state.error.kind === 'not-found') return <NotFoundPage />;
  if (data && shown.length === 0) return <NotFoundPage />;
  return <YearListing year={year} page={page} pages={pages} state={state} shown={shown} />;
}

/** `/years/<yyyy>` (and `/<lang>/years/<yyyy>`): every event of a year, newest first, page by page. */
export function YearPage({ prerendered }: { prerendered?: YearData }) {
  const params = useParams();
  const lang = useListingLanguage();
  const year = params.year ?? '';
  const page = Number(params.page ?? '1');
  if (!lang || !YEAR.test(year) || !PAGE.test(params.page ?? '1')) return <NotFoundPage />;
  // The page's data belongs to the address it was rendered for, not to the next one visited.
  const own = prerendered?.year === year && (prerendered.slice?.page ?? page) === page ? prerendered : undefined;
  return (
    <I18nProvider lang={lang}>
      <Year key={`${year}/${page}`} year={year} page={page} prerendered={own} />
    </I18nProvider>
  );
}
