import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO, expect, expectImageShown, expectSettled, lightbox, tabTo, test } from './helpers.ts';

const PHOTO_3 = `${DEMO}/photos/3`;
const CAPTION_3 =
  "(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN";
const SITE_TERMS = 'Photos libres de droits pour un usage de presse, crédit obligatoire.';

/** The lightbox on photo 3 (1334 × 2000, with a 960 px JPEG), once its photo shows and nothing moves. */
async function openPhoto3(page: Page) {
  await page.goto(PHOTO_3);
  const dialog = lightbox(page);
  await expectImageShown(dialog.getByRole('group', { name: '3 sur 14' }).getByRole('img'));
  await expectSettled(page);
  return { dialog, button: dialog.getByRole('button', { name: 'Télécharger la photo' }) };
}

test.describe("the lightbox's downloads", () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('offers each size as a named download, the terms with the credit, and copies credit and caption', async ({
    page,
  }) => {
    const { dialog, button } = await openPhoto3(page);
    await expect(dialog.getByText('Crédit obligatoire : ©NATO', { exact: true })).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');

    const web = dialog.getByRole('link', { name: 'Web (JPEG, 960 × 1439 px, 82 Ko)' });
    await expect(dialog.getByRole('link', { name: 'Haute résolution (1334 × 2000 px, 305 Ko)' })).toHaveAttribute(
      'download',
      'otan-bucarest-2022-03-NATO.jpg',
    );
    const saving = page.waitForEvent('download');
    await web.click();
    const saved = await saving;
    expect(saved.suggestedFilename()).toBe('otan-bucarest-2022-03-NATO-960.jpg');
    expect(saved.url()).toMatch(/\/events\/otan-bucarest-2022\/sizes\/03-960\.jpg$/);

    await expect(dialog.getByText(`Crédit obligatoire : ©NATO · ${SITE_TERMS} · CC BY 4.0`)).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );

    await dialog.getByRole('button', { name: 'Copier le crédit et la légende' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Crédit et légende copiés' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`©NATO – ${CAPTION_3}`);
  });

  test('opens by keyboard; Escape closes the panel, back on its button, and then the lightbox', async ({ page }) => {
    const { dialog, button } = await openPhoto3(page);
    await tabTo(page, button, 8);
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('link', { name: 'Web (JPEG, 960 × 1439 px, 82 Ko)' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(dialog.getByRole('link', { name: 'Web (JPEG, 960 × 1439 px, 82 Ko)' })).toBeHidden();
    await expect(button).toBeFocused();
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(PHOTO_3);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(`${DEMO}?photo=3`);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}, the open panel fits the window, its rows 44 px, and axe finds nothing`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const { dialog, button } = await openPhoto3(page);
      await button.click();
      const panel = dialog.locator('.eg-downloads__panel');
      await expect(panel).toBeVisible();
      await expectSettled(page);

      const toolbar = await dialog.locator('.yarl__toolbar').evaluate((element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
      }));
      expect(toolbar.scroll, 'the toolbar does not overflow').toBeLessThanOrEqual(toolbar.client);
      const box = await panel.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width, 'the panel stays inside the window').toBe(true);
      for (const target of await panel.locator('a.eg-downloads__item, button').all()) {
        expect((await target.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      }
      const buttonBox = await button.boundingBox();
      expect(buttonBox?.width).toBeGreaterThanOrEqual(44);
      expect(buttonBox?.height).toBeGreaterThanOrEqual(44);

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const report = results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}: ${node.failureSummary}`),
      );
      expect(report, report.join('\n')).toEqual([]);
    });
  }
});

test('without JavaScript, the list of the other photos states the terms with the credit', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DEMO);
  // Playwright's text matching skips what a <noscript> holds, even when it is shown: read the line itself.
  const terms = page.locator('.eg-photo-list__terms');
  await expect(terms).toBeVisible();
  await expect(terms).toHaveText(`Crédit obligatoire : indiqué avec chaque photo · ${SITE_TERMS} · CC BY 4.0`);
  await expect(terms.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await context.close();
});
