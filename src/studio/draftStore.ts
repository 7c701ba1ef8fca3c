import { createStore, del, get, set } from 'idb-keyval';
import type { Draft } from './draft.ts';

/** Where the draft waits between visits: IndexedDB in the browser, memory in tests without one. */
export interface DraftStore {
  load: () => Promise<Draft | undefined>;
  save: (draft: Draft) => Promise<void>;
  clear: () => Promise<void>;
}

const KEY = 'draft';

/** The browser's IndexedDB, in a database of the studio's own: photos are kept as Blobs, not re-encoded. */
export function browserDraftStore(): DraftStore {
  const store = createStore('event-gallery-studio', 'drafts');
  return {
    load: () => get<Draft>(KEY, store),
    save: (draft) => set(KEY, draft, store),
    clear: () => del(KEY, store),
  };
}

/** A store that forgets with the page, for places without IndexedDB. */
export function memoryDraftStore(initial?: Draft): DraftStore {
  let kept = initial;
  return {
    load: async () => kept,
    save: async (draft) => {
      kept = draft;
    },
    clear: async () => {
      kept = undefined;
    },
  };
}
