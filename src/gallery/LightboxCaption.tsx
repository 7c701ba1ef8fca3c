import type { KeyboardEvent, SyntheticEvent } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { Caption } from './Caption.tsx';
import type { PhotoView } from './photos.ts';

/** YARL reads pointer and wheel events on its container as swipes, pulls and zooms. */
const keepFromLightbox = (event: SyntheticEvent) => event.stopPropagation();

/** Home and End go to the first and last photo, except in the caption, whose text they scroll. */
const keepScrollKeys = (event: KeyboardEvent) => {
  if (event.key === 'Home' || event.key === 'End') event.stopPropagation();
};

/**
 * The lightbox's caption line, at the foot of its slide: number, credit and every person, never
 * cut. A long one (twelve ministers with their roles) scrolls within a capped height, by finger,
 * wheel or keyboard (it is a focusable region), and a finger on it scrolls the text instead of
 * turning or closing the photo.
 */
export function LightboxCaption({ photo, lang }: { photo: PhotoView; lang: string }) {
  const { messages } = useI18n();
  return (
    // The Captions plugin's boxes, placed and styled by its stylesheet.
    <div className="yarl__slide_captions_container yarl__slide_description_container">
      <div className="yarl__slide_description">
        <section
          className="eg-lightbox__caption"
          lang={lang}
          aria-label={messages.captionOf(photo.number)}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus for the keyboard to scroll it
          tabIndex={0}
          onPointerDown={keepFromLightbox}
          onPointerMove={keepFromLightbox}
          onPointerUp={keepFromLightbox}
          onPointerCancel={keepFromLightbox}
          onWheel={keepFromLightbox}
          onKeyDown={keepScrollKeys}
        >
          <span className="eg-lightbox__number">{`${photo.number}.`}</span>{' '}
          <bdi className="eg-lightbox__credit">{photo.credit}</bdi> <Caption caption={photo.caption} />
        </section>
      </div>
    </div>
  );
}
