// @vitest-environment node
// npm run images as a newsroom meets its work: the files it makes, read back by a metadata reader.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

function runImages(file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/images.ts', file]);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

/**
 * What a newsroom's tool reads in a file, its namespaces merged as exifr merges them for a JPEG.
 * exifr reads no WebP or AVIF container: sharp takes their packet out for it, from the bytes, since
 * libvips caches by file name what it read.
 */
async function metadataOf(file: string) {
  if (file.endsWith('.jpg')) return exifr.parse(file, { xmp: true, iptc: true });
  const { xmp } = await sharp(readFileSync(file)).metadata();
  if (!xmp) return undefined;
  const { xmlns: _, ...namespaces } = (await exifr.sidecar(xmp, { xmp: true }, 'xmp')) as Record<string, object>;
  return Object.assign({}, ...Object.values(namespaces));
}

describe('npm run images, for the press', () => {
  const root = mkdtempSync(join(tmpdir(), 'event-gallery-xmp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, 'otan.json');
  const licence = JSON.parse(readFileSync('site.config.json', 'utf8')).licence.url;
  const terms = 'Libre de droits pour usage éditorial, avec mention du crédit';
  const caption =
    "(de g. à dr.) Jens Stoltenberg, secrétaire général de l'OTAN ; " +
    'Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
    'Bogdan Aurescu, ministre des Affaires étrangères de la Roumanie';
  const sizes = (stem: string, widths: number[]) => [
    ...widths.flatMap((width) => ['avif', 'webp', 'jpg'].map((extension) => `${stem}-${width}.${extension}`)),
    `${stem}-thumb.webp`,
  ];

  it('writes credit, rights, caption, people in order and terms into every file it makes, never the original', async () => {
    mkdirSync(join(root, 'otan'));
    copyFileSync('tests/fixtures/images/otan.json', file);
    const pixels = { width: 640, height: 400, channels: 3, background: '#789' } as const;
    await sharp({ create: pixels }).jpeg().toFile(join(root, 'otan/01.jpg'));
    await sharp({ create: { ...pixels, width: 500, height: 300 } })
      .jpeg()
      .toFile(join(root, 'otan/02.jpg'));
    const originals = ['01.jpg', '02.jpg'].map((name) => readFileSync(join(root, 'otan', name)));

    const { code, output } = await runImages(file);

    expect(output).toBe(`${file}: 2 of 2 photos\n`);
    expect(code).toBe(0);
    for (const name of sizes('01', [480, 640])) {
      expect(await metadataOf(join(root, 'otan/sizes', name)), name).toMatchObject({
        Credit: 'MAEE',
        rights: { lang: 'x-default', value: '©MAEE' },
        description: [
          { lang: 'x-default', value: caption },
          { lang: 'fr', value: caption },
        ],
        PersonInImage: ['Jens Stoltenberg', 'Jean Asselborn', 'Bogdan Aurescu'],
        Headline: "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest",
        DateCreated: '2022-11-29',
        City: 'Bucarest',
        Marked: true,
        WebStatement: licence,
        UsageTerms: [
          { lang: 'x-default', value: terms },
          { lang: 'fr', value: terms },
        ],
        Licensor: { LicensorURL: licence },
      });
    }
    for (const name of sizes('02', [480, 500])) {
      expect(await metadataOf(join(root, 'otan/sizes', name)), name).toMatchObject({
        Credit: 'NATO',
        description: [{ lang: 'x-default', value: 'Photo de famille des ministres' }, {}],
        WebStatement: 'https://www.nato.int/cps/en/natohq/photos.htm',
      });
    }
    expect(['01.jpg', '02.jpg'].map((name) => readFileSync(join(root, 'otan', name)))).toEqual(originals);
    expect(await exifr.parse(join(root, 'otan/01.jpg'), { xmp: true, iptc: true })).toBeUndefined();
  }, 60_000);

  it('records the weight of the original and of each file made', () => {
    const [first] = JSON.parse(readFileSync(file, 'utf8')).photos;
    expect(first.bytes).toBe(statSync(join(root, 'otan/01.jpg')).size);
    expect(first.srcSet).toHaveLength(6);
    for (const source of first.srcSet) expect(source.bytes, source.src).toBe(statSync(join(root, source.src)).size);
  });

  it('rewrites the files of a photo whose caption changed, and only those', async () => {
    const event = JSON.parse(readFileSync(file, 'utf8'));
    event.photos[1].caption = 'Les ministres réunis à Bucarest';
    writeFileSync(file, JSON.stringify(event));
    const untouched = statSync(join(root, 'otan/sizes/01-640.jpg')).mtimeMs;

    const { code } = await runImages(file);

    expect(code).toBe(0);
    for (const name of sizes('02', [480, 500])) {
      expect((await metadataOf(join(root, 'otan/sizes', name))).description[0], name).toEqual({
        lang: 'x-default',
        value: 'Les ministres réunis à Bucarest',
      });
    }
    expect(statSync(join(root, 'otan/sizes/01-640.jpg')).mtimeMs).toBe(untouched);
  }, 60_000);
});
