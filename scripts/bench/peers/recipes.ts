import type { Page } from 'playwright';
import type { Recipe } from './behaviour.ts';

const click = async (page: Page, selector: string, times = 1) => {
  for (let count = 0; count < times; count++) await page.locator(selector).first().click();
};

/**
 * In-page test that a `3 / 14` counter has left photo 1. Not "is at 2": taps before hydration can
 * be replayed together once it is done, and the carousel then goes past photo 2 at once.
 */
const pastFirst = (selector: string) =>
  `Number(/\\d+/.exec(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '')?.[0] ?? 1) > 1`;

/** In-page: the photo number a `3 / 14` counter shows (NaN while there is none). */
const counterAt = (selector: string) =>
  `Number(/\\d+/.exec(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '')?.[0])`;

const imageGalleryPlace = {
  at: "[...document.querySelectorAll('.image-gallery-thumbnail')].findIndex((item) => item.classList.contains('active')) + 1",
  next: '.image-gallery-right-nav',
  previous: '.image-gallery-left-nav',
};

/** Ours and each peer, driven the way a visitor would: labels where the page has them. */
export function recipes(ourPath: string, peerPaths: Readonly<Record<string, string>>): Recipe[] {
  const all: (Recipe | null)[] = [
    {
      page: 'ours',
      path: ourPath,
      toPhoto11: async (page, url) => {
        await page.goto(`${url}?photo=11`, { waitUntil: 'networkidle' });
      },
      lightbox: {
        open: (page) => page.getByRole('button', { name: 'Agrandir la photo 1', exact: true }).click(),
        selector: 'dialog.eg-lightbox-dialog',
      },
      next: (page) => page.getByRole('button', { name: 'Photo suivante' }).first().click(),
      answer: {
        tap: '.eg-carousel__controls button[aria-label="Photo suivante"]',
        moved: pastFirst('.eg-carousel__counter'),
      },
      slides: {
        carousel: {
          at: counterAt('.eg-carousel__counter'),
          next: '.eg-carousel__controls button[aria-label="Photo suivante"]',
          previous: '.eg-carousel__controls button[aria-label="Photo précédente"]',
        },
        lightbox: {
          at: counterAt('dialog .eg-lightbox__counter'),
          next: 'dialog .yarl__navigation_next',
          previous: 'dialog .yarl__navigation_prev',
        },
      },
    },
    peerPaths.yarl
      ? {
          page: 'YARL inline (client-rendered)',
          path: peerPaths.yarl,
          // Ten taps on Next, as a visitor without thumbnails in view would.
          toPhoto11: (page) => click(page, 'button[aria-label="Next"]', 10),
          next: (page) => click(page, 'button[aria-label="Next"]'),
          answer: { tap: 'button[aria-label="Next"]', moved: pastFirst('.yarl__counter') },
          slides: {
            carousel: {
              at: counterAt('.yarl__counter'),
              next: 'button[aria-label="Next"]',
              previous: 'button[aria-label="Previous"]',
            },
          },
        }
      : null,
    peerPaths.photoswipe
      ? {
          page: 'PhotoSwipe 5 (grid + lightbox)',
          path: peerPaths.photoswipe,
          toPhoto11: (page) => click(page, '#gallery a:nth-child(11)'),
          lightbox: { open: (page) => click(page, '#gallery a'), selector: '.pswp--open' },
          // The grid has no "next": the lightbox's is the visitor's way to photo 2. Its arrows are
          // hidden on a touch screen, where one swipes; the arrow key does the same.
          next: async (page) => {
            await click(page, '#gallery a');
            await page.locator('.pswp--open').waitFor();
            await page.keyboard.press('ArrowRight');
          },
          // Its "carousel" is the lightbox: it answers when a tap on photo 1 opens it.
          answer: { tap: '#gallery a', moved: "document.querySelector('.pswp--open') !== null" },
          // A grid, no carousel; in the lightbox the arrow key stands for the swipe.
          slides: { lightbox: { at: counterAt('.pswp__counter'), next: null, previous: null } },
        }
      : null,
    peerPaths['image-gallery']
      ? {
          page: 'react-image-gallery',
          path: peerPaths['image-gallery'],
          toPhoto11: (page) => click(page, '.image-gallery-thumbnail:nth-child(11)'),
          lightbox: {
            open: (page) => click(page, '.image-gallery-fullscreen-button'),
            selector: '.image-gallery-content.fullscreen',
          },
          next: (page) => click(page, '.image-gallery-right-nav'),
          answer: {
            tap: '.image-gallery-right-nav',
            moved: "document.querySelector('.image-gallery-thumbnail')?.classList.contains('active') === false",
          },
          // Its full-screen mode is the same carousel made larger: the same controls and thumbnails.
          slides: {
            carousel: imageGalleryPlace,
            lightbox: imageGalleryPlace,
          },
        }
      : null,
  ];
  return all.filter((recipe): recipe is Recipe => recipe !== null);
}
