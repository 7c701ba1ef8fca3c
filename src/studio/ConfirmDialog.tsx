import { useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  question: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question: the browser keeps focus inside it and Escape cancels it. */
export function ConfirmDialog({ open, question, confirm, cancel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="eg-studio-dialog" aria-labelledby={questionId} onClose={onCancel}>
      <p id={questionId}>{question}</p>
      <div className="eg-studio-buttons">
        <button type="button" onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
