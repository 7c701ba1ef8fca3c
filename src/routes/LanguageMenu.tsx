import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import type { Alternate } from './alternates.ts';
import { LanguageLinks, otherVersions } from './LanguageSwitch.tsx';

/**
 * The language switch of the lightbox, whose modal dialog hides the header's: one button in its
 * toolbar, as narrow as the others, that shows the links to the photo in the other languages.
 */
export function LanguageMenu({ alternates, lang }: { alternates: readonly Alternate[]; lang: string }) {
  const { messages } = useI18n();
  const [open, setOpen] = useState(false);
  const list = useId();
  const others = otherVersions(alternates, lang);
  if (others.length === 0) return null;
  return (
    <div className="eg-lightbox-languages">
      <button
        type="button"
        className="yarl__button"
        aria-label={messages.otherLanguages}
        title={messages.otherLanguages}
        aria-expanded={open}
        aria-controls={list}
        onClick={() => setOpen(!open)}
      >
        <svg
          className="yarl__icon"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3a14 14 0 0 1 0 18a14 14 0 0 1 0-18" />
        </svg>
      </button>
      <LanguageLinks others={others} block="eg-lightbox-languages" id={list} hidden={!open} />
    </div>
  );
}
