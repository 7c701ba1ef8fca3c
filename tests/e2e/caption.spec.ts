import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectImageShown, test } from './helpers.ts';
import { drag } from './support/touch.ts';

/** An event file the site does not ship: a family photo of twelve ministers with long roles. */
const FAMILY = readFileSync('tests/fixtures/events/famille-douze.json', 'utf8');
const LAST = { name: 'Mevlüt Çavuşoğlu', role: 'ministre des Affaires étrangères de la République de Türkiye' };
const SHOTS = 'test-results/screenshots';
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** A host page holding the event in a custom element (the site's own pages share the lightbox). */
async function openFamily(page: Page, how: 'tap' | 'click' = 'tap') {
  await page.route('**/events/famille-douze.json', (route) =>
    route.fulfill({ body: FAMILY, contentType: 'application/json' }),
  );
  await page.route('**/family-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
        <script type="module" src="embed.js"></script><title>Famille</title></head>
        <body><event-gallery src="events/famille-douze.json" article="none"></event-gallery></body></html>`,
    }),
  );
  await page.goto('/family-host.html');
  const open = page.getByRole('button', { name: 'Agrandir la photo 1' });
  await expect(open).toBeEnabled();
  await (how === 'tap' ? open.tap() : open.click());
  const dialog = page.getByRole('dialog', { name: 'Visionneuse de photos' });
  const slide = dialog.locator('.yarl__slide_current');
  await expectImageShown(slide.getByRole('img'));
  await expect(dialog.locator('.eg-lightbox'), 'faded in').toHaveCSS('opacity', '1');
  return { dialog, caption: slide.getByRole('region', { name: 'Légende de la photo 1' }) };
}

/** Whether the whole of `target` is inside the window and inside the caption's visible box. */
async function fullyShown(caption: Locator, target: Locator) {
  const page = caption.page();
  const [outer, inner] = [await caption.boundingBox(), await target.boundingBox()];
  if (!outer || !inner) return false;
  const bottom = Math.min(outer.y + outer.height, page.viewportSize()?.height ?? PHONE.height);
  return inner.y >= outer.y - 1 && inner.y + inner.height <= bottom + 1;
}

test.describe('a twelve-person caption in the lightbox, on a phone', () => {
  test('a finger scrolls the caption to the last person, and the photo stays', async ({ page }) => {
    const { dialog, caption } = await openFamily(page);
    const name = caption.getByText(LAST.name, { exact: true });
    const role = caption.getByText(LAST.role, { exact: true });
    // Every person is there, none cut off with an ellipsis; the last is below the fold at first.
    await expect(caption).toContainText(`${LAST.name}, ${LAST.role}`);
    expect(await fullyShown(caption, role), 'the last role is hidden before scrolling').toBe(false);
    await page.screenshot({ path: `${SHOTS}/lightbox-twelve-collapsed.png` });

    const box = await caption.boundingBox();
    if (!box) throw new Error('the caption is not laid out');
    const x = box.x + box.width / 2;
    for (let stroke = 0; stroke < 6 && !(await fullyShown(caption, role)); stroke++) {
      await drag(page, { x, y: box.y + box.height - 10 }, { x, y: box.y + 10 });
    }
    expect(await fullyShown(caption, name), 'the last name can be read').toBe(true);
    expect(await fullyShown(caption, role), 'the last role can be read').toBe(true);
    await page.screenshot({ path: `${SHOTS}/lightbox-twelve-scrolled.png` });

    // Sideways and downwards on the caption: it is text to read, not the photo to turn or pull.
    await drag(page, { x: box.x + box.width - 20, y: box.y + 40 }, { x: box.x + 20, y: box.y + 40 });
    await drag(page, { x, y: box.y + 10 }, { x, y: box.y + box.height - 10 });
    await expect(dialog.getByText('1 / 2', { exact: true })).toBeVisible();
    await expect(dialog.locator('.yarl__slide_current').getByRole('region')).toHaveAccessibleName(
      'Légende de la photo 1',
    );
  });

  test('the keyboard reaches the caption and scrolls it to the last person', async ({ page }) => {
    const { caption } = await openFamily(page);
    const role = caption.getByText(LAST.role, { exact: true });
    for (let press = 0; press < 15; press++) {
      if (await caption.evaluate((element) => element.matches(':focus'))) break;
      await page.keyboard.press('Tab');
    }
    await expect(caption).toBeFocused();
    await page.keyboard.press('End');
    await expect.poll(() => fullyShown(caption, role)).toBe(true);
    await expect(caption.getByText(LAST.name, { exact: true })).toBeInViewport();
  });
});

test.describe('a twelve-person caption in the lightbox, on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('every person can be read, scrolling with the wheel if need be, and the photo stays', async ({ page }) => {
    const { dialog, caption } = await openFamily(page, 'click');
    const role = caption.getByText(LAST.role, { exact: true });
    await page.screenshot({ path: `${SHOTS}/lightbox-twelve-laptop.png` });
    await caption.hover();
    for (let turn = 0; turn < 6 && !(await fullyShown(caption, role)); turn++) await page.mouse.wheel(0, 200);
    await expect.poll(() => fullyShown(caption, role)).toBe(true);
    await expect(dialog.getByText('1 / 2', { exact: true })).toBeVisible();
  });
});
