import { Link } from 'react-router';
import type { EventsIndex as Index } from '../event/eventsIndex.ts';
import { resolveUrl } from '../event/urls.ts';
import { useEventsIndex } from '../event/useEventsIndex.ts';
import { formatDateRange } from '../i18n/format.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { paths } from './paths.ts';
import { useHead } from './useHead.ts';

const INDEX_FILE = `${import.meta.env.BASE_URL}events/index.json`;

/** Every event, newest first, each a link with its cover photo, dates, place and photo count. */
export function EventsIndex({ preloaded }: { preloaded?: Index }) {
  const { lang, messages } = useI18n();
  const state = useEventsIndex(INDEX_FILE, preloaded);
  useHead({ title: messages.indexTitle, description: messages.indexDescription, lang });

  return (
    <div className="eg-index">
      <h1 className="eg-index__title">{messages.indexTitle}</h1>
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{messages.indexFailed}</p>}
      {state.status === 'done' && (
        <ul className="eg-index__list">
          {state.index.events.map((entry, position) => (
            <li key={entry.id} className="eg-card" lang={entry.lang}>
              <Link className="eg-card__link" to={paths.event.build(entry.id)}>
                <img
                  className="eg-card__image"
                  src={resolveUrl(entry.cover.src, INDEX_FILE)}
                  alt=""
                  width={entry.cover.width}
                  height={entry.cover.height}
                  loading={position < 3 ? 'eager' : 'lazy'}
                />
                <span className="eg-card__title">{entry.title}</span>
              </Link>
              <p className="eg-card__meta">
                <time dateTime={entry.date}>{formatDateRange(entry.lang, entry.date, entry.endDate)}</time>
                {entry.location && ` · ${entry.location}`}
              </p>
              <p className="eg-card__meta" lang={lang}>
                {messages.photoCount(entry.photoCount)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
