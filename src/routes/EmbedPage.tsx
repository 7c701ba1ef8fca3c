import { useHref, useParams, useSearchParams } from 'react-router';
import { usePostHeight } from '../embed/usePostHeight.ts';
import { isEventId } from '../event/ids.ts';
import { paths } from '../event/paths.ts';
import { eventFileUrl } from '../event/urls.ts';
import { useEvent } from '../event/useEvent.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { articlePlacement } from '../viewer/EventView.tsx';
import { LoadErrorView } from '../viewer/LoadErrorView.tsx';
import { LocalEventView } from '../viewer/LocalEventView.tsx';
import { NotFound } from './NotFoundPage.tsx';

/** `/embed/<id>`: the gallery alone, for an iframe on another site, telling its parent its height. */
export function EmbedPage() {
  const { id = '' } = useParams();
  usePostHeight(id);
  if (!isEventId(id)) return <NotFound />;
  return <LoadedEmbed key={id} id={id} />;
}

function LoadedEmbed({ id }: { id: string }) {
  const { messages } = useI18n();
  const [search] = useSearchParams();
  const sitePath = useHref('/').replace(/\/$/, '');
  const file = eventFileUrl(import.meta.env.BASE_URL, id);
  const { state, retry } = useEvent(file, id);
  if (state.status === 'loading') return <p role="status">{messages.loading}</p>;
  if (!state.ok) return <LoadErrorView error={state.error} onRetry={retry} />;
  return (
    <I18nProvider lang={state.event.lang}>
      <LocalEventView
        loaded={state}
        file={file}
        photo={search.get('photo')}
        article={articlePlacement(search.get('article'), 'below')}
        shareUrl={(number) => new URL(sitePath + paths.photo.build(id, number), window.location.href).href}
      />
    </I18nProvider>
  );
}
