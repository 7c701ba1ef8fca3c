import { useEffect } from 'react';

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

interface Keys {
  open: boolean;
  /** Where the lightbox lives: the document, or an embedding's shadow root. */
  root: Document | ShadowRoot;
  count: number;
  onView: (index: number) => void;
}

/**
 * What the dialog pattern asks and YARL leaves out: Home and End, and Tab kept inside the open
 * lightbox (YARL makes the page behind inert, but Tab would still leave for the browser's own UI).
 */
export function useLightboxKeys({ open, root, count, onView }: Keys) {
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        onView(event.key === 'Home' ? 0 : count - 1);
        return;
      }
      const dialog = root.querySelector<HTMLElement>('.eg-lightbox');
      if (event.key !== 'Tab' || !dialog) return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent);
      const first = focusable[0];
      const last = focusable.at(-1);
      const active = root.activeElement;
      if (event.shiftKey && (active === first || !dialog.contains(active))) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault();
        first?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, root, count, onView]);
}
