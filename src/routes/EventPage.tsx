import { useEffect, useMemo, useState } from 'react';
import { Link, useHref, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { eventHead } from '../app/head.ts';
import { useHead } from '../app/useHead.ts';
import type { DisplayEvent } from '../event/forDisplay.ts';
import { isEventId } from '../event/ids.ts';
import type { LoadResult } from '../event/load.ts';
import { paths, photoIndex } from '../event/paths.ts';
import { eventFileUrl } from '../event/urls.ts';
import { useEvent } from '../event/useEvent.ts';
import { photoViews } from '../gallery/photos.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { messagesFor } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { EventView } from '../viewer/EventView.tsx';
import { LoadErrorView } from '../viewer/LoadErrorView.tsx';
import { NotFound } from './NotFoundPage.tsx';

/** A prerendered page carries its event, so the first visit needs no second request. */
export interface Preloaded {
  id: string;
  result: LoadResult;
}

export function EventPage({ preloaded }: { preloaded?: Preloaded }) {
  const { id = '' } = useParams();
  if (!isEventId(id)) return <NotFound />;
  return <LoadedEventPage key={id} id={id} preloaded={preloaded?.id === id ? preloaded.result : undefined} />;
}

function LoadedEventPage({ id, preloaded }: { id: string; preloaded: LoadResult | undefined }) {
  const { messages } = useI18n();
  const file = eventFileUrl(import.meta.env.BASE_URL, id);
  const { state, retry } = useEvent(file, id, preloaded);

  if (state.status === 'loading') {
    return (
      <p className="eg-loading" role="status">
        {messages.loading}
      </p>
    );
  }
  if (!state.ok) {
    return state.error.kind === 'not-found' ? <NotFound /> : <LoadErrorView error={state.error} onRetry={retry} />;
  }
  return (
    <I18nProvider lang={state.event.lang}>
      <EventRoute loaded={state} file={file} />
    </I18nProvider>
  );
}

/** Keeps the photo shown and the lightbox in the address, so every view can be shared and reloaded. */
function EventRoute({ loaded, file }: { loaded: DisplayEvent; file: string }) {
  const { event } = loaded;
  const { messages } = useI18n();
  const { n } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  // The photo last seen in a lightbox being closed: shown while history steps back to the page.
  const [returnTo, setReturnTo] = useState<number | null>(null);
  const siteRoot = useHref('/');
  const lightboxOpen = n !== undefined;
  const requested = n ?? search.get('photo');
  const index =
    !lightboxOpen && returnTo !== null ? returnTo : requested === null ? 0 : photoIndex(requested, loaded.numbers);

  const photos = useMemo(() => photoViews(event, file, messagesFor(event.lang), loaded), [event, file, loaded]);
  useHead(eventHead(event, photos[index ?? 0]));
  const numberAt = (at: number) => photos[at]?.number ?? 1;

  const show = (to: number) =>
    navigate(lightboxOpen ? paths.photo.build(event.id, numberAt(to)) : paths.event.build(event.id, numberAt(to)), {
      replace: true,
      state: location.state,
      preventScrollReset: true,
    });
  const open = (at: number) =>
    navigate(paths.photo.build(event.id, numberAt(at)), { state: { openedHere: true }, preventScrollReset: true });
  // Closing a lightbox opened on this page steps back in history, so Back never reopens it;
  // the carousel then moves to the photo the visitor last saw in the lightbox.
  const close = () => {
    const at = index ?? 0;
    if ((location.state as { openedHere?: boolean } | null)?.openedHere) {
      setReturnTo(at);
      navigate(-1);
    } else {
      navigate(paths.event.build(event.id, numberAt(at)), { replace: true, preventScrollReset: true });
    }
  };
  useEffect(() => {
    if (lightboxOpen || returnTo === null) return;
    setReturnTo(null);
    navigate(paths.event.build(event.id, photos[returnTo]?.number), { replace: true, preventScrollReset: true });
  }, [lightboxOpen, returnTo, navigate, event.id, photos]);

  return (
    <>
      <nav className="eg-breadcrumb" aria-label={messages.indexTitle}>
        <Link to={paths.index.build()}>{messages.indexTitle}</Link>
      </nav>
      {index === null && (
        <p className="eg-notice" role="alert">
          {messages.noSuchPhoto(requested ?? '', loaded.total)}{' '}
          <Link to={paths.event.build(event.id)}>{messages.firstPhoto}</Link>
        </p>
      )}
      <EventView
        event={event}
        photos={photos}
        dropped={loaded.dropped}
        index={index ?? 0}
        lightboxOpen={lightboxOpen && index !== null}
        onIndexChange={show}
        onOpen={open}
        onClose={close}
        shareUrl={(number) =>
          new URL(siteRoot.replace(/\/$/, '') + paths.photo.build(event.id, number), window.location.href).href
        }
      />
    </>
  );
}
