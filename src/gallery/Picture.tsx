import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import type { PhotoView } from './photos.ts';

/** The carousel's photo width: most of a wide layout's left column, the whole width on a phone. */
export const SLIDE_SIZES = '(min-width: 1024px) min(60vw, 760px), calc(100vw - 2rem)';

/** A photo still loading after this long is shown as failed (it may still arrive and replace that). */
const SLOW_IMAGE_MS = 20_000;

interface PictureProps {
  photo: PhotoView;
  lang: string;
  /** The photo the visitor waits for first: fetched before anything else. */
  priority: boolean;
  onLoad?: () => void;
}

/**
 * A photo in the best encoding and width the browser can use, its size known before it loads.
 * One that fails (missing, not an image, too slow) leaves a placeholder saying so; the carousel
 * mounts a new Picture when the visitor comes back, which tries again.
 */
export function Picture({ photo, lang, priority, onLoad }: PictureProps) {
  const { messages } = useI18n();
  const [status, setStatus] = useState<'loading' | 'loaded' | 'failed'>('loading');

  useEffect(() => {
    if (status !== 'loading') return;
    const timer = setTimeout(() => setStatus('failed'), SLOW_IMAGE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const loaded = () => {
    setStatus('loaded');
    onLoad?.();
  };

  return (
    <>
      <picture>
        {photo.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={SLIDE_SIZES} />
        ))}
        <img
          className={`eg-slide__image${status === 'failed' ? ' eg-slide__image--failed' : ''}`}
          src={photo.src}
          alt={photo.alt}
          lang={lang}
          width={photo.width}
          height={photo.height}
          fetchPriority={priority ? 'high' : undefined}
          decoding={priority ? undefined : 'async'}
          draggable={false}
          onLoad={loaded}
          onError={() => setStatus('failed')}
          // A prerendered photo may have loaded, or failed, before the app hydrated: its event is gone.
          ref={(image) => {
            if (!image?.complete || status !== 'loading') return;
            if (image.naturalWidth > 0) loaded();
            else setStatus('failed');
          }}
        />
      </picture>
      {status === 'failed' && (
        <span className="eg-slide__failed" role="img" aria-label={messages.imageFailed(photo.number)}>
          <span aria-hidden="true">{messages.imageFailed(photo.number)}</span>
        </span>
      )}
    </>
  );
}
