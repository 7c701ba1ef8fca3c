import { Link } from 'react-router';
import type { EventsIndexEntry } from '../../event/eventsIndex.ts';
import { paths } from '../../event/paths.ts';
import { resolveUrl } from '../../event/urls.ts';
import { sourceViews } from '../../gallery/photos.ts';
import { formatDateRange, formattedLanguage } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** Cards fill a column of at least 18rem: about a third of a wide page, the whole of a phone's. */
const CARD_SIZES = '(min-width: 1024px) 400px, (min-width: 640px) 50vw, 100vw';
/** The first row of cards on a wide screen: their covers are wanted at once. */
const EAGER = 3;
// The archive's files carry addresses resolved already: any base resolves them to themselves.
const BASE = import.meta.env.BASE_URL;

/** Events as cards, in the order given: each a link with its cover photo, dates, place and photo count. */
export function EventCards({ entries }: { entries: readonly EventsIndexEntry[] }) {
  const { lang, messages } = useI18n();
  return (
    <ul className="eg-index__list">
      {entries.map((entry, position) => (
        <li key={entry.id} className="eg-card" lang={entry.lang}>
          <Link className="eg-card__link" to={paths.event.build(entry.id)}>
            <picture>
              {sourceViews(entry.cover, BASE).map((source) => (
                <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={CARD_SIZES} />
              ))}
              <img
                className="eg-card__image"
                src={resolveUrl(entry.cover.src, BASE)}
                alt=""
                width={entry.cover.width}
                height={entry.cover.height}
                loading={position < EAGER ? 'eager' : 'lazy'}
              />
            </picture>
            <span className="eg-card__title">{entry.title}</span>
          </Link>
          <p className="eg-card__meta">
            <time dateTime={entry.date} lang={formattedLanguage(entry.lang)}>
              {formatDateRange(entry.lang, entry.date, entry.endDate)}
            </time>
            {entry.location && ` · ${entry.location}`}
          </p>
          <p className="eg-card__meta" lang={lang}>
            {messages.photoCount(entry.photoCount)}
          </p>
        </li>
      ))}
    </ul>
  );
}
