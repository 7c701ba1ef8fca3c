import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import type { PhotoView } from './photos.ts';
import { useHydrated } from './useHydrated.ts';

/**
 * The strip holds this many thumbnails at most, whatever the photo count: the current one, up to
 * BEFORE before it and the rest after it (visitors mostly move forward). Two desktop widths of
 * them, so a page of 2,000 photos holds as many images as the 14-photo demo.
 */
const STRIP = 14;
const BEFORE = 6;

interface ThumbnailStripProps {
  photos: readonly PhotoView[];
  index: number;
  onSelect: (index: number) => void;
}

export function ThumbnailStrip({ photos, index, onSelect }: ThumbnailStripProps) {
  const { messages } = useI18n();
  // Before the app runs, the thumbnails would load beside the first photo and slow it down (once
  // the prerendered page lays out early, most of them start before it): they wait for the app,
  // which starts once that photo is shown.
  const ready = useHydrated();
  const list = useRef<HTMLUListElement>(null);
  const current = useRef<HTMLButtonElement>(null);
  const first = Math.max(0, Math.min(index - BEFORE, photos.length - STRIP));
  const shown = photos.slice(first, first + STRIP);

  // Scrolls the strip alone: scrollIntoView would also scroll the page under a visitor's thumb.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the current thumbnail moves with index
  useEffect(() => {
    const strip = list.current;
    const item = current.current;
    if (!strip || !item) return;
    strip.scrollLeft = item.offsetLeft - (strip.clientWidth - item.offsetWidth) / 2;
  }, [index]);

  return (
    <ul className="eg-thumbs" ref={list} aria-label={messages.thumbnails}>
      {shown.map((photo, offset) => {
        // Positions in the list, not photo numbers: a photo the event could not show leaves a gap.
        const position = first + offset;
        const selected = position === index;
        return (
          <li key={photo.number} className="eg-thumbs__item">
            <button
              type="button"
              className="eg-thumbs__button"
              aria-label={messages.goToPhoto(photo.number)}
              aria-current={selected ? 'true' : undefined}
              ref={selected ? current : undefined}
              aria-disabled={ready ? undefined : true}
              onClick={() => onSelect(position)}
            >
              <img
                className="eg-thumbs__image"
                src={ready ? photo.thumbnail : undefined}
                alt=""
                width={96}
                height={64}
                loading="lazy"
                decoding="async"
              />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
