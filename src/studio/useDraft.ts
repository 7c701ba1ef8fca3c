import { useEffect, useRef, useState } from 'react';
import { type Draft, emptyDraft } from './draft.ts';
import type { DraftStore } from './draftStore.ts';

/** Typing pauses this long before the draft is written: one write per pause, not per key. */
const SAVE_DELAY_MS = 400;

/** `idle` until the first edit: a draft only restored, or just discarded, has not been saved by this visit. */
export type SaveState = 'restoring' | 'idle' | 'unsaved' | 'saved';

/**
 * The draft, restored from the store when the studio opens and written back after each pause
 * in the editing, so a reload or a closed tab loses nothing.
 */
export function useDraft(store: DraftStore, lang: string) {
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(lang));
  const [state, setState] = useState<SaveState>('restoring');
  const restored = useRef(false);
  // Counts the edits, so that a write finishing after a newer edit does not claim it saved.
  const edits = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let current = true;
    store.load().then(
      (kept) => {
        if (!current) return;
        if (kept) setDraft(kept);
        restored.current = true;
        setState('idle');
      },
      () => {
        restored.current = true;
        setState('idle');
      },
    );
    return () => {
      current = false;
    };
  }, [store]);

  useEffect(() => {
    if (!restored.current || state !== 'unsaved') return;
    const edit = edits.current;
    pending.current = setTimeout(() => {
      store.save(draft).then(() => edit === edits.current && setState('saved'));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(pending.current);
  }, [draft, state, store]);

  const change = (update: (draft: Draft) => Draft) => {
    edits.current++;
    setDraft(update);
    setState('unsaved');
  };
  const discard = async () => {
    // A save still waiting for its pause would otherwise write the discarded draft back after the clear.
    clearTimeout(pending.current);
    edits.current++;
    setDraft(emptyDraft(lang));
    setState('idle');
    await store.clear();
  };
  return { draft, state, change, discard };
}
