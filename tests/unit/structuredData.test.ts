import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../src/event/parseEvent';
import type { GalleryEvent } from '../../src/event/schema';
import { photoViews } from '../../src/gallery/photos';
import { messagesFor } from '../../src/i18n/messages';
import { headHtml, withOrigin } from '../../src/routes/head';
import { eventStructuredData, photoStructuredData } from '../../src/routes/structuredData';

const ORIGIN = 'https://www.example.lu';
const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
const FILE = '/galleries/events/otan-bucarest-2022.json';
const site = { absolute: (address: string) => withOrigin(address, ORIGIN), licence: LICENCE };
const pageOf = (n: number) => `/galleries/events/otan-bucarest-2022/photos/${n}`;

function demo(change: (event: GalleryEvent) => void = () => {}) {
  const text = readFileSync('public/events/otan-bucarest-2022.json', 'utf8');
  const result = parseEvent(FILE, text, 'otan-bucarest-2022');
  if (!result.ok) throw new Error('the demo event does not parse');
  change(result.event);
  return { event: result.event, photos: photoViews(result.event, FILE, messagesFor('fr')) };
}

/** The JSON-LD of a head, read back as a search engine reads the page. */
function dataIn(html: string): unknown {
  const document = new DOMParser().parseFromString(`<!doctype html><head>${html}</head>`, 'text/html');
  const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.textContent ?? '');
}

describe('an event page’s structured data', () => {
  const { event, photos } = demo();
  const gallery = JSON.parse(JSON.stringify(eventStructuredData(event, photos, pageOf, site))) as Record<
    string,
    unknown
  >;
  const images = gallery.image as Record<string, unknown>[];

  it('is an ImageGallery named, described, dated and placed as the release', () => {
    expect(gallery).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ImageGallery',
      name: event.title,
      description: event.lead,
      inLanguage: 'fr',
      temporalCoverage: '2022-11-29/2022-11-30',
      contentLocation: { '@type': 'Place', name: 'Bucarest' },
    });
    expect(images).toHaveLength(14);
  });

  it('gives each photo absolute addresses, its caption, credit, licence and the people left to right', () => {
    expect(images[2]).toMatchObject({
      '@type': 'ImageObject',
      contentUrl: `${ORIGIN}/galleries/events/otan-bucarest-2022/03.jpg`,
      url: `${ORIGIN}${pageOf(3)}`,
      caption:
        "(de g. à dr.) Jean Asselborn, ministre des Affaires étrangères et européennes ; Jens Stoltenberg, secrétaire général de l'OTAN",
      creditText: '©NATO',
      copyrightNotice: '©NATO',
      license: LICENCE,
      acquireLicensePage: LICENCE,
      about: [
        { '@type': 'Person', name: 'Jean Asselborn', jobTitle: 'ministre des Affaires étrangères et européennes' },
        { '@type': 'Person', name: 'Jens Stoltenberg', jobTitle: "secrétaire général de l'OTAN" },
      ],
    });
    expect(String(images[2]?.thumbnailUrl)).toMatch(/^https:\/\/www\.example\.lu\/galleries\//);
  });

  it('meets Google’s image metadata rule: contentUrl, and a creator, credit, copyright notice or licence', () => {
    for (const image of images) {
      expect(String(image.contentUrl)).toMatch(/^https:\/\//);
      expect(['creator', 'creditText', 'copyrightNotice', 'license'].some((key) => image[key])).toBe(true);
    }
  });

  it('names no licence the site has not set', () => {
    const bare = eventStructuredData(event, photos, pageOf, { absolute: site.absolute });
    expect(JSON.stringify(bare)).not.toContain('license');
  });
});

describe('a licence of the event’s or the photo’s own', () => {
  it('wins over the site’s, the photo’s over the event’s', () => {
    const { event, photos } = demo((e) => {
      e.license = 'https://ministry.example/terms';
      if (e.photos[2]) e.photos[2].license = 'https://www.nato.int/terms';
    });
    const images = eventStructuredData(event, photos, pageOf, site).image as unknown as Record<string, unknown>[];
    expect(images[0]).toMatchObject({
      license: 'https://ministry.example/terms',
      acquireLicensePage: 'https://ministry.example/terms',
    });
    expect(images[2]).toMatchObject({ license: 'https://www.nato.int/terms' });
  });
});

describe('a photo page’s structured data', () => {
  it('is that photo alone', () => {
    const { event, photos } = demo();
    const [, , third] = photos;
    if (!third) throw new Error('the demo has no photo 3');
    expect(photoStructuredData(event, third, pageOf(3), site)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ImageObject',
      url: `${ORIGIN}${pageOf(3)}`,
      creditText: '©NATO',
    });
  });
});

describe('the data block in the head', () => {
  it('keeps a hostile title as text: no script element closes early, and the JSON reads back whole', () => {
    const hostile = '</script><script>alert(1)</script> <!-- & "quoted"';
    const { event, photos } = demo((e) => Object.assign(e, { title: hostile }));
    const structuredData = eventStructuredData(event, photos, pageOf, site);
    const html = headHtml({ title: 'x', description: 'y', lang: 'fr', structuredData }, ORIGIN);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect((dataIn(html) as { name: string }).name).toBe(hostile);
  });
});
