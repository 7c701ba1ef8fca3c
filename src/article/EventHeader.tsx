import type { GalleryEvent } from '../event/schema.ts';
import { formatDateRange, formattedLanguage } from '../i18n/format.ts';

/**
 * Title, date range and place, as a news site heads an article. The `data-pagefind-*` attributes
 * tell the search index (scripts/build/search-index.ts) what to index and show: this and the
 * article, never the site's navigation or the gallery's controls.
 */
export function EventHeader({ event }: { event: GalleryEvent }) {
  return (
    <header
      className="eg-header"
      lang={event.lang}
      data-pagefind-body=""
      data-pagefind-filter={`year:${event.date.slice(0, 4)}`}
    >
      <h1 className="eg-header__title" data-pagefind-meta="title">
        {event.title}
      </h1>
      <p className="eg-header__meta" data-pagefind-meta={event.endDate && `endDate:${event.endDate}`}>
        <time dateTime={event.date} lang={formattedLanguage(event.lang)} data-pagefind-meta="date[datetime]">
          {formatDateRange(event.lang, event.date, event.endDate)}
        </time>
        {event.location && (
          <>
            <span aria-hidden="true"> · </span>
            <bdi className="eg-header__place" data-pagefind-meta="place">
              {event.location}
            </bdi>
          </>
        )}
      </p>
    </header>
  );
}
