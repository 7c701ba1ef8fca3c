import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { Article } from '../article/Article.tsx';
import { EventHeader } from '../article/EventHeader.tsx';
import { photoPageUrl } from '../event/paths.ts';
import { Carousel } from '../gallery/Carousel.tsx';
import { DroppedNotice } from '../gallery/DroppedNotice.tsx';
import { HydrateLater } from '../gallery/hydrateLater.tsx';
import { PhotoList } from '../gallery/PhotoList.tsx';
import { useHydrated } from '../gallery/useHydrated.ts';
import type { ArticlePlacement } from './articlePlacement.ts';
import type { LoadedEvent } from './EventLoader.tsx';
import type { PhotoState } from './photoState.ts';

// YARL and its plugins cost more than the rest of the page: they load when first needed.
const Lightbox = lazy(() => import('../gallery/Lightbox.tsx').then((module) => ({ default: module.Lightbox })));
// "Download all" needs scripts, and client-zip and its texts are for the few who ask for a zip.
const DownloadAll = lazy(() =>
  import('../gallery/DownloadAll.tsx').then((module) => ({ default: module.DownloadAll })),
);

export interface EventViewProps extends LoadedEvent {
  photo: PhotoState;
  /** Where the lightbox mounts: an embedded gallery keeps it inside its shadow root. */
  portalRoot?: HTMLElement;
  article?: ArticlePlacement;
  /** The page's own controls for the lightbox's toolbar. */
  lightboxTools?: ReactNode;
}

/** The event as a visitor sees it: header, carousel, lightbox and article. */
export function EventView({
  shown,
  photos,
  file,
  photo,
  portalRoot,
  article = 'beside',
  lightboxTools,
}: EventViewProps) {
  const { event } = shown;
  const [lightboxWanted, setLightboxWanted] = useState(photo.lightboxOpen);
  const opener = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  // Behind an open lightbox the carousel is hidden and inert: it stays on the photo it showed and
  // catches up on closing, rather than load, lay out and scroll its strip at every photo there.
  const [behind, setBehind] = useState(photo.index);
  if (!photo.lightboxOpen && behind !== photo.index) setBehind(photo.index);
  const carouselIndex = photo.lightboxOpen ? behind : photo.index;
  if (photo.lightboxOpen && !lightboxWanted) setLightboxWanted(true);

  const open = (at: number) => {
    // Inside a shadow root, the document's activeElement is only the host element.
    const active = (root.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    opener.current = active instanceof HTMLElement ? active : null;
    photo.open(at);
  };
  const returnFocus = () => {
    const target = opener.current?.isConnected ? opener.current : null;
    // Focus must not scroll: an embedding host page keeps its scroll position.
    (target ?? root.current?.querySelector<HTMLElement>('.eg-slide__open'))?.focus({ preventScroll: true });
  };

  return (
    <div className={`eg-event eg-event--article-${article}`} ref={root}>
      {article !== 'none' && (
        <HydrateLater>
          <EventHeader event={event} />
        </HydrateLater>
      )}
      <div className="eg-event__layout">
        {/* Search indexes each photo on its own (scripts/build/search-index.ts), not the carousel. */}
        <div className="eg-event__gallery" data-pagefind-ignore="all">
          <DroppedNotice dropped={shown.dropped} />
          <Carousel
            title={event.title}
            lang={event.lang}
            photos={photos}
            index={carouselIndex}
            onIndexChange={photo.show}
            onOpen={open}
          />
          {photos.length > 1 && (
            // Its height is kept from the prerendered page on, so nothing below moves when it arrives.
            <div className="eg-download-all-slot">
              {hydrated && (
                <Suspense fallback={null}>
                  <DownloadAll eventId={event.id} title={event.title} photos={photos} />
                </Suspense>
              )}
            </div>
          )}
          <PhotoList photos={photos} lang={event.lang} />
        </div>
        {article !== 'none' && (
          <HydrateLater>
            <Article event={event} />
          </HydrateLater>
        )}
      </div>
      {lightboxWanted && (
        <Suspense fallback={null}>
          <Lightbox
            photos={photos}
            lang={event.lang}
            open={photo.lightboxOpen}
            index={photo.index}
            onView={photo.show}
            onClose={photo.close}
            onClosed={returnFocus}
            shareUrl={(number) => photoPageUrl(file, event.id, number)}
            portalRoot={portalRoot}
            tools={lightboxTools}
          />
        </Suspense>
      )}
    </div>
  );
}
