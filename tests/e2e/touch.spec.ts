import type { Locator, Page } from '@playwright/test';
import {
  carousel,
  DEMO,
  expect,
  expectCarouselAt,
  expectImageShown,
  expectSettled,
  inlinePhoto,
  lightbox,
  lightboxCounter,
  openDemo,
  test,
} from './helpers.ts';
import { centreOf, doubleTap, drag, pinch, swipe } from './support/touch.ts';

/** A mid-range phone held upright: 390 × 844 CSS pixels, two device pixels each, a finger. */
const PHONE = { width: 390, height: 844 };
/** The page's side padding on a phone (`clamp(1rem, 3vw, 2.5rem)` at 390 px). */
const PAGE_PADDING = 16;
/** WCAG 2.5.5 (target size, enhanced) and the platforms' own guidelines. */
const MIN_TARGET = 44;
/** The smallest font size a caption or any other text of the page may have. */
const MIN_FONT_PX = 14;

test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** Opens the lightbox with a tap on the inline photo and waits for the photo to be painted. */
async function tapOpen(page: Page, n = 1) {
  await inlinePhoto(page, n).tap();
  await expect(lightbox(page)).toBeVisible();
  await expect(page).toHaveURL(`${DEMO}/photos/${n}`);
  await expect(lightboxCounter(page, n)).toBeVisible();
  await expectLightboxAtRest(page);
}

/** Waits for the lightbox to stand still, its photo shown (see expectSettled). */
async function expectLightboxAtRest(page: Page) {
  await expectSettled(page);
  await expectImageShown(currentSlide(page).getByRole('img'));
}

/** The lightbox's slide in view: the only one not made inert. */
function currentSlide(page: Page): Locator {
  return lightbox(page).locator('.yarl__slide_current');
}

/** The zoomable wrapper's transform, as `{ scale, x, y }` read from its computed matrix. */
function transformOf(slide: Locator) {
  return slide.locator('.yarl__slide_wrapper').evaluate((wrapper) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(wrapper).transform);
    return { scale: Math.round(matrix.a * 100) / 100, x: Math.round(matrix.e), y: Math.round(matrix.f) };
  });
}

test.describe('on a phone, the page', () => {
  test('lets the carousel span the content width, with no sideways scrolling', async ({ page }) => {
    await openDemo(page);
    const box = await carousel(page).boundingBox();
    if (!box) throw new Error('the carousel is not laid out');
    const content = PHONE.width - 2 * PAGE_PADDING;
    expect(
      { left: Math.round(box.x), width: Math.round(box.width) },
      `the carousel should fill the ${content} px between the page's 16 px paddings`,
    ).toEqual({ left: PAGE_PADDING, width: content });
    await expect(inlinePhoto(page, 1)).toHaveJSProperty('offsetWidth', Math.round(box.width));

    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth, 'the page must not scroll sideways').toBeLessThanOrEqual(PHONE.width);
  });

  test(`keeps every text of the event page at ${MIN_FONT_PX} px or more`, async ({ page }) => {
    await openDemo(page);
    await expect(carousel(page).getByRole('group')).toContainText('Jean Asselborn');
    const small = await page.evaluate((min) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent?.trim();
        if (!element || !text || element.closest('.yarl__root')) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (size < min) found.push(`${size}px <${element.localName} class="${element.className}">${text.slice(0, 40)}`);
      }
      return found;
    }, MIN_FONT_PX);
    expect(small, `texts under ${MIN_FONT_PX} px`).toEqual([]);
  });

  test(`gives every button and link a target of ${MIN_TARGET}×${MIN_TARGET} px or more`, async ({ page }) => {
    // An address naming a missing photo adds the notice, whose link stands inside a sentence.
    await openDemo(page, '?photo=99');
    await expect(page.getByRole('alert')).toContainText('« 99 »');
    const report = await targetSizes(page.getByRole('button').or(page.getByRole('link')));
    expect(report.tooSmall, `controls under ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([]);
    expect(report.exempt, 'links inside a sentence, exempt under WCAG 2.5.5').toEqual([
      'Voir la photo 1',
      'Jean Asselborn',
      'Hadja Lahbib',
    ]);
    expect(report.checked).toBeGreaterThanOrEqual(19);
  });
});

/**
 * Measures the visible controls among `controls`. A link whose paragraph holds more text than
 * the link itself stands inside a sentence: WCAG 2.5.5 exempts it, so it is listed apart (by
 * name, its size in the test's annotations).
 */
async function targetSizes(controls: Locator) {
  const tooSmall: string[] = [];
  const exempt: string[] = [];
  const visible = await controls.filter({ visible: true }).all();
  for (const control of visible) {
    const measured = await control.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      // A caption is running text too: the names in it are links inside a sentence.
      const paragraph = element.localName === 'a' ? element.closest('p, figcaption, .eg-lightbox__caption') : null;
      const inSentence = !!paragraph && (paragraph.textContent?.trim().length ?? 0) > name.length;
      return { name, width: Math.round(box.width), height: Math.round(box.height), inSentence };
    });
    const line = `${measured.name}: ${measured.width}×${measured.height}`;
    if (measured.inSentence) {
      exempt.push(measured.name);
      test.info().annotations.push({ type: 'exempt: link inside a sentence (WCAG 2.5.5)', description: line });
    } else if (measured.width < MIN_TARGET || measured.height < MIN_TARGET) {
      tooSmall.push(line);
    }
  }
  return { tooSmall, exempt, checked: visible.length };
}

test.describe('on a phone, the inline carousel', () => {
  test('turns to the next photo on a right-to-left swipe, and back on a left-to-right one', async ({ page }) => {
    await openDemo(page);
    await expectImageShown(inlinePhoto(page, 1).getByRole('img'));

    await swipe(inlinePhoto(page, 1), 'left');
    await expectCarouselAt(page, 2, '©NATO');
    await expect(page).toHaveURL(`${DEMO}?photo=2`);
    await expect(lightbox(page), 'a swipe is not a tap: the lightbox stays closed').toHaveCount(0);

    await swipe(inlinePhoto(page, 2), 'right');
    await expectCarouselAt(page, 1, '©MAEE');
  });

  test('lets a mostly vertical swipe scroll the page, and stays on its photo', async ({ page }) => {
    await openDemo(page);
    await expectImageShown(inlinePhoto(page, 1).getByRole('img'));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // The thumb goes up 300 px and drifts 30 px sideways, as thumbs do.
    await swipe(inlinePhoto(page, 1), 'up', 300, -30);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expectCarouselAt(page, 1, '©MAEE');
    await expect(page).toHaveURL(DEMO);
  });

  test('opens the lightbox on a tap on the photo', async ({ page }) => {
    await openDemo(page, '?photo=3');
    await tapOpen(page, 3);
    await expect(currentSlide(page)).toHaveAccessibleName('3 sur 14');
  });

  test('lets a finger scroll the thumbnail strip', async ({ page }) => {
    await openDemo(page);
    const strip = carousel(page).getByRole('list', { name: 'Miniatures' });
    await expect(strip.getByRole('listitem')).toHaveCount(14);
    await expect(strip.getByRole('button', { name: 'Photo 14', exact: true })).not.toBeInViewport();
    const before = await strip.evaluate((list) => list.scrollLeft);

    await swipe(strip, 'left', 250);
    await expect.poll(() => strip.evaluate((list) => list.scrollLeft)).toBeGreaterThan(before + 100);
    await expectCarouselAt(page, 1, '©MAEE');
  });
});

test.describe('on a phone, the lightbox', () => {
  test(`gives every control a target of ${MIN_TARGET}×${MIN_TARGET} px or more`, async ({ page }) => {
    await openDemo(page);
    await tapOpen(page);
    const dialog = lightbox(page);
    const report = await targetSizes(dialog.getByRole('button').or(dialog.getByRole('link')));
    expect(report.tooSmall, `controls under ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(8);
  });

  test('moves between photos with a swipe', async ({ page }) => {
    await openDemo(page);
    await tapOpen(page);

    await swipe(currentSlide(page), 'left', 240);
    await expect(lightboxCounter(page, 2)).toBeVisible();
    await expect(currentSlide(page)).toHaveAccessibleName('2 sur 14');
    await expect(page).toHaveURL(`${DEMO}/photos/2`);
    await expectLightboxAtRest(page);

    await swipe(currentSlide(page), 'right', 240);
    await expect(lightboxCounter(page, 1)).toBeVisible();
    await expect(page).toHaveURL(`${DEMO}/photos/1`);
  });

  test('zooms in with a pinch, then pans with one finger', async ({ page }) => {
    await openDemo(page);
    await tapOpen(page);
    const zoomOut = lightbox(page).getByRole('button', { name: 'Zoom arrière' });
    await expect(zoomOut).toBeDisabled();

    await pinch(currentSlide(page).getByRole('img'), 60, 260);
    await expect(zoomOut).toBeEnabled();
    await expect.poll(async () => (await transformOf(currentSlide(page))).scale).toBeGreaterThan(1);
    await expect(lightboxCounter(page, 1), 'a pinch is not a swipe').toBeVisible();

    const before = await transformOf(currentSlide(page));
    const image = await centreOf(currentSlide(page).getByRole('img'));
    await drag(page, image, { x: image.x + 80, y: image.y });
    await expect.poll(async () => (await transformOf(currentSlide(page))).x).not.toBe(before.x);
    expect((await transformOf(currentSlide(page))).scale, 'panning keeps the zoom').toBe(before.scale);
    await expect(lightboxCounter(page, 1), 'panning a zoomed photo does not turn it').toBeVisible();
  });

  test('zooms in on a double tap', async ({ page }) => {
    await openDemo(page);
    await tapOpen(page);
    const zoomOut = lightbox(page).getByRole('button', { name: 'Zoom arrière' });
    await expect(zoomOut).toBeDisabled();

    await doubleTap(currentSlide(page).getByRole('img'));
    await expect(zoomOut).toBeEnabled();
    await expect.poll(async () => (await transformOf(currentSlide(page))).scale).toBeGreaterThan(1);
  });

  test('closes on a pull down, back on the event page', async ({ page }) => {
    await openDemo(page, '?photo=2');
    await tapOpen(page, 2);

    await swipe(currentSlide(page), 'down', 300);
    await expect(lightbox(page)).toHaveCount(0);
    await expect(page).toHaveURL(`${DEMO}?photo=2`);
    await expectCarouselAt(page, 2, '©NATO');
  });
});
