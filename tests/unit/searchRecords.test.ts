import { describe, expect, it } from 'vitest';
import { allowWebAssembly } from '../../scripts/build/search-index.ts';
import { foldedWords, pageForIndex, photoRecords } from '../../scripts/build/search-records.ts';
import type { GalleryEvent } from '../../src/event/schema.ts';

const EVENT: GalleryEvent = {
  id: 'vienne-2023',
  lang: 'fr-LU',
  title: 'Réunion à Vienne',
  date: '2023-03-10',
  endDate: '2023-03-11',
  location: 'Vienne',
  body: ['Jonas Gahr Støre a parlé.'],
  photos: [
    {
      src: 'vienne-2023/01.jpg',
      width: 2000,
      height: 1334,
      credit: 'OSCE',
      people: [{ name: 'Mevlüt Çavuşoğlu', role: 'ministre turc' }, { name: 'N.N.' }, { name: 'Radosław Sikorski' }],
      caption: 'Photo de famille',
      srcSet: [
        { src: 'vienne-2023/sizes/01-960.webp', width: 960, height: 640, type: 'image/webp' },
        { src: 'vienne-2023/sizes/01-480.avif', width: 480, height: 320, type: 'image/avif' },
        { src: 'vienne-2023/sizes/01-480.jpg', width: 480, height: 320, type: 'image/jpeg' },
      ],
    },
    { src: 'vienne-2023/02.jpg', width: 2000, height: 1334, credit: '©MAEE' },
    {
      src: 'https://cdn.example/03.jpg',
      width: 2000,
      height: 1334,
      credit: 'MAEE',
      people: [{ name: 'Jean Asselborn' }],
      thumbnail: { src: 'https://cdn.example/03-thumb.jpg', width: 192, height: 128 },
    },
  ],
};

describe('photoRecords', () => {
  const records = photoRecords(EVENT, '/galleries/events/vienne-2023.json', [1, 2, 4]);

  it('makes one record per captioned photo, at its page, by its number in the file', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/events/vienne-2023/photos/1',
      '/events/vienne-2023/photos/4',
    ]);
  });

  it('holds the names, roles and free caption, in the base language Pagefind files it under', () => {
    expect(records[0]?.content).toBe('Mevlüt Çavuşoğlu, ministre turc; N.N.; Radosław Sikorski. Photo de famille');
    expect(records[0]?.language).toBe('fr');
  });

  it('carries the event, the date and the smallest plain image, resolved under the base', () => {
    expect(records[0]?.meta).toMatchObject({
      title: 'Réunion à Vienne',
      date: '2023-03-10',
      endDate: '2023-03-11',
      photo: '1',
      image: '/galleries/events/vienne-2023/sizes/01-480.jpg',
      imageWidth: '480',
      lang: 'fr-LU',
    });
    expect(records[1]?.meta.image).toBe('https://cdn.example/03-thumb.jpg');
  });

  it('filters by year, named people (not n.n.) and credit', () => {
    expect(records[0]?.filters).toEqual({
      year: ['2023'],
      person: ['Mevlüt Çavuşoğlu', 'Radosław Sikorski'],
      credit: ['©OSCE'],
    });
  });

  it('folds what Pagefind does not: ł, but not ç, ş, ğ, which it folds itself', () => {
    expect(records[0]?.meta.folded).toBe('radoslaw');
  });
});

describe('foldedWords', () => {
  it('spells in ASCII the letters that are no base letter plus a mark', () => {
    expect(foldedWords('Þórdís Støre Yılmaz Straße äußerte Đukić')).toBe('thordis store yilmaz strasse ausserte dukic');
  });

  it('leaves out words Pagefind matches already', () => {
    expect(foldedWords('Çavuşoğlu Ştefănescu Ódor Asselborn')).toBe('');
  });
});

describe('pageForIndex', () => {
  const html = '<html lang="fr-LU"><head><title>x</title></head><body>…</body></html>';

  it('files the page under its base language, with the folded words as a meta field', () => {
    expect(pageForIndex(html, EVENT)).toBe(
      '<html lang="fr"><head><title>x</title><meta data-pagefind-meta="folded[content]" content="store"></head><body>…</body></html>',
    );
  });
});

describe('allowWebAssembly', () => {
  it("adds 'wasm-unsafe-eval' to the page's own policy, and nothing else", () => {
    const page = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'sha256-x'">`;
    expect(allowWebAssembly(page)).toBe(
      `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'sha256-x'; script-src 'self' 'wasm-unsafe-eval'">`,
    );
  });

  it('refuses a page without a policy to add to', () => {
    expect(() => allowWebAssembly('<html></html>')).toThrow(/no Content-Security-Policy meta tag/);
  });
});
