import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { ArticlePlacement } from '../viewer/articlePlacement.ts';
import { EventLoader, type LoadedEvent } from '../viewer/EventLoader.tsx';
import { EventView } from '../viewer/EventView.tsx';
import { usePhotoInState } from '../viewer/usePhotoInState.ts';

export interface EmbedOptions {
  /** The event file's absolute address. */
  src: string;
  /** Interface language; the event's own by default. */
  lang: string | undefined;
  /** The photo to start on, as the visitor numbers it. */
  photo: string | undefined;
  article: ArticlePlacement;
}

interface GalleryProps {
  loaded: LoadedEvent;
  options: EmbedOptions;
  portalRoot: HTMLElement;
}

function Gallery({ loaded, options, portalRoot }: GalleryProps) {
  const photo = usePhotoInState(options.photo, loaded.shown.numbers);
  return <EventView {...loaded} photo={photo} article={options.article} portalRoot={portalRoot} />;
}

/** What the `<event-gallery>` element renders inside its shadow root. */
export function EmbeddedGallery({ options, portalRoot }: { options: EmbedOptions; portalRoot: HTMLElement }) {
  return (
    <I18nProvider lang={options.lang ?? document.documentElement.lang}>
      <div className="eg-root">
        <EventLoader file={options.src} lang={options.lang}>
          {(loaded) => <Gallery loaded={loaded} options={options} portalRoot={portalRoot} />}
        </EventLoader>
      </div>
    </I18nProvider>
  );
}
