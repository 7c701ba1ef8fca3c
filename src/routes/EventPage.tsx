import { Link, useParams } from 'react-router';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { paths } from '../event/paths.ts';
import { eventFileUrl } from '../event/urls.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useSiteName } from '../site/useSite.ts';
import { EventLoader, type LoadedEvent } from '../viewer/EventLoader.tsx';
import { EventView } from '../viewer/EventView.tsx';
import { eventHead } from './head.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { useHead } from './useHead.ts';
import { usePhotoInAddress } from './usePhotoInAddress.ts';

function EventScreen({ loaded }: { loaded: LoadedEvent }) {
  const { event, numbers, total } = loaded.shown;
  const { messages } = useI18n();
  const photo = usePhotoInAddress(event.id, numbers);
  useHead(eventHead(event, loaded.photos[photo.index], useSiteName()));
  return (
    <>
      <nav className="eg-breadcrumb" aria-label={messages.indexTitle}>
        <Link to={paths.index.build()}>{messages.indexTitle}</Link>
      </nav>
      {photo.unknownPhoto !== null && (
        <p className="eg-notice" role="alert">
          {messages.noSuchPhoto(photo.unknownPhoto, total)}{' '}
          <Link to={paths.event.build(event.id)}>{messages.firstPhoto}</Link>
        </p>
      )}
      <EventView {...loaded} photo={photo} />
    </>
  );
}

/** `/events/<id>` and `/events/<id>/photos/<n>`: the event, its photo and lightbox kept in the address. */
export function EventPage({ prerendered }: { prerendered?: DisplayEvent }) {
  const { id = '' } = useParams();
  return (
    <EventLoader
      file={eventFileUrl(import.meta.env.BASE_URL, id)}
      id={id}
      prerendered={prerendered?.event.id === id ? prerendered : undefined}
      notFound={<NotFoundPage />}
    >
      {(loaded) => <EventScreen loaded={loaded} />}
    </EventLoader>
  );
}
