import { type KeyboardEvent, useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { Caption } from './Caption.tsx';
import { HydrateLater } from './hydrateLater.tsx';
import { Picture } from './Picture.tsx';
import type { PhotoView } from './photos.ts';
import { ThumbnailStrip } from './ThumbnailStrip.tsx';
import { useHydrated } from './useHydrated.ts';
import { useSwipe } from './useSwipe.ts';

interface CarouselProps {
  /** The event's title, naming the carousel for screen readers. */
  title: string;
  /** Language of the captions and alt texts. */
  lang: string;
  photos: readonly PhotoView[];
  /** The photo shown, 0-based. */
  index: number;
  onIndexChange: (index: number) => void;
  /** Opens the lightbox on the photo shown. */
  onOpen: (index: number) => void;
}

/** The inline carousel, following the WAI-ARIA carousel pattern: one photo at a time. */
export function Carousel({ title, lang, photos, index, onIndexChange, onOpen }: CarouselProps) {
  const { messages } = useI18n();
  const ready = useHydrated();
  const last = photos.length - 1;
  const go = (to: number) => onIndexChange(Math.min(last, Math.max(0, to)));
  const swipe = useSwipe(
    () => go(index - 1),
    () => go(index + 1),
  );
  // Neighbours load only once the photo shown has: they must not share its bandwidth.
  const [loaded, setLoaded] = useState<number | null>(null);
  const photo = photos[index];
  if (!photo) return null;
  const neighbours = loaded === index ? [photos[index - 1], photos[index + 1]] : [];

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last };
    const to = moves[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    go(to);
  };

  return (
    <section
      className="eg-carousel"
      aria-roledescription={messages.carousel}
      aria-label={messages.gallery(title)}
      onKeyDown={onKeyDown}
    >
      <div className="eg-carousel__slides" aria-live="polite" {...swipe.handlers}>
        {/* biome-ignore lint/a11y/useSemanticElements: the WAI-ARIA carousel pattern names each slide a group */}
        <div
          className="eg-slide"
          role="group"
          aria-roledescription={messages.slide}
          aria-label={messages.slideOf(photo.number, photo.total)}
        >
          <figure>
            <div className="eg-slide__frame">
              <button
                type="button"
                className="eg-slide__open"
                aria-label={messages.openPhoto(photo.number)}
                aria-disabled={ready ? undefined : true}
                onClick={() => swipe.consumeSwipe() || onOpen(index)}
              >
                <Picture
                  key={photo.number}
                  photo={photo}
                  lang={lang}
                  priority={index === 0}
                  onLoad={() => setLoaded(index)}
                />
              </button>
              <bdi className="eg-slide__credit">{photo.credit}</bdi>
            </div>
            <figcaption className="eg-slide__caption" lang={lang}>
              <span className="eg-slide__number">{`${photo.number}.`}</span> <Caption caption={photo.caption} />
            </figcaption>
          </figure>
          <div className="eg-slide__preload" aria-hidden="true">
            {neighbours.map(
              (neighbour) =>
                neighbour && <Picture key={neighbour.number} photo={neighbour} lang={lang} priority={false} />,
            )}
          </div>
        </div>
      </div>
      <div className="eg-carousel__controls">
        <button
          type="button"
          className="eg-button"
          aria-label={messages.previous}
          aria-disabled={!ready || index === 0}
          onClick={() => go(index - 1)}
        >
          <Chevron points="15 5 8 12 15 19" />
        </button>
        <span className="eg-carousel__counter">{`${photo.number} / ${photo.total}`}</span>
        <button
          type="button"
          className="eg-button"
          aria-label={messages.next}
          aria-disabled={!ready || index === last}
          onClick={() => go(index + 1)}
        >
          <Chevron points="9 5 16 12 9 19" />
        </button>
      </div>
      <HydrateLater>
        <ThumbnailStrip photos={photos} index={index} onSelect={go} />
      </HydrateLater>
    </section>
  );
}

/**
 * Drawn, not typed: a ‹ glyph at the buttons' size was one more font size for the browser to set
 * up before the first photo could paint (a trace at CPU 4x), and glyphs differ between systems.
 */
function Chevron({ points }: { points: string }) {
  return (
    <svg className="eg-button__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
      <polyline points={points} />
    </svg>
  );
}
