import type { GalleryEvent } from '../event/schema.ts';
import { baseLanguage } from '../event/versions.ts';
import { formatDate } from '../i18n/format.ts';
import { messagesFor, uiLanguage } from '../i18n/messages.ts';

/** The release's text: lead, paragraphs, closing line and last update, in the event's language. */
export function Article({ event }: { event: GalleryEvent }) {
  // The last update is the interface's sentence: in its language, which an Irish page lacks.
  const ui = uiLanguage(event.lang);
  return (
    // Indexed for search with the event's header (see EventHeader).
    <div className="eg-article" lang={event.lang} data-pagefind-body="">
      {event.lead && <p className="eg-article__lead">{event.lead}</p>}
      {event.body.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id and never reorder
        <p key={index}>{paragraph}</p>
      ))}
      {event.source && <p className="eg-article__source">{event.source}</p>}
      {event.updated && (
        <p
          className="eg-article__updated"
          data-pagefind-ignore=""
          lang={ui === baseLanguage(event.lang) ? undefined : ui}
        >
          {messagesFor(ui).updated(formatDate(ui, event.updated))}
        </p>
      )}
    </div>
  );
}
