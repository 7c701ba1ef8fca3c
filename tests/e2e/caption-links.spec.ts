import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { carousel, DEMO, expect, lightbox, lightboxCounter, openDemo, tabTo, test } from './helpers.ts';

const PHONE = { width: 360, height: 740 };

/** What axe finds wrong inside `selector` (contrast, link names, focus) under WCAG 2.1 AA. */
async function axeIn(page: Page, selector: string) {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${node.target}`));
}

test.describe("a name in a caption leads to the person's page", () => {
  test('from the carousel, by keyboard, with its focus ring', async ({ page }) => {
    // In the prerendered HTML already: a visitor without scripts has the links, and hydration keeps them.
    const html = await (await page.request.get(DEMO)).text();
    expect(html).toMatch(/<a (?=[^>]*class="eg-caption__link")(?=[^>]*href="\/people\/jean-asselborn")[^>]*>/);
    await openDemo(page);
    const name = carousel(page).getByRole('link', { name: 'Jean Asselborn' });
    await expect(name).toHaveAttribute('href', '/people/jean-asselborn');
    expect(await axeIn(page, '.eg-slide__caption')).toEqual([]);
    await tabTo(page, name, 30);
    await expect(name).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/people/jean-asselborn');
  });

  test('from the lightbox, whose click on a name neither closes nor turns the photo', async ({ page }) => {
    await openDemo(page, '/photos/3');
    const caption = lightbox(page).getByRole('region', { name: 'Légende de la photo 3' });
    const name = caption.getByRole('link', { name: 'Jens Stoltenberg' });
    await expect(name).toHaveAttribute('href', '/people/jens-stoltenberg');
    await tabTo(page, name, 30);
    await expect(name).toHaveCSS('outline-style', 'solid');
    // The click reaches the lightbox as any click does; only the page load it would start is held back.
    await page.evaluate(() =>
      addEventListener('click', (event) => event.target instanceof Element && event.preventDefault(), { once: true }),
    );
    await name.click();
    await expect(lightbox(page)).toBeVisible();
    await expect(lightboxCounter(page, 3)).toBeVisible();
    expect(await axeIn(page, '.eg-lightbox__caption')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/people/jens-stoltenberg');
  });

  test('from the iframe embed, in a new tab on the gallery site, the host page staying', async ({ page, context }) => {
    await page.goto('/embed-demo.html');
    const frame = page.frameLocator('iframe[data-event-gallery]');
    const name = frame.getByRole('region', { name: /^Photos/ }).getByRole('link', { name: 'Jean Asselborn' });
    await expect(name).toHaveAttribute('target', '_blank');
    const [opened] = await Promise.all([context.waitForEvent('page'), name.click()]);
    await opened.waitForURL('**/people/jean-asselborn');
    expect(new URL(opened.url()).origin).toBe(new URL(page.url()).origin);
    expect(new URL(page.url()).pathname).toBe('/embed-demo.html');
  });

  test('from the <event-gallery> element, on the gallery site in its listing language', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const origin = new URL(page.url()).origin;
    for (const [gallery, path] of [
      ['#gallery-fr', '/people/jean-asselborn'],
      ['#gallery-en', '/en/people/jean-asselborn'],
    ] as const) {
      const name = page.locator(gallery).locator('figcaption').getByRole('link', { name: 'Jean Asselborn' });
      await expect(name).toHaveAttribute('href', `${origin}${path}`);
      await expect(name).toHaveAttribute('target', '_blank');
      await expect(name).toHaveAttribute('rel', 'noopener');
    }
  });

  test('keeps a long caption whole on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openDemo(page, '?photo=2');
    const caption = carousel(page).locator('figcaption');
    await expect(caption.getByRole('link')).toHaveCount(4);
    // Each name wraps inside the caption's box: nothing sticks out or is cut.
    const overflow = await caption.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return [...element.querySelectorAll('a')].filter((link) =>
        [...link.getClientRects()].some((rect) => rect.left < box.left - 1 || rect.right > box.right + 1),
      ).length;
    });
    expect(overflow).toBe(0);
    await page.screenshot({ path: 'test-results/screenshots/caption-links-phone.png' });
  });
});
