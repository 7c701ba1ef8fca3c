import { lazy, Suspense, useRef, useState } from 'react';
import { Article } from '../article/Article.tsx';
import { EventHeader } from '../article/EventHeader.tsx';
import type { DroppedPhoto } from '../event/forDisplay.ts';
import type { GalleryEvent } from '../event/schema.ts';
import { Carousel } from '../gallery/Carousel.tsx';
import { DroppedNotice } from '../gallery/DroppedNotice.tsx';
import { PhotoList } from '../gallery/PhotoList.tsx';
import type { PhotoView } from '../gallery/photos.ts';

// YARL and its plugins cost more than the rest of the page: they load when first needed.
const Lightbox = lazy(() => import('../gallery/Lightbox.tsx').then((module) => ({ default: module.Lightbox })));

/** Where the article goes; embedding pages often have it already, title included (`none`). */
export const ARTICLE_PLACEMENTS = ['beside', 'below', 'none'] as const;
export type ArticlePlacement = (typeof ARTICLE_PLACEMENTS)[number];

/** Reads a placement from an attribute or a query parameter; anything else is `fallback`. */
export function articlePlacement(text: string | null | undefined, fallback: ArticlePlacement): ArticlePlacement {
  return ARTICLE_PLACEMENTS.find((placement) => placement === text) ?? fallback;
}

export interface EventViewProps {
  event: GalleryEvent;
  /** The event's photos, ready to show (see photoViews). */
  photos: readonly PhotoView[];
  /** Photos of the file that could not be shown. */
  dropped?: readonly DroppedPhoto[];
  /** The photo shown, 0-based. */
  index: number;
  lightboxOpen: boolean;
  onIndexChange: (index: number) => void;
  onOpen: (index: number) => void;
  onClose: () => void;
  /** The address that shows a photo (1-based), for sharing. */
  shareUrl: (number: number) => string;
  /** Where the lightbox mounts: an embedded gallery keeps it inside its shadow root. */
  portalRoot?: HTMLElement;
  article?: ArticlePlacement;
}

/** The event as a visitor sees it: header, carousel, lightbox and article. */
export function EventView(props: EventViewProps) {
  const { event, photos, index, lightboxOpen, article = 'beside' } = props;
  const [lightboxWanted, setLightboxWanted] = useState(lightboxOpen);
  const opener = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  if (lightboxOpen && !lightboxWanted) setLightboxWanted(true);

  const open = (at: number) => {
    // Inside a shadow root, the document's activeElement is only the host element.
    const active = (root.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    opener.current = active instanceof HTMLElement ? active : null;
    props.onOpen(at);
  };
  const returnFocus = () => {
    const target = opener.current?.isConnected ? opener.current : null;
    // Focus must not scroll: an embedding host page keeps its scroll position.
    (target ?? root.current?.querySelector<HTMLElement>('.eg-slide__open'))?.focus({ preventScroll: true });
  };

  return (
    <div className={`eg-event eg-event--article-${article}`} ref={root}>
      {article !== 'none' && <EventHeader event={event} />}
      <div className="eg-event__layout">
        <div className="eg-event__gallery">
          <DroppedNotice dropped={props.dropped ?? []} />
          <Carousel
            title={event.title}
            lang={event.lang}
            photos={photos}
            index={index}
            onIndexChange={props.onIndexChange}
            onOpen={open}
          />
          <PhotoList photos={photos} lang={event.lang} />
        </div>
        {article !== 'none' && <Article event={event} />}
      </div>
      {lightboxWanted && (
        <Suspense fallback={null}>
          <Lightbox
            photos={photos}
            lang={event.lang}
            open={lightboxOpen}
            index={index}
            onView={props.onIndexChange}
            onClose={props.onClose}
            onClosed={returnFocus}
            shareUrl={props.shareUrl}
            portalRoot={props.portalRoot}
          />
        </Suspense>
      )}
    </div>
  );
}
