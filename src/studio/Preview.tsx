import { useMemo } from 'react';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { eventFileUrl } from '../event/urls.ts';
import { photoViews } from '../gallery/photos.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { Messages } from '../i18n/messages.ts';
import { EventView } from '../viewer/EventView.tsx';
import { usePhotoInState } from '../viewer/usePhotoInState.ts';

interface PreviewProps {
  shown: DisplayEvent;
  /** The interface messages of the event's language, as a visitor's page would have them. */
  messages: Messages;
}

/** The event exactly as visitors will get it, the real view and lightbox, redrawn as the editor types. */
export function Preview({ shown, messages }: PreviewProps) {
  const file = eventFileUrl(import.meta.env.BASE_URL, shown.event.id);
  const photos = useMemo(() => photoViews(shown.event, file, messages, shown), [shown, file, messages]);
  const photo = usePhotoInState(null, shown.numbers);
  // A removed photo may leave the shown index past the end.
  const index = Math.min(photo.index, photos.length - 1);
  return (
    <I18nProvider lang={shown.event.lang}>
      <EventView shown={shown} photos={photos} file={file} photo={{ ...photo, index }} />
    </I18nProvider>
  );
}
