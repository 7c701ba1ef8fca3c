import { site } from 'virtual:site-config';
import { useState } from 'react';
import { PersonLinksProvider } from '../gallery/personLinks.tsx';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { ArticlePlacement } from '../viewer/articlePlacement.ts';
import { EventLoader, type LoadedEvent } from '../viewer/EventLoader.tsx';
import { EventView } from '../viewer/EventView.tsx';
import { usePhotoInState } from '../viewer/usePhotoInState.ts';
import { personPageUrl } from './personPageUrl.ts';
import { numberIn, useFocusOnArrival, useVersionOffer } from './useVersionOffer.ts';
import { VersionOffer } from './VersionOffer.tsx';

export interface EmbedOptions {
  /** The event file's absolute address. */
  src: string;
  /** Interface language; the event's own by default. */
  lang: string | undefined;
  /** The photo to start on, as the visitor numbers it. */
  photo: string | undefined;
  article: ArticlePlacement;
}

/** Another version of the event the visitor chose, for the attributes it was chosen under. */
interface Switched {
  options: EmbedOptions;
  file: string;
  photo: string;
}

interface GalleryProps {
  loaded: LoadedEvent;
  options: EmbedOptions;
  photo: string | undefined;
  /** Whether this is a version the visitor switched to. */
  arrived: boolean;
  portalRoot: HTMLElement;
  onSwitch: (file: string, photo: number) => void;
}

function Gallery({ loaded, options, photo: start, arrived, portalRoot, onSwitch }: GalleryProps) {
  const photo = usePhotoInState(start, loaded.shown.numbers);
  const version = useVersionOffer(loaded.file, loaded.shown.event, options.lang);
  const number = loaded.shown.numbers[photo.index] ?? 1;
  const box = useFocusOnArrival(arrived);
  const personPage = (slug: string) => personPageUrl(loaded.file, loaded.shown.event.lang, site.defaultLanguage, slug);
  return (
    <div ref={box}>
      {version && (
        <VersionOffer
          onSelect={() => onSwitch(new URL(`${version.id}.json`, loaded.file).href, numberIn(version, number))}
        />
      )}
      {/* The host page stays: a person's page opens on the gallery site, in a tab of its own. */}
      <PersonLinksProvider href={personPage} newTab>
        <EventView {...loaded} photo={photo} article={options.article} portalRoot={portalRoot} />
      </PersonLinksProvider>
    </div>
  );
}

/**
 * What the `<event-gallery>` element renders inside its shadow root. A version the visitor
 * switches to replaces the event in place; the host page changing an attribute takes it back.
 */
export function EmbeddedGallery({ options, portalRoot }: { options: EmbedOptions; portalRoot: HTMLElement }) {
  const [switched, setSwitched] = useState<Switched | null>(null);
  const current = switched?.options === options ? switched : null;
  const onSwitch = (file: string, photo: number) => setSwitched({ options, file, photo: String(photo) });
  return (
    <I18nProvider lang={options.lang ?? document.documentElement.lang}>
      <div className="eg-root">
        <EventLoader file={current?.file ?? options.src} lang={options.lang}>
          {(loaded) => (
            <Gallery
              loaded={loaded}
              options={options}
              photo={current?.photo ?? options.photo}
              arrived={current !== null}
              portalRoot={portalRoot}
              onSwitch={onSwitch}
            />
          )}
        </EventLoader>
      </div>
    </I18nProvider>
  );
}
