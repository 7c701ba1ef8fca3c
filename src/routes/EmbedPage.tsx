import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { personPageUrl } from '../embed/personPageUrl.ts';
import { usePostHeight } from '../embed/usePostHeight.ts';
import { numberIn, useFocusOnArrival, useVersionOffer } from '../embed/useVersionOffer.ts';
import { VersionOffer } from '../embed/VersionOffer.tsx';
import { paths } from '../event/paths.ts';
import { eventFileUrl } from '../event/urls.ts';
import type { Version } from '../event/versions.ts';
import { PersonLinksProvider } from '../gallery/personLinks.tsx';
import { useSite } from '../site/useSite.ts';
import { articlePlacement } from '../viewer/articlePlacement.ts';
import { EventLoader, type LoadedEvent } from '../viewer/EventLoader.tsx';
import { EventView } from '../viewer/EventView.tsx';
import { usePhotoInState } from '../viewer/usePhotoInState.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

/** Set on the history entry of a version the visitor switched to, so its photo takes the focus. */
interface SwitchState {
  switched: true;
}

function EmbeddedEvent({ loaded }: { loaded: LoadedEvent }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const arrived = (useLocation().state as SwitchState | null)?.switched === true;
  const photo = usePhotoInState(search.get('photo'), loaded.shown.numbers);
  const version = useVersionOffer(loaded.file, loaded.shown.event, search.get('lang') ?? undefined);
  const box = useFocusOnArrival(arrived);
  const { defaultLanguage } = useSite();
  const personPage = (slug: string) => personPageUrl(loaded.file, loaded.shown.event.lang, defaultLanguage, slug);
  const show = (other: Version) => {
    const params = new URLSearchParams(search);
    params.set('photo', String(numberIn(other, loaded.shown.numbers[photo.index] ?? 1)));
    // Replaced, not pushed: the host page's Back button should leave the host page, not walk the iframe.
    const state: SwitchState = { switched: true };
    navigate(`${paths.embed.build(other.id)}?${params}`, { replace: true, state });
  };
  return (
    <div ref={box}>
      {version && <VersionOffer onSelect={() => show(version)} />}
      {/* The host page stays: a person's page opens on the gallery site, in a tab of its own. */}
      <PersonLinksProvider href={personPage} newTab>
        <EventView {...loaded} photo={photo} article={articlePlacement(search.get('article'), 'below')} />
      </PersonLinksProvider>
    </div>
  );
}

/**
 * `/embed/<id>`: the gallery alone, for an iframe on another site, telling its parent its height.
 * `?lang=` sets the interface language, the event's own by default.
 */
export function EmbedPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  usePostHeight(id);
  return (
    <EventLoader
      file={eventFileUrl(import.meta.env.BASE_URL, id)}
      id={id}
      lang={search.get('lang') ?? undefined}
      notFound={<NotFoundPage />}
    >
      {(loaded) => <EmbeddedEvent loaded={loaded} />}
    </EventLoader>
  );
}
