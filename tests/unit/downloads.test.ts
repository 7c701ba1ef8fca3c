import { describe, expect, it } from 'vitest';
import type { GalleryEvent, Photo } from '../../src/event/schema';
import { downloadsOf, termsOf } from '../../src/gallery/downloads';
import { photoViews } from '../../src/gallery/photos';
import { fr } from '../../src/i18n/fr';

const FILE = 'https://galleries.example/events/otan-bucarest-2022.json';
const press = {
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  usageTerms: { fr: 'Libre de droits pour usage éditorial', en: 'Royalty-free for editorial use' },
};

function view(photo: Partial<Photo>, event: Partial<GalleryEvent> = {}) {
  const full: GalleryEvent = {
    id: 'otan-bucarest-2022',
    lang: 'fr',
    title: 'Réunion',
    date: '2022-11-29',
    body: [],
    photos: [{ src: 'otan-bucarest-2022/03.jpg', width: 2400, height: 1600, credit: 'NATO', ...photo }],
    ...event,
  };
  const [shown] = photoViews(full, FILE, fr);
  if (!shown) throw new Error('no photo');
  return shown;
}

const jpeg = (width: number, bytes?: number) => ({
  src: `otan-bucarest-2022/sizes/03-${width}.jpg`,
  width,
  height: Math.round((width * 2) / 3),
  type: 'image/jpeg' as const,
  bytes,
});

describe('downloadsOf', () => {
  it('offers the 1600 px JPEG and the original, each named with the event, number and credit', () => {
    const downloads = downloadsOf(
      view({
        bytes: 2_400_000,
        srcSet: [jpeg(960), jpeg(1600, 310_000), jpeg(2400), { ...jpeg(1600), type: 'image/webp' }],
      }),
    );
    expect(downloads).toEqual([
      {
        size: 'web',
        src: 'https://galleries.example/events/otan-bucarest-2022/sizes/03-1600.jpg',
        width: 1600,
        height: 1067,
        bytes: 310_000,
        name: 'otan-bucarest-2022-01-NATO-1600.jpg',
      },
      {
        size: 'original',
        src: 'https://galleries.example/events/otan-bucarest-2022/03.jpg',
        width: 2400,
        height: 1600,
        bytes: 2_400_000,
        name: 'otan-bucarest-2022-01-NATO.jpg',
      },
    ]);
  });

  it('takes the largest JPEG under 1600 px, and the narrowest when all are wider', () => {
    expect(downloadsOf(view({ srcSet: [jpeg(480), jpeg(960)] }))[0]).toMatchObject({ size: 'web', width: 960 });
    expect(downloadsOf(view({ width: 4000, srcSet: [jpeg(2400), jpeg(3000)] }))[0]).toMatchObject({ width: 2400 });
  });

  it('offers the original alone when there is no smaller JPEG', () => {
    expect(downloadsOf(view({})).map((d) => d.size)).toEqual(['original']);
    expect(downloadsOf(view({ width: 1600, srcSet: [jpeg(1600)] })).map((d) => d.size)).toEqual(['original']);
  });
});

describe('termsOf', () => {
  it("takes the site's licence and terms in the page's language, else the default language's", () => {
    expect(termsOf(view({}), press, 'fr', 'fr')).toEqual({
      licence: press.licence,
      usageTerms: 'Libre de droits pour usage éditorial',
    });
    expect(termsOf(view({}), press, 'lb', 'fr').usageTerms).toBe('Libre de droits pour usage éditorial');
  });

  it("lets the event's terms override the site's, and the photo's the event's", () => {
    const event = { license: 'https://ministry.example/terms', usageTerms: 'Usage éditorial uniquement' };
    expect(termsOf(view({}, event), press, 'fr', 'fr')).toEqual({
      licence: { url: 'https://ministry.example/terms' },
      usageTerms: 'Usage éditorial uniquement',
    });
    const own = view({ license: 'https://www.nato.int/terms', usageTerms: 'NATO photo' }, event);
    expect(termsOf(own, press, 'fr', 'fr')).toEqual({
      licence: { url: 'https://www.nato.int/terms' },
      usageTerms: 'NATO photo',
    });
  });
});
