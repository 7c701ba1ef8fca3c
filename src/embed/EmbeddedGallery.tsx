import { useEffect, useMemo, useState } from 'react';
import { useEvent } from '../event/useEvent.ts';
import { photoViews } from '../gallery/photos.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { messagesFor } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { EventView } from '../routes/EventView.tsx';
import { LoadErrorView } from '../routes/LoadErrorView.tsx';
import { photoIndex } from '../routes/paths.ts';

export type ArticlePlacement = 'beside' | 'below' | 'none';

export interface EmbedOptions {
  /** The event file's absolute address. */
  src: string;
  /** Interface language; the event's own by default. */
  lang: string | undefined;
  /** The photo to start on, as the visitor numbers it. */
  photo: string | undefined;
  article: ArticlePlacement;
}

/** The gallery's own page for a photo, built from the event file's address (`…/events/<id>.json`). */
export function galleryPageUrl(src: string, number: number): string {
  return src.replace(/\/events\/([^/]+)\.json(?:[?#].*)?$/, `/events/$1/photos/${number}`);
}

function Gallery({ options, portalRoot }: { options: EmbedOptions; portalRoot: HTMLElement }) {
  const { messages } = useI18n();
  const { state, retry } = useEvent(options.src);
  const loaded = state.status === 'done' && state.ok ? state : null;
  const photos = useMemo(
    () => (loaded ? photoViews(loaded.event, options.src, messagesFor(loaded.event.lang), loaded) : []),
    [loaded, options.src],
  );
  const start = loaded ? (photoIndex(options.photo, loaded.numbers) ?? 0) : 0;
  const [index, setIndex] = useState(start);
  const [open, setOpen] = useState(false);
  useEffect(() => setIndex(start), [start]);

  if (state.status === 'loading') return <p role="status">{messages.loading}</p>;
  if (!state.ok) return <LoadErrorView error={state.error} onRetry={retry} />;
  return (
    <I18nProvider lang={options.lang ?? state.event.lang}>
      <EventView
        event={state.event}
        photos={photos}
        dropped={state.dropped}
        index={index}
        lightboxOpen={open}
        onIndexChange={setIndex}
        onOpen={(at) => {
          setIndex(at);
          setOpen(true);
        }}
        onClose={() => setOpen(false)}
        shareUrl={(number) => galleryPageUrl(options.src, number)}
        portalRoot={portalRoot}
        article={options.article}
      />
    </I18nProvider>
  );
}

/** What the `<event-gallery>` element renders inside its shadow root. */
export function EmbeddedGallery({ options, portalRoot }: { options: EmbedOptions; portalRoot: HTMLElement }) {
  return (
    <I18nProvider lang={options.lang ?? document.documentElement.lang}>
      <div className="eg-root">
        <Gallery key={options.src} options={options} portalRoot={portalRoot} />
      </div>
    </I18nProvider>
  );
}
