import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writePhoto, xmp } from '../fixtures/photos/writePhoto.ts';
import { TITLE as DEMO_TITLE, expect, openDemo, test } from './helpers.ts';
import { serveBuildWith } from './support/servedBuild.ts';

const PHOTOS = 'public/events/otan-bucarest-2022';
const TITLE = 'Visite du ministre à Bucarest';
const CAPTION = '1. (de g. à dr.) Jean Asselborn, ministre ; Jens Stoltenberg';

test.use({ locale: 'fr-FR' });

const photo = (page: Page, n: number) => page.getByRole('region', { name: `Photo ${n}`, exact: true });

async function openStudio(page: Page) {
  await page.goto('/studio/');
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible();
}

async function fillDraft(page: Page) {
  await page.getByLabel('Ajouter des photos').setInputFiles([join(PHOTOS, '02.jpg'), join(PHOTOS, '01.jpg')]);
  await expect(photo(page, 2)).toBeVisible();
  await page.getByLabel('Titre', { exact: true }).fill(TITLE);
  await page.getByLabel('Date', { exact: true }).fill('2022-11-29');
  const first = photo(page, 1);
  await first.getByLabel('Crédit').fill('MAEE');
  await first.getByRole('button', { name: 'Ajouter une personne' }).click();
  await first.getByRole('button', { name: 'Ajouter une personne' }).click();
  await first.getByRole('group', { name: 'Personne 1' }).getByLabel('Nom').fill('Jens Stoltenberg');
  await first.getByRole('group', { name: 'Personne 2' }).getByLabel('Nom').fill('Jean Asselborn');
  await first.getByRole('group', { name: 'Personne 2' }).getByLabel('Fonction').fill('ministre');
  await first.getByRole('button', { name: 'Déplacer Jean Asselborn vers la gauche' }).click();
  await photo(page, 2).getByLabel('Crédit').fill('NATO');
}

test('an event made in the studio survives a reload and exports as a zip that npm run validate accepts', async ({
  page,
}) => {
  await openStudio(page);
  await fillDraft(page);
  // Photos come in file-name order, whatever order they were chosen in.
  await expect(photo(page, 1)).toContainText('01.jpg');
  await expect(photo(page, 1)).toContainText('2000 × 1334 pixels');

  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(preview.getByRole('figure', { name: CAPTION })).toBeVisible();
  await preview.getByRole('button', { name: 'Agrandir la photo 1' }).click();
  await expect(page.getByRole('dialog', { name: 'Visionneuse de photos' })).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(page.getByRole('status').filter({ hasText: 'Brouillon enregistré' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(TITLE);
  await expect(photo(page, 1).getByLabel('Crédit')).toHaveValue('MAEE');
  await expect(photo(page, 1).getByRole('group', { name: 'Personne 1' }).getByLabel('Nom')).toHaveValue(
    'Jean Asselborn',
  );
  await expect(photo(page, 2).getByLabel('Crédit')).toHaveValue('NATO');
  await expect(preview.locator('img[src^="blob:"]').first()).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter' }).click();
  const download = await downloading;
  const id = 'visite-du-ministre-a-bucarest-2022';
  expect(download.suggestedFilename()).toBe(`${id}.zip`);
  const folder = mkdtempSync(join(tmpdir(), 'studio-'));
  await download.saveAs(join(folder, `${id}.zip`));
  execFileSync('python3', ['-m', 'zipfile', '-e', join(folder, `${id}.zip`), folder]);
  expect(readdirSync(join(folder, id)).sort()).toEqual(['01.jpg', '02.jpg']);
  expect(readFileSync(join(folder, id, '01.jpg')).equals(readFileSync(join(PHOTOS, '01.jpg')))).toBe(true);
  const file = JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8'));
  expect(file.$schema).toBe('../event.schema.json');
  expect(file.photos.map((p: { src: string }) => p.src)).toEqual([`${id}/01.jpg`, `${id}/02.jpg`]);
  const validate = spawnSync('npx', ['tsx', 'scripts/cli/validate.ts', join(folder, `${id}.json`)], {
    encoding: 'utf8',
  });
  expect(validate.stdout).toContain('0 errors');
  expect(validate.status).toBe(0);
});

test('photos carrying XMP fill their credits and people, and the preview captions them with the prefix', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'studio-xmp-'));
  const packets = ['group-lightroom.xmp', 'family-photo-mechanic.xmp', 'no-credit.xmp'];
  const files = packets.map((_, i) => join(folder, `IMG_${i + 1}.jpg`));
  await Promise.all(packets.map(async (packet, i) => writePhoto(files[i] ?? '', { xmp: await xmp(packet) })));
  await openStudio(page);
  await page.getByLabel('Ajouter des photos').setInputFiles(files);
  await expect(photo(page, 3)).toBeVisible();
  await expect(photo(page, 1).getByLabel('Crédit')).toHaveValue('MAEE');
  await expect(photo(page, 2).getByLabel('Crédit')).toHaveValue('NATO');
  const person1 = photo(page, 2).getByRole('group', { name: 'Personne 1' });
  await expect(person1.getByLabel('Nom')).toHaveValue('Mevlüt Çavuşoğlu');
  const family = 'Photo de famille des ministres & du secrétaire général';
  await expect(photo(page, 2).getByLabel('Légende libre')).toHaveValue(family);
  await expect(photo(page, 3).getByLabel('Crédit')).toHaveValue('');
  await expect(photo(page, 3).getByLabel('Légende libre')).toHaveValue('Arrivée des délégations');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2022-11-29');
  await expect(page.getByLabel('Date de fin')).toHaveValue('2022-11-30');
  await expect(page.getByLabel('Lieu')).toHaveValue('Bucarest');
  await page.getByLabel('Titre', { exact: true }).fill(TITLE);
  const caption =
    '1. (de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Hadja Lahbib, ministre des Affaires étrangères de la Belgique';
  await expect(page.getByRole('region', { name: 'Aperçu' }).getByRole('figure', { name: caption })).toBeVisible();
});

test('the pasted release fills the title and photo 1’s people through the importer', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Ajouter des photos').setInputFiles([join(PHOTOS, '01.jpg'), join(PHOTOS, '02.jpg')]);
  await expect(photo(page, 2)).toBeVisible();
  const release = readFileSync('tests/fixtures/releases/otan-bucarest-2022.txt', 'utf8');
  await page.getByLabel('Coller le texte du communiqué').fill(release);
  await page.getByRole('button', { name: 'Remplir à partir du texte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'rempli à partir du texte' })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  const people = photo(page, 1)
    .getByRole('group', { name: /^Personne \d/ })
    .getByLabel('Nom');
  await expect(people).toHaveCount(2);
  await expect(people.nth(0)).toHaveValue('Jean Asselborn');
  await expect(people.nth(1)).toHaveValue('Hadja Lahbib');
  await expect(photo(page, 1)).toContainText('2000 × 1334 pixels');
});

test('an existing event opens from its folder, naming the photos that were not given', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'studio-open-'));
  mkdirSync(join(folder, 'otan-bucarest-2022'));
  copyFileSync('public/events/otan-bucarest-2022.json', join(folder, 'otan-bucarest-2022.json'));
  for (const name of ['01.jpg', '02.jpg', '03.jpg']) {
    copyFileSync(join(PHOTOS, name), join(folder, 'otan-bucarest-2022', name));
  }
  await openStudio(page);
  await page.getByLabel('Ouvrir un dossier').setInputFiles(folder);
  await expect(page.getByRole('status').filter({ hasText: 'otan-bucarest-2022.json est ouvert.' })).toBeVisible();
  const missing = 'laissées de côté : otan-bucarest-2022/04.jpg, otan-bucarest-2022/05.jpg';
  await expect(page.getByRole('status').filter({ hasText: missing })).toBeVisible();
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(DEMO_TITLE);
  await expect(photo(page, 3)).toBeVisible();
  await expect(photo(page, 4)).toHaveCount(0);
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the studio speaks the browser’s language until another is chosen', async ({ page }) => {
    await page.goto('/studio/');
    await expect(page.getByLabel('Fotos hinzufügen')).toBeAttached();
    await page.getByLabel('Sprache der Oberfläche').selectOption('English');
    await expect(page.getByLabel('Add photos')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('export is refused with the list of problems, each next to its field', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'Exporter' }).click();
  await expect(page.getByRole('alert')).toHaveText('Export impossible tant que l’événement a des problèmes :');
  await expect(page.getByLabel('Titre', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Titre', { exact: true })).toHaveAccessibleDescription(/expected a non-empty title/);
  await page.getByRole('link', { name: /^title:/ }).click();
  await expect(page.getByLabel('Titre', { exact: true })).toBeFocused();
});

test('"Nouvel événement" discards the draft only once confirmed', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Titre', { exact: true }).fill(TITLE);
  await page.getByRole('button', { name: 'Nouvel événement' }).click();
  const dialog = page.getByRole('dialog', { name: /Abandonner ce brouillon/ });
  await dialog.getByRole('button', { name: 'Garder le brouillon' }).click();
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(TITLE);
  await page.getByRole('button', { name: 'Nouvel événement' }).click();
  await dialog.getByRole('button', { name: 'Abandonner le brouillon' }).click();
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('');
});

test('the studio has no axe violations, with photos and people in it', async ({ page }) => {
  await openStudio(page);
  await fillDraft(page);
  await expect(page.getByRole('region', { name: 'Aperçu' }).getByRole('figure', { name: CAPTION })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('the event page requests none of the studio’s files', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openDemo(page);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /studio|exifr/i.test(url))).toEqual([]);
  await openStudio(page);
  expect(requested.filter((url) => /StudioPage-[\w-]+\.js$/.test(url))).toHaveLength(1);
});

test('under deploy/nginx.conf the studio shows the photos it reads and exports them, as its policy lets it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const served = await serveBuildWith([], 'studio');
  try {
    await page.goto(`${served.site}/studio/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible();
    await page.getByLabel('Ajouter des photos').setInputFiles(join(PHOTOS, '01.jpg'));
    const shown = page.getByRole('region', { name: 'Aperçu' }).getByRole('img').first();
    await expect(shown).toBeVisible();
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2000);
    // The policy must also let the export's zip, made from the photos' Blobs, reach the downloads.
    await page.getByLabel('Titre', { exact: true }).fill(TITLE);
    await page.getByLabel('Date', { exact: true }).fill('2022-11-29');
    await photo(page, 1).getByLabel('Crédit').fill('MAEE');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('visite-du-ministre-a-bucarest-2022.zip');
    const zip = join(mkdtempSync(join(tmpdir(), 'studio-nginx-')), 'event.zip');
    await download.saveAs(zip);
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', zip], { encoding: 'utf8' });
    expect(listing).toContain('visite-du-ministre-a-bucarest-2022.json');
    expect(listing).toContain('visite-du-ministre-a-bucarest-2022/01.jpg');
  } finally {
    await served.stop();
  }
});
