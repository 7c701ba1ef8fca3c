/**
 * Which photo is shown and whether the lightbox is open, with the ways to change it. The pages keep
 * it in the address (so every view can be shared), embeddings in the component (the address
 * belongs to the host page).
 */
export interface PhotoState {
  /** The photo shown, 0-based among the photos shown. */
  index: number;
  lightboxOpen: boolean;
  /** Shows another photo, in the lightbox if it is open. */
  show: (index: number) => void;
  open: (index: number) => void;
  close: () => void;
}
