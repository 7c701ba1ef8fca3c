// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import { draftFromPhotos, draftPhoto } from '../../scripts/importer/from-photos.ts';
import { readPhotoMetadata } from '../../scripts/importer/photo-metadata.ts';

const FIXTURES = 'tests/fixtures/photos';
const xmp = (name: string) => readFile(join(FIXTURES, name), 'utf8');

/** An APP13 segment holding IPTC IIM record 2 fields, as older newsroom tools write them (sharp writes none). */
function iptcSegment(fields: [tag: number, text: string][]): Buffer {
  const records = Buffer.concat(
    fields.map(([tag, text]) => {
      const value = Buffer.from(text, 'utf8');
      return Buffer.concat([Buffer.from([0x1c, 2, tag, value.length >> 8, value.length & 255]), value]);
    }),
  );
  const size = Buffer.alloc(4);
  size.writeUInt32BE(records.length);
  const pad = Buffer.alloc(records.length % 2);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\x008BIM\x04\x04\x00\x00', 'latin1'), size, records, pad]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, body]);
}

interface Embedded {
  xmp?: string;
  /** EXIF DateTimeOriginal, `2022:11:29 10:15:00`. */
  taken?: string;
  iptc?: [number, string][];
  format?: 'jpeg' | 'webp' | 'png' | 'avif' | 'tiff';
  width?: number;
}

/** Writes a small photo carrying the metadata a photographer's tool embeds. */
async function writePhoto(file: string, { xmp, taken, iptc, format = 'jpeg', width = 12 }: Embedded) {
  let image = sharp({ create: { width, height: 8, channels: 3, background: '#778899' } })[format]();
  if (xmp) image = image.withXmp(xmp);
  if (taken) image = image.withExif({ IFD2: { DateTimeOriginal: taken } });
  const bytes = await image.toBuffer();
  const withIptc = iptc ? Buffer.concat([bytes.subarray(0, 2), iptcSegment(iptc), bytes.subarray(2)]) : bytes;
  await writeFile(file, withIptc);
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-photos-'));
  onTestFinished(() => rm(dir, { recursive: true }));
  return dir;
}

/** Runs the import command as an editor would. */
function run(script: 'import' | 'validate', args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/cli/${script}.ts`, ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end();
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stdout, stderr })),
  );
}

describe("a photo file's metadata, as an event file takes it", () => {
  it('reads a Lightroom packet: credit, city, day, headline and the caption whose marker gives people and roles', async () => {
    const file = join(await tempDir(), 'a.jpg');
    await writePhoto(file, { xmp: await xmp('group-lightroom.xmp') });
    const metadata = await readPhotoMetadata(file);
    expect(metadata).toMatchObject({ credit: 'MAEE', city: 'Bucarest', day: '2022-11-29' });
    expect(metadata.title).toMatch(/^Jean Asselborn à la réunion/);
    expect(draftPhoto(metadata, 'fr')).toEqual({
      credit: 'MAEE',
      people: [
        { name: 'Jean Asselborn', role: 'ministre des Affaires étrangères et européennes' },
        { name: 'Hadja Lahbib', role: 'ministre des Affaires étrangères de la Belgique' },
      ],
    });
    expect(draftPhoto(metadata, 'en-GB').people?.[1]).toEqual({
      name: 'Hadja Lahbib',
      role: 'Minister of Foreign Affairs of Belgium',
    });
  });

  it('takes the credit from dc:rights without "Copyright ©" and the year, and keeps PersonInImage in its order', async () => {
    const file = join(await tempDir(), 'b.webp');
    await writePhoto(file, { xmp: await xmp('family-photo-mechanic.xmp'), format: 'webp' });
    const metadata = await readPhotoMetadata(file);
    expect(metadata).toMatchObject({ credit: 'NATO', day: '2022-11-30' });
    expect(draftPhoto(metadata, 'fr')).toEqual({
      credit: 'NATO',
      people: [{ name: 'Mevlüt Çavuşoğlu' }, { name: 'Jens Stoltenberg' }, { name: 'Bogdan Aurescu' }],
      caption: 'Photo de famille des ministres & du secrétaire général',
    });
  });

  it('falls back to the IPTC credit, and to the EXIF day the photo was taken', async () => {
    const file = join(await tempDir(), 'c.jpg');
    const packet = await xmp('no-credit.xmp');
    await writePhoto(file, { xmp: packet, taken: '2022:11:28 23:50:00', iptc: [[110, 'Agence Éclair']] });
    expect(await readPhotoMetadata(file)).toMatchObject({ credit: 'Agence Éclair', day: '2022-11-28' });
  });

  it.each(['png', 'avif', 'tiff'] as const)('reads the XMP of a %s file', async (format) => {
    const file = join(await tempDir(), `d.${format}`);
    await writePhoto(file, { xmp: await xmp('group-lightroom.xmp'), format });
    expect(await readPhotoMetadata(file)).toMatchObject({ credit: 'MAEE', city: 'Bucarest' });
  });
});

describe('an event drafted from a folder of photos', () => {
  it('orders the files by name as people count, and spans the days from the earliest to the latest', async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '10.webp'), { xmp: await xmp('family-photo-mechanic.xmp'), format: 'webp' });
    await writePhoto(join(dir, '2.jpg'), { xmp: await xmp('group-lightroom.xmp'), width: 16 });
    const { file, reports } = await draftFromPhotos(dir, { id: 'x', photos: 'x/' });
    expect(reports).toEqual([]);
    expect(file).toMatchObject({ lang: 'fr', date: '2022-11-29', endDate: '2022-11-30', location: 'Bucarest' });
    expect(file?.photos.map(({ src, width, height }) => ({ src, width, height }))).toEqual([
      { src: 'x/2.jpg', width: 16, height: 8 },
      { src: 'x/10.webp', width: 12, height: 8 },
    ]);
  });
});

describe('npm run import on a folder of photos', () => {
  it('writes an event file that validates, with the people of each photo in order', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'x'));
    await writePhoto(join(dir, 'x', '01.jpg'), { xmp: await xmp('group-lightroom.xmp') });
    await writePhoto(join(dir, 'x', '02.jpg'), { xmp: await xmp('family-photo-mechanic.xmp') });
    const out = join(dir, 'x.json');
    const imported = await run('import', [join(dir, 'x'), '--id', 'x', '--out', out]);
    expect(imported).toMatchObject({ code: 0, stderr: `wrote ${out} with 2 photos\n` });
    const event = JSON.parse(await readFile(out, 'utf8'));
    const names = event.photos.map((photo: { people: { name: string }[] }) => photo.people.map((p) => p.name));
    expect(names).toEqual([
      ['Jean Asselborn', 'Hadja Lahbib'],
      ['Mevlüt Çavuşoğlu', 'Jens Stoltenberg', 'Bogdan Aurescu'],
    ]);
    const validated = await run('validate', [out]);
    expect(validated.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(validated.code).toBe(0);
  });

  it('names the photo that has no credit, and writes nothing', async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '01.jpg'), { xmp: await xmp('group-lightroom.xmp') });
    await writePhoto(join(dir, '02.jpg'), { xmp: await xmp('no-credit.xmp') });
    const { code, stdout, stderr } = await run('import', [dir, '--id', 'x', '--title', 'Réunion']);
    expect(stderr).toMatch(/02\.jpg: has no credit \(photoshop:Credit, dc:rights or the IPTC credit\)/);
    expect(stderr).not.toMatch(/01\.jpg/);
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });

  it('asks for --title when no photo holds a headline or a title', async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '01.jpg'), { xmp: await xmp('family-photo-mechanic.xmp') });
    const { code, stderr } = await run('import', [dir, '--id', 'x', '--lang', 'fr']);
    expect(stderr).toMatch(/found no title .*; give it with --title/);
    expect(code).toBe(1);
  });
});

describe('npm run import on a release text with its photos', () => {
  it("keeps the text's captions and reports each difference with the files, by photo number and file", async () => {
    const dir = await tempDir();
    await writePhoto(join(dir, '01.jpg'), { xmp: await xmp('group-lightroom.xmp') });
    await writePhoto(join(dir, '02.jpg'), { xmp: await xmp('family-photo-mechanic.xmp') });
    const release = 'tests/fixtures/releases/nato-bukarest-2022.de.txt';
    const { code, stdout, stderr } = await run('import', [release, '--id', 'x', '--photos-dir', dir]);
    expect(code).toBe(0);
    const event = JSON.parse(stdout);
    expect(event.photos[1]).toMatchObject({ credit: 'NATO', caption: 'Gruppenfoto' });
    expect(event.photos[1].people).toBeUndefined();
    expect(stderr).toContain(
      `${release}:8: warning: photo 2 (02.jpg): the file's caption "Photo de famille des ministres & du secrétaire général" differs from the text's "Gruppenfoto"; kept the text's`,
    );
    expect(stderr).toMatch(
      /:8: warning: photo 2 \(02\.jpg\): the file's people "Mevlüt Çavuşoğlu; Jens Stoltenberg; Bogdan Aurescu" differs from the text's \(none\)/,
    );
    // Photo 1's file names the same people in German's stead: its roles differ, its credit does not.
    expect(stderr).toMatch(
      /:5: warning: photo 1 \(01\.jpg\): the file's people "Jean Asselborn, ministre des Affaires/,
    );
    expect(stderr).not.toMatch(/photo 1 \(01\.jpg\): the file's credit/);
  });
});
