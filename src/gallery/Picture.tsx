import type { PhotoView } from './photos.ts';

/** The carousel's photo width: most of a wide layout's left column, the whole width on a phone. */
export const SLIDE_SIZES = '(min-width: 1024px) min(60vw, 760px), calc(100vw - 2rem)';

interface PictureProps {
  photo: PhotoView;
  lang: string;
  /** The photo the visitor waits for first: fetched before anything else. */
  priority: boolean;
  onLoad?: () => void;
}

/** A photo in the best encoding and width the browser can use, its size known before it loads. */
export function Picture({ photo, lang, priority, onLoad }: PictureProps) {
  return (
    <picture>
      {photo.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={SLIDE_SIZES} />
      ))}
      <img
        className="eg-slide__image"
        src={photo.src}
        alt={photo.alt}
        lang={lang}
        width={photo.width}
        height={photo.height}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? 'sync' : 'async'}
        draggable={false}
        onLoad={onLoad}
        // A prerendered photo may have loaded before the app hydrated, its load event gone.
        ref={(image) => {
          if (image?.complete && image.naturalWidth > 0) onLoad?.();
        }}
      />
    </picture>
  );
}
