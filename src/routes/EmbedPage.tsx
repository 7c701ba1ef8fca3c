import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { usePostHeight } from '../embed/usePostHeight.ts';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { isEventId } from '../event/schema.ts';
import { eventFileUrl } from '../event/urls.ts';
import { useEvent } from '../event/useEvent.ts';
import { photoViews } from '../gallery/photos.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { messagesFor } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { EventView } from './EventView.tsx';
import { LoadErrorView } from './LoadErrorView.tsx';
import { NotFound } from './NotFound.tsx';
import { paths, photoIndex } from './paths.ts';

const PLACEMENTS = ['beside', 'below', 'none'] as const;

/** `/embed/<id>`: the gallery alone, for an iframe on another site, telling its parent its height. */
export function EmbedPage() {
  const { id = '' } = useParams();
  usePostHeight(id);
  if (!isEventId(id)) return <NotFound />;
  return <LoadedEmbed key={id} id={id} />;
}

function LoadedEmbed({ id }: { id: string }) {
  const { messages } = useI18n();
  const file = eventFileUrl(import.meta.env.BASE_URL, id);
  const { state, retry } = useEvent(file, id);
  if (state.status === 'loading') return <p role="status">{messages.loading}</p>;
  if (!state.ok) return <LoadErrorView error={state.error} onRetry={retry} />;
  return (
    <I18nProvider lang={state.event.lang}>
      <Embed loaded={state} file={file} />
    </I18nProvider>
  );
}

function Embed({ loaded, file }: { loaded: DisplayEvent; file: string }) {
  const [search] = useSearchParams();
  const { event } = loaded;
  const photos = useMemo(() => photoViews(event, file, messagesFor(event.lang), loaded), [event, file, loaded]);
  const [index, setIndex] = useState(() => photoIndex(search.get('photo'), loaded.numbers) ?? 0);
  const [open, setOpen] = useState(false);
  const article = PLACEMENTS.find((placement) => placement === search.get('article')) ?? 'below';
  return (
    <EventView
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
      shareUrl={(number) =>
        new URL(`${import.meta.env.BASE_URL}${paths.photo.build(event.id, number).slice(1)}`, window.location.href).href
      }
      article={article}
    />
  );
}
