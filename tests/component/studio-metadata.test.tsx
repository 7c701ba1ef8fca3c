import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { emptyDraft } from '../../src/studio/draft';
import { addReadPhotos, readMetadata } from '../../src/studio/photoMetadata';
import { blankPhoto } from '../../src/studio/readPhoto';
import { type Embedded, writePhoto, xmp } from '../fixtures/photos/writePhoto';

/** A photo file as the editor picks it in the browser, written with the metadata a photographer's tool embeds. */
async function pickedPhoto(name: string, embedded: Embedded): Promise<File> {
  const dir = await mkdtemp(join(tmpdir(), 'studio-metadata-'));
  onTestFinished(() => rm(dir, { recursive: true }));
  await writePhoto(join(dir, name), embedded);
  const type = `image/${embedded.format ?? 'jpeg'}`;
  return new File([new Uint8Array(await readFile(join(dir, name)))], name, { type });
}

async function added(files: File[], fields: Partial<ReturnType<typeof emptyDraft>['fields']> = {}) {
  const read = await Promise.all(
    files.map(async (file) => ({ photo: blankPhoto(file, 12, 8), metadata: await readMetadata(file) })),
  );
  const draft = emptyDraft('fr');
  return addReadPhotos({ ...draft, fields: { ...draft.fields, ...fields } }, read);
}

describe('photos added to the studio, read as npm run import -- <folder> reads them', () => {
  it('fills credits, people with roles from a marked caption, people shown, captions, and the event’s days and city', async () => {
    const files = [
      await pickedPhoto('b.jpg', { xmp: await xmp('family-photo-mechanic.xmp') }),
      await pickedPhoto('a.jpg', { xmp: await xmp('group-lightroom.xmp') }),
      await pickedPhoto('c.jpg', { xmp: await xmp('no-credit.xmp') }),
    ];
    const draft = await added(files);
    expect(
      draft.photos.map(({ fileName, credit, people, caption }) => ({ fileName, credit, people, caption })),
    ).toEqual([
      {
        fileName: 'a.jpg',
        credit: 'MAEE',
        people: [
          { name: 'Jean Asselborn', role: 'ministre des Affaires étrangères et européennes' },
          { name: 'Hadja Lahbib', role: 'ministre des Affaires étrangères de la Belgique' },
        ],
        caption: '',
      },
      {
        fileName: 'b.jpg',
        credit: 'NATO',
        people: [
          { name: 'Mevlüt Çavuşoğlu', role: '' },
          { name: 'Jens Stoltenberg', role: '' },
          { name: 'Bogdan Aurescu', role: '' },
        ],
        // exifr leaves `&amp;` as written; the shared mapping decodes it.
        caption: 'Photo de famille des ministres & du secrétaire général',
      },
      { fileName: 'c.jpg', credit: '', people: [], caption: 'Arrivée des délégations' },
    ]);
    expect(draft.fields).toMatchObject({ date: '2022-11-29', endDate: '2022-11-30', location: 'Bucarest' });
  });

  it('leaves a date and place the editor typed, and the photos’ last day with a typed date', async () => {
    const files = [
      await pickedPhoto('a.jpg', { xmp: await xmp('group-lightroom.xmp') }),
      await pickedPhoto('b.jpg', { xmp: await xmp('family-photo-mechanic.xmp') }),
    ];
    const draft = await added(files, { date: '2022-12-01', location: 'Luxembourg' });
    expect(draft.fields).toMatchObject({ date: '2022-12-01', endDate: '', location: 'Luxembourg' });
  });

  it('reads the credit of an IPTC block, as older newsroom tools write it, in UTF-8', async () => {
    const draft = await added([await pickedPhoto('a.jpg', { iptc: [[110, 'Ministère d’État']] })]);
    expect(draft.photos[0]?.credit).toBe('Ministère d’État');
  });

  it('keeps a WebP’s fields empty, with no error: exifr 7.1.3 reads no WebP', async () => {
    const webp = await pickedPhoto('a.webp', { xmp: await xmp('group-lightroom.xmp'), format: 'webp' });
    expect(await readMetadata(webp)).toBeUndefined();
    const draft = await added([webp]);
    expect(draft.photos[0]).toMatchObject({ credit: '', people: [], caption: '' });
    expect(draft.fields).toMatchObject({ date: '', location: '' });
  });
});
