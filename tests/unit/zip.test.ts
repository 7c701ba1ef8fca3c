// @vitest-environment node
// Node’s own fetch, streams and Response, as a browser has them; jsdom mixes two stream implementations.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GalleryEvent } from '../../src/event/schema';
import { termsOf } from '../../src/gallery/downloads';
import { type PhotoView, photoViews } from '../../src/gallery/photos';
import { creditsText, PhotoFetchError, totalBytes, zipFiles, zipName, zipStream } from '../../src/gallery/zip';
import { de } from '../../src/i18n/de';
import { downloadAllMessages } from '../../src/i18n/downloadAll';
import { fr } from '../../src/i18n/fr';

const press = {
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  usageTerms: { fr: 'Libre de droits pour usage éditorial', de: 'Lizenzfrei für redaktionelle Nutzung' },
};
const terms = (lang: string) => (photo: PhotoView) => termsOf(photo, press, lang, 'fr');
const jpeg = (name: string, width: number, bytes: number) => ({
  src: `otan-bucarest-2022/${name}`,
  width,
  height: Math.round((width * 2) / 3),
  type: 'image/jpeg' as const,
  bytes,
});

// Real photo files of the demo, served over HTTP, as the browser fetches them.
const PHOTOS = join(import.meta.dirname, '../../public/events/otan-bucarest-2022');
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const name = request.url?.replace(/^\/events\/otan-bucarest-2022\//, '') ?? '';
    const path = join(PHOTOS, name);
    if (!/^(?:sizes\/)?[\w-]+\.jpg$/.test(name) || !existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function event(lang = 'fr'): GalleryEvent {
  return {
    id: 'otan-bucarest-2022',
    lang,
    title: 'Réunion de l’OTAN',
    date: '2022-11-29',
    body: [],
    photos: [
      {
        src: 'otan-bucarest-2022/01.jpg',
        width: 2000,
        height: 1334,
        bytes: 319_026,
        credit: 'MAEE',
        people: [
          { name: 'Jean Asselborn', role: 'ministre' },
          { name: 'Hadja Lahbib', role: 'ministre de la Belgique' },
        ],
        srcSet: [jpeg('sizes/01-960.jpg', 960, 90_000), jpeg('sizes/01-1600.jpg', 1600, 200_000)],
      },
      {
        src: 'otan-bucarest-2022/02.jpg',
        width: 2000,
        height: 1334,
        bytes: 317_154,
        credit: 'NATO',
        caption: 'Photo de famille',
        license: 'https://www.nato.int/terms',
        usageTerms: 'Usage éditorial seulement',
        srcSet: [jpeg('sizes/02-1600.jpg', 1600, 210_000)],
      },
    ],
  };
}

const views = (lang = 'fr') =>
  photoViews(event(lang), `${origin}/events/otan-bucarest-2022.json`, lang === 'de' ? de : fr);

/** The zip's entries as `unzip` lists them, and credits.txt as it reads it: a real reader, not ours. */
async function unzipped(stream: ReadableStream<Uint8Array>) {
  const folder = mkdtempSync(join(tmpdir(), 'zip-test-'));
  try {
    const file = join(folder, 'photos.zip');
    writeFileSync(file, new Uint8Array(await new Response(stream).arrayBuffer()));
    execFileSync('unzip', ['-tq', file]);
    const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    const credits = execFileSync('unzip', ['-p', file, 'credits.txt'], { encoding: 'utf8' });
    const photo = execFileSync('unzip', ['-p', file, names[1] ?? ''], { maxBuffer: 1e8 });
    return { names, credits, photo };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('credits.txt', () => {
  it('names each file with its number, credit, caption as read (prefix included), terms and licence', () => {
    const files = zipFiles(views(), 'web', terms('fr'));
    expect(creditsText('Réunion de l’OTAN', files, downloadAllMessages('fr'))).toBe(
      [
        'Photos de « Réunion de l’OTAN »',
        '',
        '1. otan-bucarest-2022-01-MAEE-1600.jpg',
        'Crédit : ©MAEE',
        'Légende : (de g. à dr.) Jean Asselborn, ministre ; Hadja Lahbib, ministre de la Belgique',
        'Conditions d’utilisation : Libre de droits pour usage éditorial',
        'Licence : CC BY 4.0 – https://creativecommons.org/licenses/by/4.0/',
        '',
        '2. otan-bucarest-2022-02-NATO-1600.jpg',
        'Crédit : ©NATO',
        'Légende : Photo de famille',
        'Conditions d’utilisation : Usage éditorial seulement',
        'Licence : https://www.nato.int/terms',
        '',
      ].join('\n'),
    );
  });

  it('reads in the page’s language, the site’s terms in it too', () => {
    const text = creditsText('Treffen', zipFiles(views('de'), 'original', terms('de')), downloadAllMessages('de'));
    expect(text).toContain('1. otan-bucarest-2022-01-MAEE.jpg\nBildnachweis: ©MAEE\n');
    expect(text).toContain('Bildunterschrift: (v.l.n.r.) Jean Asselborn');
    expect(text).toContain('Nutzungsbedingungen: Lizenzfrei für redaktionelle Nutzung');
  });
});

describe('the zip’s summary and name', () => {
  it('tells the count and weight of each size, and no weight when one file’s is unknown', () => {
    const texts = downloadAllMessages('fr');
    expect(texts.summary(2, totalBytes(views(), 'web'))).toBe('2 photos, 0,4 Mo');
    expect(texts.summary(2, totalBytes(views(), 'original'))).toBe('2 photos, 0,6 Mo');
    const [first, second] = views();
    if (!first || !second) throw new Error('no photos');
    expect(totalBytes([first, { ...second, bytes: undefined }], 'original')).toBeUndefined();
    expect(zipName('otan-bucarest-2022', 'web')).toBe('otan-bucarest-2022-photos-web.zip');
    expect(zipName('otan-bucarest-2022', 'original')).toBe('otan-bucarest-2022-photos.zip');
  });
});

describe('zipStream', () => {
  it('makes a valid zip: credits.txt first, then each photo in order under its download name', async () => {
    const files = zipFiles(views(), 'web', terms('fr'));
    const progress: number[] = [];
    const credits = creditsText('Réunion', files, downloadAllMessages('fr'));
    const stream = zipStream(files, credits, {
      signal: new AbortController().signal,
      onProgress: (done) => progress.push(done),
    });
    const zip = await unzipped(stream);
    expect(zip.names).toEqual([
      'credits.txt',
      'otan-bucarest-2022-01-MAEE-1600.jpg',
      'otan-bucarest-2022-02-NATO-1600.jpg',
    ]);
    expect(zip.credits).toBe(credits);
    expect(zip.photo.equals(readFileSync(join(PHOTOS, 'sizes/01-1600.jpg')))).toBe(true);
    expect(progress).toEqual([1, 2]);
  });

  it('stops at a photo the server does not give, naming its number and address', async () => {
    const [first, second] = zipFiles(views(), 'original', terms('fr'));
    if (!first || !second) throw new Error('no photos');
    const missing = { ...second, src: `${origin}/events/otan-bucarest-2022/missing.jpg` };
    const stream = zipStream([first, missing], '', { signal: new AbortController().signal, onProgress: () => {} });
    const error = await new Response(stream).arrayBuffer().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PhotoFetchError);
    expect(error).toMatchObject({ number: 2, url: missing.src, message: `photo 2 (${missing.src}): HTTP 404` });
  });

  it('ends with the abort’s reason once cancelled', async () => {
    const stop = new AbortController();
    const files = zipFiles(views(), 'original', terms('fr'));
    const stream = zipStream(files, '', { signal: stop.signal, onProgress: () => stop.abort() });
    const error = await new Response(stream).arrayBuffer().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
