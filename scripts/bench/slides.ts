import type { Page } from 'playwright';

/** How one place of a page (its carousel, its lightbox) shows a photo and moves to another. */
export interface SlidePlace {
  /** In-page expression: the number (1-based) of the photo shown, read from the page's own counter. */
  at: string;
  /** The "next" control a visitor taps; null where the page hides it on a touch screen. */
  next: string | null;
  previous: string | null;
}

/** What one press does: a tap on the control, or the arrow key (faster, where the page takes it). */
export type Press = 'tap' | 'key';

const MOVE_TIMEOUT_MS = 2_000;

// Animations that end on the clock: a loading spinner runs for ever, and a scroll-driven one
// (our lightbox caption's "more" hint, its end time a percentage) follows a scroll, not time.
const AT_REST = `document.getAnimations().every((animation) => {
  const end = animation.effect?.getComputedTiming().endTime;
  return animation.playState !== 'running' || typeof end !== 'number' || end === Infinity;
})`;

/**
 * Until the place shows a photo number and its transitions are over: react-image-gallery drops a
 * press made during its 450 ms slide, PhotoSwipe one made while it opens.
 */
export async function atRest(page: Page, place: SlidePlace): Promise<void> {
  await page.waitForFunction(`(${place.at}) > 0`, undefined, { timeout: MOVE_TIMEOUT_MS * 5 });
  await page.waitForFunction(AT_REST, undefined, { timeout: MOVE_TIMEOUT_MS, polling: 'raf' }).catch(() => undefined);
}

export const photoAt = async (page: Page, place: SlidePlace): Promise<number> =>
  Number(await page.evaluate(place.at).catch(() => Number.NaN));

async function pressOnce(page: Page, control: string | null, forward: boolean, how: Press): Promise<boolean> {
  if (how === 'key') {
    if (control) await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.focus(), control);
    await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
    return true;
  }
  if (!control) return false;
  return page
    .locator(control)
    .first()
    .tap({ timeout: MOVE_TIMEOUT_MS })
    .then(() => true)
    .catch(() => false);
}

/**
 * Presses "next" (or "previous") and waits until the photo number changes and the page is at
 * rest; false if it did not move. Keys go to the control when there is one, so that a handler on
 * its carousel sees them; a page listening on the document gets them all the same. With more
 * than one attempt, a press the page dropped is made again (react-image-gallery drops keys for a
 * moment after its slide's transition has ended).
 */
export async function press(page: Page, place: SlidePlace, forward: boolean, how: Press, attempts = 1) {
  const before = await photoAt(page, place);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (!(await pressOnce(page, forward ? place.next : place.previous, forward, how))) return false;
    const moved = await page
      .waitForFunction(`(${place.at}) !== ${before}`, undefined, {
        timeout: MOVE_TIMEOUT_MS / attempts,
        polling: 'raf',
      })
      .then(() => true)
      .catch(() => false);
    if (moved) {
      await atRest(page, place);
      return true;
    }
  }
  return false;
}

/**
 * The fastest way the page takes: ArrowRight, kept if it moved the photo (and counted as a
 * change), taps otherwise. The key gets `attempts` tries, as a long visit's presses do: a page may
 * drop the first one for a moment after it opened (PhotoSwipe's lightbox). Returns the way and
 * whether that first try moved.
 */
export async function fastestPress(
  page: Page,
  place: SlidePlace,
  attempts = 1,
): Promise<{ how: Press; moved: boolean }> {
  if (await press(page, place, true, 'key', attempts)) return { how: 'key', moved: true };
  return { how: 'tap', moved: false };
}

/**
 * Back and forth over a finite run of `count` photos: "next" up to the last, then "previous" down
 * to the first. A carousel that wraps would go on for ever; one that stops would stall: this
 * moves every page the same way.
 */
export function direction(at: number, count: number, forward: boolean): boolean {
  if (at >= count) return false;
  if (at <= 1) return true;
  return forward;
}
