import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const DEMO = '/events/otan-bucarest-2022';
export const TITLE = "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest";

/** The line Chromium itself logs for any response with status 404, which no page code can stop. */
export const CHROMIUM_404 = 'Failed to load resource: the server responded with a status of 404';

/**
 * A `test` that collects the page's console errors and uncaught exceptions and fails if there
 * were any, but those `allowed` says a test expects.
 */
export function testWithCleanConsole(allowed: (text: string) => boolean = () => false) {
  return base.extend<{ problems: string[] }>({
    problems: [
      async ({ page }, use) => {
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && !allowed(message.text())) {
            problems.push(`console.error: ${message.text()}`);
          }
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        await use(problems);
        expect(problems, 'console errors and page errors during the test').toEqual([]);
      },
      { auto: true },
    ],
  });
}

/** Every test fails on a console error or an uncaught exception: a visitor's walk leaves the console clean. */
export const test = testWithCleanConsole();

export { expect };

/** The inline carousel, named after the event. */
export function carousel(page: Page): Locator {
  return page.getByRole('region', { name: `Photos : ${TITLE}` });
}

/** The lightbox dialog. */
export function lightbox(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Visionneuse de photos' });
}

/**
 * Opens the demo event (optionally at a photo) and waits for the photo a visitor came for, and
 * for the app to take over the prerendered page: its controls show as unavailable (aria-disabled)
 * until then, and a tap, swipe or key before that does nothing.
 */
export async function openDemo(page: Page, query = '') {
  await page.goto(`${DEMO}${query}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(carousel(page).getByRole('group')).toBeVisible();
  await expect(carousel(page).getByRole('group').getByRole('button'), 'the app takes over the page').toBeEnabled();
}

/** The big photo of the inline carousel: the button that opens the lightbox. */
export function inlinePhoto(page: Page, n: number): Locator {
  return carousel(page).getByRole('button', { name: `Agrandir la photo ${n}` });
}

/** The lightbox's counter, apart from the slide labels (`2 sur 14`) that say the same. */
export function lightboxCounter(page: Page, n: number): Locator {
  return lightbox(page).getByText(`${n} / 14`, { exact: true });
}

/** Expects the carousel to show photo `n` of 14: its slide, number, counter and credit. */
export async function expectCarouselAt(page: Page, n: number, credit: string) {
  const slide = carousel(page).getByRole('group', { name: `${n} sur 14` });
  await expect(slide).toBeVisible();
  await expect(slide.getByText(`${n}.`, { exact: true })).toBeVisible();
  await expect(slide.getByText(credit, { exact: true })).toBeVisible();
  await expect(carousel(page).getByText(`${n} / 14`, { exact: true })).toBeVisible();
  return slide;
}

/** Presses Tab as a keyboard user would, until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 15) {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Whether an image has loaded and is painted (YARL keeps it at opacity 0 until it decodes). */
export async function expectImageShown(image: Locator) {
  await expect(image).toBeVisible();
  await expect
    .poll(() =>
      image.evaluate(
        (element: HTMLImageElement) =>
          element.complete && element.naturalWidth > 0 && getComputedStyle(element).opacity,
      ),
    )
    .toBe('1');
}

/**
 * Waits until no finite animation or transition runs: a fading lightbox would fool contrast checks,
 * and a finger that lands on a slide still gliding into place is a grab of the track, not a swipe.
 * Scroll-driven animations (the caption's fade at a hidden end) follow the scroll, not the clock.
 */
export async function expectSettled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter(
              (animation) =>
                animation.playState === 'running' &&
                animation.timeline === document.timeline &&
                animation.effect?.getComputedTiming().iterations !== Infinity,
            ).length,
      ),
    )
    .toBe(0);
}
