import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './helpers.ts';

const PHOTOS = 'public/events/otan-bucarest-2022';

test.use({ locale: 'fr-FR', viewport: { width: 1280, height: 1200 } });

const photo = (page: Page, n: number) => page.getByRole('region', { name: `Photo ${n}`, exact: true });

async function openStudio(page: Page) {
  await page.goto('/studio/');
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible();
}

test('a photo dragged above another moves there, with a line showing where it will land', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Ajouter des photos').setInputFiles([join(PHOTOS, '01.jpg'), join(PHOTOS, '02.jpg')]);
  await expect(photo(page, 2)).toBeVisible();
  await photo(page, 1).getByLabel('Légende libre').fill('Arrivée des délégations');
  await photo(page, 2).getByLabel('Légende libre').fill('Photo de famille');
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('figure', { name: '1. Arrivée des délégations' })).toBeVisible();

  // Both photos' tops in view: a drag holding the button scrolls nothing.
  const target = photo(page, 1).locator('xpath=..');
  await target.evaluate((item) => item.scrollIntoView());
  // Held over photo 1's upper half, as the browser's drag would: the line shows above photo 1.
  const held = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.setData('application/x-eg-studio-photo', '1');
    return data;
  });
  const box = await target.boundingBox();
  if (!box) throw new Error('photo 1 has no box');
  await target.dispatchEvent('dragover', { dataTransfer: held, clientX: box.x + 40, clientY: box.y + 40 });
  await expect(target).toHaveCSS('box-shadow', /rgb\(0, 95, 204\) 0px -6px/);
  await target.dispatchEvent('dragover', { dataTransfer: held, clientX: box.x + 40, clientY: box.y + box.height - 40 });
  await expect(target).toHaveCSS('box-shadow', /rgb\(0, 95, 204\) 0px 6px/);
  await target.dispatchEvent('dragleave', { dataTransfer: held, relatedTarget: null });
  await expect(target).toHaveCSS('box-shadow', 'none');
  await expect(photo(page, 1)).toContainText('01.jpg');

  await photo(page, 2)
    .getByText('02.jpg')
    .dragTo(target, { targetPosition: { x: 40, y: 40 } });
  await expect(photo(page, 1)).toContainText('02.jpg');
  await expect(photo(page, 2)).toContainText('01.jpg');
  await expect(photo(page, 1).getByLabel('Légende libre')).toHaveValue('Photo de famille');
  await expect(preview.getByRole('figure', { name: '1. Photo de famille' })).toBeVisible();
});

/** A 4000 × 3000 JPEG of noise, which compresses as little as a detailed photo: 3–5 MB. */
async function largePhoto(path: string) {
  const [width, height] = [4000, 3000];
  const noise = randomBytes(width * height * 3);
  await sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 45 })
    .toFile(path);
  return path;
}

// How long the main thread is held while they are read is the benchmark's business, not a test's
// (no wall-clock bounds in tests): this checks that ten press-sized files all make it into the draft.
test('ten 4000 × 3000 photos of 3–5 MB are all read, sized and kept in the draft', async ({ page }) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'studio-large-'));
  const files = await Promise.all(
    Array.from({ length: 10 }, (_, i) => largePhoto(join(folder, `IMG_${String(i + 1).padStart(2, '0')}.jpg`))),
  );
  for (const file of files) expect(statSync(file).size).toBeGreaterThan(3e6);
  for (const file of files) expect(statSync(file).size).toBeLessThan(5e6);
  await openStudio(page);
  await page.getByLabel('Ajouter des photos').setInputFiles(files);
  for (const n of [1, 10]) await expect(photo(page, n)).toContainText('4000 × 3000 pixels', { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Brouillon enregistré' })).toBeVisible();
  await page.reload();
  await expect(photo(page, 10)).toContainText(`IMG_10.jpg`, { timeout: 30_000 });
});
