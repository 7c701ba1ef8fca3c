import { Fragment, type ReactNode, useRef } from 'react';
import { createPortal } from 'react-dom';
import YarlLightbox, { type ControllerRef, type Labels, type Slide } from 'yet-another-react-lightbox';
import captionsCss from 'yet-another-react-lightbox/plugins/captions.css?inline';
import Fullscreen from 'yet-another-react-lightbox/plugins/fullscreen';
import Thumbnails from 'yet-another-react-lightbox/plugins/thumbnails';
import thumbnailsCss from 'yet-another-react-lightbox/plugins/thumbnails.css?inline';
import Zoom from 'yet-another-react-lightbox/plugins/zoom';
import yarlCss from 'yet-another-react-lightbox/styles.css?inline';
import type { Messages } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { DownloadMenu } from './DownloadMenu.tsx';
import { LightboxCaption } from './LightboxCaption.tsx';
import { LightboxCounter, ShareButton } from './LightboxTools.tsx';
import lightboxCss from './lightbox.css?inline';
import type { PhotoView } from './photos.ts';
import { useAdoptedStyles } from './useAdoptedStyles.ts';
import { useLightboxKeys } from './useLightboxKeys.ts';
import { useTopLayer } from './useTopLayer.ts';

/*
 * YARL 3.32 finds its full-screen element through a shadow root and hides its button where the
 * browser refuses full screen (an iframe without `allow="fullscreen"`): tests/e2e/host.spec.ts.
 */
const plugins = [Fullscreen, Thumbnails, Zoom];
// Ours comes with the lightbox, not in every page's first stylesheet (a third of it, and its
// first frame's style work), and after YARL's, which it adjusts.
const css = [yarlCss, captionsCss, thumbnailsCss, lightboxCss].join('\n');

function labels(messages: Messages): Labels {
  return {
    Previous: messages.previous,
    Next: messages.next,
    Close: messages.close,
    Lightbox: messages.lightbox,
    Carousel: messages.carousel,
    Slide: messages.slide,
    'Photo gallery': messages.lightbox,
    '{index} of {total}': messages.slideOf('{index}', '{total}'),
    'Zoom in': messages.zoomIn,
    'Zoom out': messages.zoomOut,
    'Enter Fullscreen': messages.enterFullscreen,
    'Exit Fullscreen': messages.exitFullscreen,
    Thumbnails: messages.thumbnails,
  };
}

export interface LightboxProps {
  photos: readonly PhotoView[];
  /** Language of the captions and alt texts. */
  lang: string;
  open: boolean;
  index: number;
  onView: (index: number) => void;
  onClose: () => void;
  /** Called once the lightbox has gone, so focus can go back where it was. */
  onClosed: () => void;
  /** The address that shows a photo (1-based), for sharing. */
  shareUrl: (number: number) => string;
  /** Where the lightbox mounts: an embedded gallery keeps it inside its shadow root. */
  portalRoot?: HTMLElement;
  /** Controls of the page's own, first in the toolbar: the site's language menu. */
  tools?: ReactNode;
}

/** The full-screen viewer: YARL with zoom, full screen, thumbnails, counter and captions. */
export function Lightbox(props: LightboxProps) {
  const { photos, lang, open, index, onView, onClose, onClosed, shareUrl, portalRoot, tools } = props;
  const { messages } = useI18n();
  const controller = useRef<ControllerRef>(null);
  const layer = useTopLayer(open, portalRoot, controller);
  const root = (portalRoot?.getRootNode() as Document | ShadowRoot | undefined) ?? document;
  useAdoptedStyles(css, root);
  useLightboxKeys({ open, root, count: photos.length, onView });
  const slides = photos.map((photo) => ({
    src: photo.src,
    width: photo.width,
    height: photo.height,
    alt: photo.alt,
    // The lightbox takes one list of sources; WebP is the widest-supported compact encoding.
    srcSet: photo.sources.find((source) => source.type === 'image/webp')?.entries,
    thumbnail: photo.thumbnail,
  }));
  // Slides hold data, the caption is rendered from it. Under preact/compat a rendered element
  // keeps pointers to its DOM and its parents: a caption element kept in the slides that YARL's
  // callbacks hold kept every slide seen (a 500-change visit: heap 6 -> 76 MB, DOM 1,000 -> 15,600).
  const photoOf = new Map<Slide, PhotoView>(slides.map((slide, at) => [slide, photos[at] as PhotoView]));

  const dialog = (
    <dialog className="eg-lightbox-dialog" aria-label={messages.lightbox} {...layer.dialogProps}>
      {layer.dialog && (
        <YarlLightbox
          className="eg-lightbox"
          open={open}
          // The dialog is the one dialog a screen reader meets: YARL's container is a plain box in it.
          portal={{
            root: layer.dialog,
            container: { role: undefined, 'aria-modal': undefined, 'aria-label': undefined },
          }}
          index={index}
          close={onClose}
          slides={slides}
          plugins={plugins}
          labels={labels(messages)}
          // preload also sets how many thumbnails the strip shows (2 × preload + 1).
          carousel={{ finite: true, preload: 3 }}
          controller={{ ref: controller, closeOnPullDown: true, closeOnBackdropClick: true }}
          render={{
            controls: () => <LightboxCounter photos={photos} />,
            slideFooter: ({ slide }) => {
              const photo = photoOf.get(slide);
              return photo && <LightboxCaption photo={photo} lang={lang} />;
            },
          }}
          toolbar={{
            buttons: [
              ...(tools ? [<Fragment key="page">{tools}</Fragment>] : []),
              <DownloadMenu key="download" photos={photos} />,
              <ShareButton key="share" photos={photos} shareUrl={shareUrl} />,
              'fullscreen',
              'zoom',
              'close',
            ],
          }}
          thumbnails={{ width: 96, height: 64, border: 0, gap: 8, vignette: false, imageFit: 'cover' }}
          on={{
            view: ({ index: viewed }) => onView(viewed),
            // YARL looks for its container with document.querySelector, which cannot see into an
            // embedding's shadow root: focus it here so the keyboard works from the first key. A
            // microtask later: under preact/compat the container cannot take focus yet when called.
            entering: () => queueMicrotask(() => controller.current?.focus()),
            entered: layer.onEntered,
            exiting: layer.onExiting,
            // The dialog closes first: focus cannot go back to the page while it is modal.
            exited: () => {
              layer.onExited();
              onClosed();
            },
          }}
        />
      )}
    </dialog>
  );
  return layer.target ? createPortal(dialog, layer.target) : null;
}
