import { site } from 'virtual:site-config';
import { press } from 'virtual:site-config/press';
import { type KeyboardEvent, type SyntheticEvent, useId, useRef, useState } from 'react';
import { createIcon, useLightboxState } from 'yet-another-react-lightbox';
import { formatSize, pressMessages } from '../i18n/press.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { CopyCredit } from './CopyCredit.tsx';
import { downloadsOf, termsOf } from './downloads.ts';
import type { PhotoView } from './photos.ts';
import { TermsLine } from './TermsLine.tsx';

const DownloadIcon = createIcon('Download', <path d="M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z" />);

// Selecting the terms or the text to copy by hand must not swipe the photo away.
const keepFromLightbox = (event: SyntheticEvent) => event.stopPropagation();

/**
 * The toolbar's download control, a disclosure (WAI-ARIA APG): a button that shows the sizes to
 * save, the copy of credit and caption, and the terms. The credit stays beside it as a reminder.
 */
export function DownloadMenu({ photos }: { photos: readonly PhotoView[] }) {
  const { lang } = useI18n();
  const { currentIndex } = useLightboxState();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();
  const photo = photos[currentIndex];
  if (!photo) return null;
  const texts = pressMessages(lang);

  // Escape closes the panel, not the lightbox: neither YARL nor the dialog may see this one.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it hears the Escape its button and links let bubble up
    <div className="eg-downloads" onKeyDown={onKeyDown}>
      <span className="eg-lightbox__credit-reminder">
        <span className="eg-lightbox__credit-label">{texts.creditReminder}</span> <bdi>{photo.credit}</bdi>
      </span>
      <button
        ref={button}
        type="button"
        className="yarl__button"
        aria-label={texts.download}
        title={texts.download}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        <DownloadIcon className="yarl__icon" />
      </button>
      <div
        id={panel}
        className="eg-downloads__panel"
        hidden={!open}
        onPointerDown={keepFromLightbox}
        onPointerMove={keepFromLightbox}
        onPointerUp={keepFromLightbox}
      >
        <ul className="eg-downloads__list">
          {downloadsOf(photo).map((file) => {
            const size = formatSize(file.width, file.height, file.bytes, texts);
            return (
              <li key={file.size}>
                <a className="eg-downloads__item" href={file.src} download={file.name}>
                  {file.size === 'web' ? texts.web(size) : texts.original(size)}
                </a>
              </li>
            );
          })}
        </ul>
        <CopyCredit key={photo.number} photo={photo} />
        <TermsLine
          className="eg-downloads__terms"
          terms={termsOf(photo, press, lang, site.defaultLanguage)}
          credit={photo.credit}
        />
      </div>
    </div>
  );
}
