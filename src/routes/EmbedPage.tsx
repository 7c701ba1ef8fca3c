import { useParams, useSearchParams } from 'react-router';
import { usePostHeight } from '../embed/usePostHeight.ts';
import { eventFileUrl } from '../event/urls.ts';
import { articlePlacement } from '../viewer/articlePlacement.ts';
import { EventLoader, type LoadedEvent } from '../viewer/EventLoader.tsx';
import { EventView } from '../viewer/EventView.tsx';
import { usePhotoInState } from '../viewer/usePhotoInState.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

function EmbeddedEvent({ loaded }: { loaded: LoadedEvent }) {
  const [search] = useSearchParams();
  const photo = usePhotoInState(search.get('photo'), loaded.shown.numbers);
  return <EventView {...loaded} photo={photo} article={articlePlacement(search.get('article'), 'below')} />;
}

/** `/embed/<id>`: the gallery alone, for an iframe on another site, telling its parent its height. */
export function EmbedPage() {
  const { id = '' } = useParams();
  usePostHeight(id);
  return (
    <EventLoader file={eventFileUrl(import.meta.env.BASE_URL, id)} id={id} notFound={<NotFoundPage />}>
      {(loaded) => <EmbeddedEvent loaded={loaded} />}
    </EventLoader>
  );
}
