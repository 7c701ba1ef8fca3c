// The plugin ships no types; this is the part of its API the PhotoSwipe peer uses.
declare module 'photoswipe-dynamic-caption-plugin' {
  import type PhotoSwipeLightbox from 'photoswipe/lightbox';
  export default class PhotoSwipeDynamicCaption {
    constructor(lightbox: PhotoSwipeLightbox, options: { type?: 'auto' | 'below' | 'aside'; captionContent?: string });
  }
}
