import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHROMIUM_404, expect, expectImageShown, TITLE, testWithCleanConsole } from './helpers.ts';
import { hostPage, serveHost } from './support/host.ts';

const FR_FILE = '/events/otan-bucarest-2022.json';
const DE_TITLE = 'Jean Asselborn beim Treffen der NATO-Außenminister in Bukarest';
const OFFER = { name: 'Auf Deutsch ansehen' } as const;

/** The archive's file of the demo's year, which lists its versions. */
const YEAR_FILE = '/archive/years/2022.json';

/** Like helpers' `test`, but a year's file answered with 404 may leave Chromium's own line about it. */
const test = testWithCleanConsole((text) => text.startsWith(CHROMIUM_404));

test.use({ viewport: { width: 1366, height: 900 } });

/** A host page with one `<event-gallery id="g">`, opened once the gallery shows its photo. */
async function openHost(page: Page, attributes: string) {
  await serveHost(page, '/host-languages.html', hostPage(`<event-gallery id="g" ${attributes}></event-gallery>`));
  await page.goto('/host-languages.html');
  const element = page.locator('#g');
  await expect(element.locator('.eg-slide__open').first()).toBeEnabled();
  return element;
}

/** The German version, cut to its first `count` photos, and a year's file that says so. */
async function serveShortGerman(page: Page, count: number) {
  const de = JSON.parse(readFileSync('dist/events/nato-bukarest-2022-de.json', 'utf8'));
  de.photos = de.photos.slice(0, count);
  const index = JSON.parse(readFileSync(`dist${YEAR_FILE}`, 'utf8'));
  for (const entry of index.events) if (entry.id === de.id) entry.photoCount = count;
  await page.route('**/events/nato-bukarest-2022-de.json', (route) => route.fulfill({ json: de }));
  await page.route(`**${YEAR_FILE}`, (route) => route.fulfill({ json: index }));
}

test.describe('the element offers the version in its interface language', () => {
  test('lang=de on the French event: the German version, in place, on the same photo', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const element = await openHost(page, `src="${FR_FILE}" lang="de" photo="3"`);
    const offer = element.getByRole('button', OFFER);
    await expect(offer).toBeVisible();
    await expect(offer.locator('xpath=..')).toHaveAttribute('lang', 'de');
    // The year's file is asked for only once the event has shown: never before its first photo.
    const photo = requests.findIndex((path) => path.startsWith('/events/otan-bucarest-2022/'));
    expect(photo).toBeGreaterThan(-1);
    expect(requests.indexOf(YEAR_FILE)).toBeGreaterThan(photo);

    const french = element.getByRole('region', { name: `Fotos: ${TITLE}` });
    await french.getByRole('button', { name: 'Nächstes Foto' }).click();
    await expect(french.getByRole('group', { name: '4 von 14' })).toBeVisible();
    await offer.click();

    const german = element.getByRole('region', { name: `Fotos: ${DE_TITLE}` });
    await expect(element.getByRole('heading', { level: 1, name: DE_TITLE })).toBeVisible();
    await expect(german.getByRole('group', { name: '4 von 14' })).toBeVisible();
    await expectImageShown(german.getByRole('group', { name: '4 von 14' }).getByRole('img'));
    await expect(element.getByRole('button', OFFER)).toHaveCount(0);
    await expect(german.getByRole('button', { name: 'Foto 4 vergrößern' })).toBeFocused();
  });

  test('a version with fewer photos opens on its last', async ({ page }) => {
    await serveShortGerman(page, 2);
    const element = await openHost(page, `src="${FR_FILE}" lang="de" photo="5"`);
    await element.getByRole('button', OFFER).click();
    const german = element.getByRole('region', { name: `Fotos: ${DE_TITLE}` });
    await expect(german.getByRole('group', { name: '2 von 2' })).toBeVisible();
  });

  test('nothing is offered, nor the year’s file asked for, without a lang attribute or in the event’s own', async ({
    page,
  }) => {
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith(YEAR_FILE)) indexRequests.push(request.url());
    });
    const french = await openHost(page, `src="${FR_FILE}"`);
    await page.waitForLoadState('networkidle');
    await expect(french.getByRole('button', { name: 'Voir en français' })).toHaveCount(0);
    await french.evaluate((element) => element.setAttribute('lang', 'fr-LU'));
    await expect(french.getByRole('button', { name: 'Agrandir la photo 1' })).toBeEnabled();
    const german = await openHost(page, 'src="/events/nato-bukarest-2022-de.json" lang="de"');
    await expect(german.getByRole('region', { name: `Fotos: ${DE_TITLE}` })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(german.getByRole('button', OFFER)).toHaveCount(0);
    expect(indexRequests).toEqual([]);
  });

  for (const [why, answer] of [
    ['not JSON', { status: 200, contentType: 'application/json', body: '<html>' }],
    ['missing', { status: 404, body: 'Not found' }],
  ] as const) {
    test(`a year’s file ${why} offers nothing and leaves the console clean`, async ({ page }) => {
      const asked = page.waitForRequest(`**${YEAR_FILE}`);
      await page.route(`**${YEAR_FILE}`, (route) => route.fulfill(answer));
      const element = await openHost(page, `src="${FR_FILE}" lang="de"`);
      await asked;
      await page.waitForLoadState('networkidle');
      await expect(element.getByRole('region', { name: `Fotos: ${TITLE}` })).toBeVisible();
      await expect(element.getByRole('button', OFFER)).toHaveCount(0);
    });
  }
});

test.describe('the iframe page offers it too', () => {
  test('?lang=de goes to the German embed, keeping the photo and the other parameters', async ({ page }) => {
    await page.goto('/embed/otan-bucarest-2022?lang=de&article=none&photo=5');
    const french = page.getByRole('region', { name: `Fotos: ${TITLE}` });
    await expect(french.getByRole('group', { name: '5 von 14' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    const history = await page.evaluate(() => window.history.length);
    await french.getByRole('button', { name: 'Nächstes Foto' }).click();
    await page.getByRole('button', OFFER).click();

    await expect(page).toHaveURL('/embed/nato-bukarest-2022-de?lang=de&article=none&photo=6');
    const german = page.getByRole('region', { name: `Fotos: ${DE_TITLE}` });
    await expect(german.getByRole('group', { name: '6 von 14' })).toBeVisible();
    await expect(german.getByRole('button', { name: 'Foto 6 vergrößern' })).toBeFocused();
    await expect(page.getByRole('button', OFFER)).toHaveCount(0);
    expect(await page.evaluate(() => window.history.length), 'the host page’s Back stays its own').toBe(history);
  });
});
