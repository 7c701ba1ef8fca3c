// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { draftFromPhotos } from '../../scripts/importer/from-photos.ts';
import { readPhotoMetadata } from '../../scripts/importer/photo-metadata.ts';
import { draftPhoto } from '../../src/importer/photo-draft.ts';
import { writePhoto, xmp } from '../fixtures/photos/writePhoto.ts';

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-photos-'));
  onTestFinished(() => rm(dir, { recursive: true }));
  return dir;
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
