import { useState } from 'react';
import { photoIndex } from '../event/paths.ts';
import type { PhotoState } from './photoState.ts';

/** The photo state of an embedding, starting on `start` (as visitors number photos) and following it. */
export function usePhotoInState(start: string | null | undefined, numbers: readonly number[]): PhotoState {
  const startIndex = photoIndex(start, numbers) ?? 0;
  const [state, setState] = useState({ start: startIndex, index: startIndex, lightboxOpen: false });
  // A new start photo (the attribute changed) moves the gallery there, in the same render.
  if (state.start !== startIndex) setState({ ...state, start: startIndex, index: startIndex });
  return {
    index: state.start === startIndex ? state.index : startIndex,
    lightboxOpen: state.lightboxOpen,
    show: (index) => setState((previous) => ({ ...previous, index })),
    open: (index) => setState((previous) => ({ ...previous, index, lightboxOpen: true })),
    close: () => setState((previous) => ({ ...previous, lightboxOpen: false })),
  };
}
