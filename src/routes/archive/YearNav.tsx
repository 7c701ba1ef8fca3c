import { Link } from 'react-router';
import type { YearCount } from '../../event/archive.ts';
import { paths } from '../../event/paths.ts';
import { archiveMessages } from '../../i18n/archive.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSite } from '../../site/useSite.ts';

/** Every year of the archive, newest first, each with its number of events: two clicks to any event. */
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
              <span className="eg-years__separator"> · </span>
              <span className="eg-years__count">{texts.eventCount(count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
