import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHROMIUM_404, DEMO, expect, openDemo, test, testWithCleanConsole } from './helpers.ts';
import { type RunningNginx, startNginx } from './support/nginx.ts';

const FIRST_CREDITS = [
  '1. otan-bucarest-2022-01-MAEE-1600.jpg',
  'Crédit : ©MAEE',
  'Légende : (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
    'Hadja Lahbib, ministre des Affaires étrangères de la Belgique',
  'Conditions d’utilisation : Photos libres de droits pour un usage de presse, crédit obligatoire.',
  'Licence : CC BY 4.0 – https://creativecommons.org/licenses/by/4.0/',
].join('\n');
const ORIGINALS = /\/events\/otan-bucarest-2022\/\d\d\.jpg$/;

/** Headless Chromium has no file picker to answer: these tests take the Blob path unless told. */
async function withoutPicker(page: Page) {
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
}

/** Opens the demo event (on the preview server, or `site`) and the control's panel. */
async function openPanel(page: Page, site?: string) {
  if (site) await page.goto(`${site}${DEMO}`);
  else await openDemo(page);
  await page.getByRole('button', { name: 'Télécharger toutes les photos (zip)' }).click();
}

/** The zip's entries and credits.txt, as `unzip` reads them. */
function unzip(bytes: Buffer) {
  const folder = mkdtempSync(join(tmpdir(), 'download-all-'));
  try {
    const file = join(folder, 'photos.zip');
    writeFileSync(file, bytes);
    execFileSync('unzip', ['-tq', file]);
    return {
      names: execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n'),
      credits: execFileSync('unzip', ['-p', file, 'credits.txt'], { encoding: 'utf8' }),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Each photo's credit; the portrait ones are 1334 px wide, so their web JPEG is the next size down, 960 px. */
const CREDITS = [
  'MAEE',
  'NATO',
  'NATO',
  'vladcatana-com',
  'NATO',
  'MAEE',
  'MAEE',
  'MAEE',
  'NATO',
  'NATO',
  'MAEE',
  'NATO',
  'NATO',
  'MAEE',
];
const PORTRAITS = [3, 8, 12];
const photoNames = (size: 'web' | 'original') =>
  CREDITS.map((credit, i) => {
    const width = size === 'original' ? '' : PORTRAITS.includes(i + 1) ? '-960' : '-1600';
    return `otan-bucarest-2022-${String(i + 1).padStart(2, '0')}-${credit}${width}.jpg`;
  });

test('downloads the web-size zip with credits.txt first, then the 14 photos in order', async ({ page }) => {
  await withoutPicker(page);
  await openPanel(page);
  await expect(page.getByRole('radio', { name: /^Format web \(1600 px\)/ })).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le zip' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('otan-bucarest-2022-photos-web.zip');
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const zip = unzip(Buffer.concat(chunks));
  expect(zip.names).toEqual(['credits.txt', ...photoNames('web')]);
  expect(zip.credits).toContain(`\n\n${FIRST_CREDITS}\n\n2. otan-bucarest-2022-02-NATO-1600.jpg\n`);
  await expect(page.getByRole('status')).toHaveText('Zip enregistré : otan-bucarest-2022-photos-web.zip');
});

test('streams the originals into the file the picker gives', async ({ page }) => {
  // The picker stands in for the system's dialog: it hands back a real file, in the origin's private file system.
  await page.addInitScript(() =>
    Object.defineProperty(window, 'showSaveFilePicker', {
      value: async ({ suggestedName }: { suggestedName: string }) =>
        (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true }),
    }),
  );
  await openPanel(page);
  await page.getByRole('radio', { name: /^Originaux/ }).check();
  await page.getByRole('button', { name: 'Télécharger le zip' }).click();
  await expect(page.getByRole('status')).toHaveText('Zip enregistré : otan-bucarest-2022-photos.zip');
  const base64 = await page.evaluate(async () => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle('otan-bucarest-2022-photos.zip');
    const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  const zip = unzip(Buffer.from(base64, 'base64'));
  expect(zip.names).toEqual(['credits.txt', ...photoNames('original')]);
  expect(zip.credits).toContain('1. otan-bucarest-2022-01-MAEE.jpg\nCrédit : ©MAEE\n');
});

test('shows the progress while it runs, passes axe, and says so when cancelled', async ({ page }) => {
  await withoutPicker(page);
  await openPanel(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  // Slow originals, so the zip is still being made when the visitor looks and cancels.
  await page.route(ORIGINALS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.continue().catch(() => {});
  });
  await page.getByRole('radio', { name: /^Originaux/ }).check();
  await page.getByRole('button', { name: 'Télécharger le zip' }).click();
  const progress = page.getByRole('progressbar', { name: 'Création du zip' });
  await expect(progress).toHaveAttribute('value', '1');
  await expect(page.getByText('1 / 14 photos', { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('0 / 14 photos');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);

  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('status')).toHaveText('Téléchargement annulé : aucun zip n’a été enregistré.');
  await expect(progress).toBeHidden();
  // The cancel button has gone: focus goes to the button that starts again, not to the page's top.
  await expect(page.getByRole('button', { name: 'Télécharger le zip' })).toBeFocused();
  expect(downloads).toBe(0);
});

testWithCleanConsole((text) => text.startsWith(CHROMIUM_404))(
  'a photo that cannot be fetched stops the zip, naming its number and address',
  async ({ page, baseURL }) => {
    await withoutPicker(page);
    await openPanel(page);
    await page.route('**/events/otan-bucarest-2022/03.jpg', (route) => route.fulfill({ status: 404 }));
    await page.getByRole('radio', { name: /^Originaux/ }).check();
    await page.getByRole('button', { name: 'Télécharger le zip' }).click();
    await expect(page.getByRole('status')).toHaveText(
      `La photo 3 n’a pas pu être récupérée (${baseURL}/events/otan-bucarest-2022/03.jpg) : aucun zip n’a été enregistré.`,
    );
  },
);

test('the control arrives in the height the prerendered page kept for it: nothing moves', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Tall enough that the article under the gallery is on screen: a shift out of view would not count.
  await page.setViewportSize({ width: 390, height: 2000 });
  await page.goto(DEMO);
  await expect(page.getByRole('button', { name: 'Télécharger toutes les photos (zip)' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test.describe('under the Content-Security-Policy of deploy/nginx.conf', () => {
  let server: RunningNginx | undefined;
  let webRoot: string | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const build = 'test-results/dist-galleries-zip';
    await promisify(execFile)('npx', ['tsx', 'scripts/build/build.ts'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, BASE_PATH: '/galleries/', OUT_DIR: build },
    });
    webRoot = mkdtempSync(join(tmpdir(), 'download-all-www-'));
    chmodSync(webRoot, 0o755);
    cpSync(build, join(webRoot, 'galleries'), { recursive: true });
    server = await startNginx({ root: webRoot });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  // A refused fetch or download would log the violation: the test fails on any console error.
  test('the photos are fetched and the zip is saved: the policy blocks neither', async ({ page }) => {
    await withoutPicker(page);
    await openPanel(page, `${server?.url}/galleries`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le zip' }).click();
    expect((await download).suggestedFilename()).toBe('otan-bucarest-2022-photos-web.zip');
    await expect(page.getByRole('status')).toHaveText('Zip enregistré : otan-bucarest-2022-photos-web.zip');
  });
});
