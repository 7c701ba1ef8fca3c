import type { GalleryEvent } from '../event/schema.ts';
import { formatDateRange, formattedLanguage } from '../i18n/format.ts';

/** Title, date range and place, as a news site heads an article. */
export function EventHeader({ event }: { event: GalleryEvent }) {
  return (
    <header className="eg-header" lang={event.lang}>
      <h1 className="eg-header__title">{event.title}</h1>
      <p className="eg-header__meta">
        <time dateTime={event.date} lang={formattedLanguage(event.lang)}>
          {formatDateRange(event.lang, event.date, event.endDate)}
        </time>
        {event.location && (
          <>
            <span aria-hidden="true"> · </span>
            <bdi className="eg-header__place">{event.location}</bdi>
          </>
        )}
      </p>
    </header>
  );
}
