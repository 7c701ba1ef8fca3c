import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ControllerRef } from 'yet-another-react-lightbox';

/*
 * Without showModal (Safari before 15.4, jsdom) the dialog still opens, as a fixed box over the
 * page, though not in the top layer and with the page behind it left reachable.
 */
function showDialog(dialog: HTMLDialogElement) {
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement) {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * Keeps the lightbox in a modal `<dialog>`: the browser's top layer, above any z-index a host page
 * gives its sticky masthead, shadow root or not, with the rest of the page inert behind it.
 * YARL mounts into the dialog (its `portal.root`); the dialog opens before YARL mounts and closes
 * once YARL has faded out, so focus can go back to the page, which it cannot while the dialog is
 * modal. The page's scroll position is put back as it was when the dialog opened.
 */
export function useTopLayer(
  open: boolean,
  portalRoot: HTMLElement | undefined,
  controller: RefObject<ControllerRef | null>,
) {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const scroll = useRef<[number, number]>([0, 0]);
  const closing = useRef(false);
  const entered = useRef(false);
  const closeWhenIn = useRef(false);

  // Mounted after the first render: a prerendered page has no document.body to portal into.
  useEffect(() => setTarget(portalRoot ?? document.body), [portalRoot]);

  const finish = () => {
    if (dialog?.open) closeDialog(dialog);
    window.scrollTo(...scroll.current);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: finish reads the same dialog
  useLayoutEffect(() => {
    if (!dialog) return;
    if (open && !dialog.open) {
      scroll.current = [window.scrollX, window.scrollY];
      closing.current = false;
      entered.current = false;
      closeWhenIn.current = false;
      showDialog(dialog);
    } else if (!open && dialog.open) {
      // Closed from outside (the browser's Back button): YARL has gone at once.
      finish();
    }
  }, [open, dialog]);

  /**
   * Escape, or a phone's back gesture, asks the dialog to close: YARL closes it, with its fade.
   * The dialog opens before YARL is in it and listening: a request then waits until it has come in.
   */
  const closeFromDialog = () => {
    if (closing.current) return;
    if (entered.current) controller.current?.close();
    else closeWhenIn.current = true;
  };

  return {
    dialog,
    target,
    dialogProps: {
      ref: setDialog,
      onCancel: (event: { preventDefault: () => void }) => {
        event.preventDefault();
        closeFromDialog();
      },
      // A cancel the browser would not let us prevent (no user activation yet) closes it anyway.
      onClose: closeFromDialog,
    },
    onEntered: () => {
      entered.current = true;
      if (closeWhenIn.current) controller.current?.close();
    },
    onExiting: () => {
      closing.current = true;
    },
    onExited: finish,
  };
}
