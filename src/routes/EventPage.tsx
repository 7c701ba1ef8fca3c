import { Link, useParams } from 'react-router';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { paths } from '../event/paths.ts';
import { eventFileUrl } from '../event/urls.ts';
import type { Version } from '../event/versions.ts';
import { PersonLinksProvider } from '../gallery/personLinks.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { useSite, useSiteName } from '../site/useSite.ts';
import { EventLoader, type LoadedEvent } from '../viewer/EventLoader.tsx';
import { EventView } from '../viewer/EventView.tsx';
import { listingLanguage } from '../viewer/listingLanguage.ts';
import { eventAlternates } from './alternates.ts';
import { eventHead } from './head.ts';
import { LanguageMenu } from './LanguageMenu.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { useHead } from './useHead.ts';
import { usePhotoInAddress } from './usePhotoInAddress.ts';
import { useVersions } from './useVersions.ts';

interface EventScreenProps {
  loaded: LoadedEvent;
  versions?: readonly Version[];
  slugs?: Record<string, string>;
}

function EventScreen({ loaded, versions, slugs }: EventScreenProps) {
  const { event, numbers, total } = loaded.shown;
  const { messages } = useI18n();
  const site = useSite();
  const photo = usePhotoInAddress(event.id, numbers);
  const place = { number: numbers[photo.index] ?? 1, inLightbox: photo.lightboxOpen };
  const alternates = eventAlternates(useVersions(event, versions), place, site.defaultLanguage);
  useHead(eventHead(event, loaded.photos[photo.index], useSiteName(), alternates));
  const listing = listingLanguage(event.lang, site.defaultLanguage);
  const personPage = (slug: string) =>
    import.meta.env.BASE_URL.replace(/\/$/, '') + paths.person.build(listing, site.defaultLanguage, slug);
  return (
    <>
      <nav className="eg-breadcrumb" aria-label={messages.indexTitle}>
        <Link to={paths.indexIn.build(listing, site.defaultLanguage)}>{messages.indexTitle}</Link>
      </nav>
      {photo.unknownPhoto !== null && (
        <p className="eg-notice" role="alert">
          {`${messages.noSuchPhoto(photo.unknownPhoto, total)} `}
          <Link to={paths.event.build(event.id)}>{messages.firstPhoto}</Link>
        </p>
      )}
      <PersonLinksProvider href={personPage} slugs={slugs}>
        <EventView
          {...loaded}
          photo={photo}
          lightboxTools={<LanguageMenu alternates={alternates} lang={event.lang} />}
        />
      </PersonLinksProvider>
    </>
  );
}

/** `/events/<id>` and `/events/<id>/photos/<n>`: the event, its photo and lightbox kept in the address. */
export function EventPage({
  prerendered,
  versions,
  slugs,
}: { prerendered?: DisplayEvent } & Omit<EventScreenProps, 'loaded'>) {
  const { id = '' } = useParams();
  const mine = prerendered?.event.id === id;
  return (
    <EventLoader
      file={eventFileUrl(import.meta.env.BASE_URL, id)}
      id={id}
      prerendered={mine ? prerendered : undefined}
      notFound={<NotFoundPage />}
    >
      {(loaded) => (
        <EventScreen loaded={loaded} versions={mine ? versions : undefined} slugs={mine ? slugs : undefined} />
      )}
    </EventLoader>
  );
}
