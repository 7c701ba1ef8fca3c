// PhotoSwipe 5 as documented: plain links to the large files (in the HTML), enhanced into a
// lightbox whose core loads on the first open, with the dynamic-caption plugin.

import PhotoSwipeLightbox from 'photoswipe/lightbox';
import PhotoSwipeDynamicCaption from 'photoswipe-dynamic-caption-plugin';
import 'photoswipe/style.css';
import 'photoswipe-dynamic-caption-plugin/photoswipe-dynamic-caption-plugin.css';

const lightbox = new PhotoSwipeLightbox({
  gallery: '#gallery',
  children: 'a',
  pswpModule: () => import('photoswipe'),
});
new PhotoSwipeDynamicCaption(lightbox, { type: 'auto' });
lightbox.init();
