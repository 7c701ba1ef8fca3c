import { useEffect, useMemo, useState } from 'react';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { photoIndex } from '../event/paths.ts';
import { photoViews } from '../gallery/photos.ts';
import { messagesFor } from '../i18n/messages.ts';
import { EventView, type EventViewProps } from './EventView.tsx';

interface LocalEventViewProps extends Pick<EventViewProps, 'article' | 'portalRoot' | 'shareUrl'> {
  loaded: DisplayEvent;
  /** The event file's address, against which photo addresses resolve. */
  file: string;
  /** The photo to start on, as the visitor numbers it. */
  photo: string | null | undefined;
}

/**
 * The event with its photo and lightbox kept in component state, for embeddings, whose address
 * belongs to the host page (or to an iframe nobody sees).
 */
export function LocalEventView({ loaded, file, photo, ...rest }: LocalEventViewProps) {
  const { event } = loaded;
  const photos = useMemo(() => photoViews(event, file, messagesFor(event.lang), loaded), [event, file, loaded]);
  const start = photoIndex(photo, loaded.numbers) ?? 0;
  const [index, setIndex] = useState(start);
  const [open, setOpen] = useState(false);
  useEffect(() => setIndex(start), [start]);

  return (
    <EventView
      {...rest}
      event={event}
      photos={photos}
      dropped={loaded.dropped}
      index={index}
      lightboxOpen={open}
      onIndexChange={setIndex}
      onOpen={(at) => {
        setIndex(at);
        setOpen(true);
      }}
      onClose={() => setOpen(false)}
    />
  );
}
