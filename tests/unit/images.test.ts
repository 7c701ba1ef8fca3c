// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { widthsFor } from '../../scripts/images/resize.ts';

describe('widthsFor', () => {
  it.each([
    [100, [100]],
    [480, [480]],
    [1000, [480, 960, 1000]],
    [2400, [480, 960, 1600, 2400]],
    [2500, [480, 960, 1600, 2400]],
    [6000, [480, 960, 1600, 2400]],
  ])('makes, for a photo %i pixels wide, the widths %j, never wider than it and never twice', (width, widths) => {
    expect(widthsFor(width)).toEqual(widths);
  });
});

function runImages(file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/images.ts', file]);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('npm run images', () => {
  const root = mkdtempSync(join(tmpdir(), 'event-gallery-images-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sizes a photo by its pixels, turned as shown, and leaves a source outside the event folder alone', async () => {
    const events = join(root, 'events');
    mkdirSync(join(events, 'e'), { recursive: true });
    // 600×400 pixels, shown 400×600: EXIF orientation 6 turns it a quarter.
    const pixels = sharp({ create: { width: 600, height: 400, channels: 3, background: '#789' } });
    await pixels
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(join(events, 'e', '01.jpg'));
    await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } })
      .jpeg()
      .toFile(join(root, 'outside.jpg'));
    const demo = JSON.parse(readFileSync('public/events/otan-bucarest-2022.json', 'utf8'));
    const photo = { credit: 'MAEE' };
    const event = {
      ...demo,
      id: 'e',
      photos: [
        { ...photo, src: 'e/01.jpg', width: 3000, height: 2000 },
        { ...photo, src: '../outside.jpg', width: 50, height: 50 },
      ],
    };
    const file = join(events, 'e.json');
    writeFileSync(file, JSON.stringify(event));

    const { code, output } = await runImages(file);

    expect(code).toBe(1);
    expect(output).toContain(`${file}: photos[0]: 3000×2000 corrected to 400×600, the size of e/01.jpg`);
    expect(output).toContain(
      `${file}: photos[1].src: expected a photo inside ${events}/, the event file's folder, found ../outside.jpg: not resized`,
    );
    const [first, second] = JSON.parse(readFileSync(file, 'utf8')).photos;
    expect(first).toMatchObject({ width: 400, height: 600 });
    expect(first.srcSet.map(({ src, width, height }: Record<string, unknown>) => [src, width, height])).toEqual([
      ['e/sizes/01-400.avif', 400, 600],
      ['e/sizes/01-400.webp', 400, 600],
      ['e/sizes/01-400.jpg', 400, 600],
    ]);
    expect(await sharp(join(events, 'e/sizes/01-400.jpg')).metadata()).toMatchObject({ width: 400, height: 600 });
    expect(second.srcSet).toBeUndefined();
    expect(existsSync(join(root, 'sizes'))).toBe(false);
  }, 60_000);
});
