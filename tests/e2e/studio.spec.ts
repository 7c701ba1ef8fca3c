import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDemo, test } from './helpers.ts';
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
  expect(requested.filter((url) => /studio/i.test(url))).toEqual([]);
  await openStudio(page);
  expect(requested.filter((url) => /StudioPage-[\w-]+\.js$/.test(url))).toHaveLength(1);
});

test('under deploy/nginx.conf the studio shows the photos it reads, which the policy lets it show', async ({
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
  } finally {
    await served.stop();
  }
});
