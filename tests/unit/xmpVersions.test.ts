// @vitest-environment node
// npm run images on an event in two languages whose versions show the same photo files.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

function runImages(...files: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/images.ts', ...files]);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

const root = mkdtempSync(join(tmpdir(), 'event-gallery-xmp-versions-'));

/** A folder holding the French and German versions of one event and the two photos they share. */
async function folder(name: string) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'otan'), { recursive: true });
  const pixels = { width: 640, height: 400, channels: 3, background: '#789' } as const;
  await sharp({ create: pixels }).jpeg().toFile(join(dir, 'otan/01.jpg'));
  await sharp({ create: { ...pixels, width: 500, height: 300 } })
    .jpeg()
    .toFile(join(dir, 'otan/02.jpg'));
  const fr = join(dir, 'otan.json');
  const de = join(dir, 'otan-de.json');
  copyFileSync('tests/fixtures/images/otan.json', fr);
  copyFileSync('tests/fixtures/images/otan-de.json', de);
  return { sizes: join(dir, 'otan/sizes'), fr, de };
}

const contents = (dir: string) => readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]);

describe('npm run images, for photos that language versions share', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const germanFirst = folder('german-first');
  const frenchFirst = folder('french-first');
  const caption = {
    fr:
      "(de g. à dr.) Jens Stoltenberg, secrétaire général de l'OTAN ; " +
      'Jean Asselborn, ministre des Affaires étrangères et européennes ; ' +
      'Bogdan Aurescu, ministre des Affaires étrangères de la Roumanie',
    de:
      '(v.l.n.r.) Jens Stoltenberg, NATO-Generalsekretär; ' +
      'Jean Asselborn, Minister für auswärtige und europäische Angelegenheiten; ' +
      'Bogdan Aurescu, Außenminister Rumäniens',
  };

  it('writes both captions under their languages, the default language’s (French) as x-default', async () => {
    const { sizes, fr, de } = await germanFirst;
    expect((await runImages(de)).code).toBe(0);
    expect((await runImages(fr)).code).toBe(0);

    expect(await exifr.parse(join(sizes, '01-480.jpg'), { xmp: true })).toMatchObject({
      description: [
        { lang: 'x-default', value: caption.fr },
        { lang: 'fr', value: caption.fr },
        { lang: 'de', value: caption.de },
      ],
      title: [
        {
          lang: 'x-default',
          value: "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest",
        },
        { lang: 'fr', value: "Jean Asselborn à la réunion des ministres des Affaires étrangères de l'OTAN à Bucarest" },
        { lang: 'de', value: 'Jean Asselborn beim Treffen der NATO-Außenminister in Bukarest' },
      ],
      UsageTerms: [
        { lang: 'x-default', value: 'Libre de droits pour usage éditorial, avec mention du crédit' },
        { lang: 'fr', value: 'Libre de droits pour usage éditorial, avec mention du crédit' },
        { lang: 'de', value: 'Lizenzfreie Fotos für die Presse, Quellenangabe erforderlich.' },
      ],
      City: 'Bucarest',
      PersonInImage: ['Jens Stoltenberg', 'Jean Asselborn', 'Bogdan Aurescu'],
    });
  }, 60_000);

  it('makes the same files whichever version goes first, and a run of both then rewrites none', async () => {
    const one = await germanFirst;
    const other = await frenchFirst;
    expect((await runImages(other.fr)).code).toBe(0);
    expect((await runImages(other.de)).code).toBe(0);
    expect(contents(other.sizes)).toEqual(contents(one.sizes));

    const times = readdirSync(other.sizes).map((name) => statSync(join(other.sizes, name)).mtimeMs);
    expect((await runImages(other.fr, other.de)).code).toBe(0);
    expect(readdirSync(other.sizes).map((name) => statSync(join(other.sizes, name)).mtimeMs)).toEqual(times);
  }, 60_000);

  it('says once that the versions disagree on a credit, and writes the default language’s', async () => {
    const { sizes, fr, de } = await frenchFirst;
    const { output } = await runImages(fr, de);

    expect(output).toBe(
      `${de}: photos[1].credit: MAEE, but ${fr} photos[1], which shares otan/02.jpg, gives NATO: its files carry NATO\n` +
        `${fr}: 2 of 2 photos\n${de}: 2 of 2 photos\n`,
    );
    expect(await exifr.parse(join(sizes, '02-480.jpg'), { xmp: true })).toMatchObject({ Credit: 'NATO' });
  }, 60_000);
});
