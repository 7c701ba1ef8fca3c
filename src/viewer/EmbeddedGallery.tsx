import { useEvent } from '../event/useEvent.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import type { ArticlePlacement } from './EventView.tsx';
import { LoadErrorView } from './LoadErrorView.tsx';
import { LocalEventView } from './LocalEventView.tsx';

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
  if (state.status === 'loading') return <p role="status">{messages.loading}</p>;
  if (!state.ok) return <LoadErrorView error={state.error} onRetry={retry} />;
  return (
    <I18nProvider lang={options.lang ?? state.event.lang}>
      <LocalEventView
        loaded={state}
        file={options.src}
        photo={options.photo}
        article={options.article}
        portalRoot={portalRoot}
        shareUrl={(number) => galleryPageUrl(options.src, number)}
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
