import { Link } from 'react-router';
import { pageCount, type YearCount } from '../../event/archive.ts';
import { paths } from '../../event/paths.ts';
import { archiveMessages } from '../../i18n/archive.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSite } from '../../site/useSite.ts';

/**
 * Every year of the archive, newest first, each with its number of events, and a long year's
 * later pages too: any event is two clicks from the page that shows this.
 */
export function YearNav({ years, current }: { years: readonly YearCount[]; current?: string }) {
  const { lang } = useI18n();
  const site = useSite();
  const texts = archiveMessages(lang);
  return (
    <nav className="eg-years" aria-labelledby="eg-years-title">
      <h2 id="eg-years-title" className="eg-years__title">
        {texts.years}
      </h2>
      <ul className="eg-years__list">
        {years.map(({ year, count }) => (
          <li key={year}>
            <Link
              className="eg-years__link"
              to={paths.year.build(lang, site.defaultLanguage, year)}
              aria-current={year === current ? 'page' : undefined}
            >
              {/* Apart in the link's name too: "2025 · 19 événements", not "202519 événements". */}
              <span className="eg-years__year">{year}</span>
              {/* The year and its count stand on lines of their own: the separator is for screen readers. */}
              <span className="eg-visually-hidden"> · </span>
              <span className="eg-years__count">{texts.eventCount(count)}</span>
            </Link>
            <LaterPages year={year} pages={pageCount(count)} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Links to a long year's pages after its first, each named with its year: `2023 · Page 2 sur 3`. */
function LaterPages({ year, pages }: { year: string; pages: number }) {
  const { lang } = useI18n();
  const site = useSite();
  const texts = archiveMessages(lang);
  if (pages < 2) return null;
  const later = Array.from({ length: pages - 1 }, (_, index) => index + 2);
  return (
    <ul className="eg-years__pages">
      {later.map((page) => (
        <li key={page}>
          <Link
            to={paths.year.build(lang, site.defaultLanguage, year, page)}
            aria-label={`${year} · ${texts.pageOf(page, pages)}`}
          >
            {page}
          </Link>
        </li>
      ))}
    </ul>
  );
}
