import { Link, useParams } from 'react-router';
import type { EventsIndex } from '../event/eventsIndex.ts';
import { paths } from '../event/paths.ts';
import { eventsIndexUrl, resolveUrl } from '../event/urls.ts';
import { useEventsIndex } from '../event/useEventsIndex.ts';
import { listingFor, listingLanguages } from '../event/versions.ts';
import { sourceViews } from '../gallery/photos.ts';
import { formatDateRange, formattedLanguage } from '../i18n/format.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { UI_LANGUAGES } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { listingAlternates } from './alternates.ts';
import { indexHead } from './head.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { useHead } from './useHead.ts';

const INDEX_FILE = eventsIndexUrl(import.meta.env.BASE_URL);
/** Cards fill a column of at least 18rem: about a third of a wide page, the whole of a phone's. */
const CARD_SIZES = '(min-width: 1024px) 400px, (min-width: 640px) 50vw, 100vw';

function Listing({ prerendered, canonical }: { prerendered?: EventsIndex; canonical?: string }) {
  const { lang, messages } = useI18n();
  const site = useSite();
  const name = useSiteName();
  const state = useEventsIndex(INDEX_FILE, prerendered);
  const events = state.status === 'shown' ? state.data.events : [];
  const languages = listingLanguages(events, UI_LANGUAGES, site.defaultLanguage);
  useHead(indexHead(messages, lang, name, listingAlternates(languages, site.defaultLanguage), canonical));
  if (state.status === 'shown' && !languages.includes(lang)) return <NotFoundPage />;

  return (
    <div className="eg-index">
      <h1 className="eg-index__title">{name}</h1>
      {state.status === 'loading' && <p role="status">{messages.loading}</p>}
      {state.status === 'failed' && <p role="alert">{messages.indexFailed}</p>}
      {state.status === 'shown' && (
        <ul className="eg-index__list">
          {listingFor(events, lang, site.defaultLanguage).map((entry, position) => (
            <li key={entry.id} className="eg-card" lang={entry.lang}>
              <Link className="eg-card__link" to={paths.event.build(entry.id)}>
                <picture>
                  {sourceViews(entry.cover, INDEX_FILE).map((source) => (
                    <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={CARD_SIZES} />
                  ))}
                  <img
                    className="eg-card__image"
                    src={resolveUrl(entry.cover.src, INDEX_FILE)}
                    alt=""
                    width={entry.cover.width}
                    height={entry.cover.height}
                    loading={position < 3 ? 'eager' : 'lazy'}
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
      )}
    </div>
  );
}

/**
 * `/` and `/<lang>/`: every event, newest first, once each, in the listing's language when it has
 * that version; each a link with its cover photo, dates, place and photo count.
 */
export function IndexPage({ prerendered }: { prerendered?: EventsIndex }) {
  const site = useSite();
  const params = useParams();
  const lang = params.lang ?? site.defaultLanguage;
  // `/events`, `/404` and the like are no language's listing.
  const ui = UI_LANGUAGES.find((known) => known === lang);
  if (!ui) return <NotFoundPage />;
  // The default language's listing is the front page; `/fr/` says so to search engines.
  const canonical = params.lang === site.defaultLanguage ? paths.index.build() : undefined;
  return (
    <I18nProvider lang={ui}>
      <Listing prerendered={prerendered} canonical={canonical} />
    </I18nProvider>
  );
}
