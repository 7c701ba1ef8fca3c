import type { GalleryEvent } from '../event/schema.ts';
import { formatDate } from '../i18n/format.ts';
import { messagesFor } from '../i18n/messages.ts';

/** The release's text: lead, paragraphs, closing line and last update, in the event's language. */
export function Article({ event }: { event: GalleryEvent }) {
  return (
    <div className="eg-article" lang={event.lang}>
      {event.lead && <p className="eg-article__lead">{event.lead}</p>}
      {event.body.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id and never reorder
        <p key={index}>{paragraph}</p>
      ))}
      {event.source && <p className="eg-article__source">{event.source}</p>}
      {event.updated && (
        <p className="eg-article__updated">{messagesFor(event.lang).updated(formatDate(event.lang, event.updated))}</p>
      )}
    </div>
  );
}
