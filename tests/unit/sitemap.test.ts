// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from '../../scripts/build/page.ts';
import { robotsTxt } from '../../scripts/build/robots.ts';
import { sitemapItems, writeSitemaps } from '../../scripts/build/sitemap.ts';
import type { GalleryEvent } from '../../src/event/schema.ts';
import { eventAlternates, listingAlternates, peopleAlternates } from '../../src/routes/alternates.ts';
import type { Head } from '../../src/routes/head.ts';

const SITE = { origin: 'https://www.example.lu', base: '/galleries/' };
const AT = 'https://www.example.lu/galleries';
const fr: GalleryEvent = JSON.parse(readFileSync('public/events/otan-bucarest-2022.json', 'utf8'));
const de: GalleryEvent = { ...fr, id: 'nato-de', lang: 'de', updated: '2022-12-05' };
const versions = [
  { id: fr.id, lang: 'fr', photoCount: 2 },
  { id: de.id, lang: 'de', photoCount: 2 },
];
const listings = listingAlternates(['fr', 'de'], 'fr');
const head = (lang: string, more: Partial<Head> = {}): Head => ({ title: 't', description: 'd', lang, ...more });
const photos = ['/galleries/events/otan-bucarest-2022/01.jpg', '/galleries/events/otan-bucarest-2022/02.jpg'];

/** The pages as the prerender lists them, one of each kind. */
const pages: Page[] = [
  { url: '/', file: 'index.html', head: head('fr', { alternates: listings }) },
  { url: '/404', file: '404.html', head: head('fr'), unlisted: true },
  { url: '/fr', file: 'fr/index.html', head: head('fr', { alternates: listings, canonical: '/' }) },
  { url: '/de', address: '/de/', file: 'de/index.html', head: head('de', { alternates: listings }) },
  {
    url: '/de/people/jean-asselborn/2',
    file: 'de/people/jean-asselborn/2/index.html',
    head: head('de', { alternates: peopleAlternates(['fr', 'de'], 'fr', 'jean-asselborn') }),
  },
  {
    url: `/events/${fr.id}`,
    file: `events/${fr.id}/index.html`,
    head: head('fr', { alternates: eventAlternates(versions, { number: 1, inLightbox: false }, 'fr') }),
    shows: { event: fr, images: photos },
  },
  { url: `/embed/${fr.id}`, file: `embed/${fr.id}/index.html`, head: head('fr'), unlisted: true },
  {
    url: `/events/${de.id}/photos/2`,
    file: `events/${de.id}/photos/2/index.html`,
    head: head('de', { alternates: eventAlternates(versions, { number: 2, inLightbox: true }, 'fr') }),
    shows: { event: de, images: [photos[1] ?? ''] },
  },
  { url: '/search', file: 'search/index.html', head: head('fr'), unlisted: true, webAssembly: true },
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'image:image'].includes(name),
});
interface Url {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { rel: string; hreflang: string; href: string }[];
  'image:image'?: { 'image:loc': string }[];
}
let dist = '';
const read = (file: string) => parser.parse(readFileSync(join(dist, file), 'utf8'));
const urlsIn = (file: string): Url[] => read(file).urlset.url;
const written = async (limits?: { urls: number; bytes: number }) => {
  dist = mkdtempSync(join(tmpdir(), 'sitemap-'));
  return writeSitemaps(dist, sitemapItems(pages, SITE), SITE, limits);
};
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('sitemap.xml', () => {
  it('lists each canonical page once, at the address its alternates give it, and no 404, embed or search', async () => {
    expect(await written()).toEqual(['sitemap.xml']);
    expect(urlsIn('sitemap.xml').map((url) => url.loc)).toEqual([
      `${AT}/`,
      `${AT}/de/`,
      `${AT}/de/people/jean-asselborn/2`,
      `${AT}/events/otan-bucarest-2022`,
      `${AT}/events/nato-de/photos/2`,
    ]);
  });

  it('gives each page its versions as hreflang links, x-default included', async () => {
    await written();
    const [, german, laterPage, event] = urlsIn('sitemap.xml');
    const links = (url?: Url) => url?.['xhtml:link']?.map(({ rel, hreflang, href }) => [rel, hreflang, href]);
    expect(links(german)).toEqual([
      ['alternate', 'fr', `${AT}/`],
      ['alternate', 'de', `${AT}/de/`],
      ['alternate', 'x-default', `${AT}/`],
    ]);
    // Its alternates are page 1's: listed with them, it would pass for page 1.
    expect(links(laterPage)).toBeUndefined();
    expect(links(event)).toEqual([
      ['alternate', 'fr', `${AT}/events/otan-bucarest-2022`],
      ['alternate', 'de', `${AT}/events/nato-de`],
      ['alternate', 'x-default', `${AT}/events/otan-bucarest-2022`],
    ]);
  });

  it('dates an event’s pages by its update, else its date, and names their photos by absolute address', async () => {
    await written();
    const [front, , , event, photo] = urlsIn('sitemap.xml');
    expect(front?.lastmod).toBeUndefined();
    expect(event?.lastmod).toBe(fr.date);
    expect(photo?.lastmod).toBe('2022-12-05');
    expect(event?.['image:image']?.map((image) => image['image:loc'])).toEqual([
      'https://www.example.lu/galleries/events/otan-bucarest-2022/01.jpg',
      'https://www.example.lu/galleries/events/otan-bucarest-2022/02.jpg',
    ]);
    expect(photo?.['image:image']?.map((image) => image['image:loc'])).toEqual([
      'https://www.example.lu/galleries/events/otan-bucarest-2022/02.jpg',
    ]);
  });

  it('becomes an index of numbered sitemaps past the limit of URLs, each page in one of them', async () => {
    const files = await written({ urls: 3, bytes: 50 * 1024 * 1024 });
    expect(files).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    const index = read('sitemap.xml').sitemapindex.sitemap.map(({ loc }: { loc: string }) => loc);
    expect(index).toEqual([`${AT}/sitemap-1.xml`, `${AT}/sitemap-2.xml`]);
    expect(urlsIn('sitemap-1.xml')).toHaveLength(3);
    expect([...urlsIn('sitemap-1.xml'), ...urlsIn('sitemap-2.xml')].map((url) => url.loc)).toHaveLength(5);
    expect(readdirSync(dist).sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
  });

  it('becomes an index past the limit of bytes, however few its URLs', async () => {
    const files = await written({ urls: 50_000, bytes: 2_000 });
    expect(files.length).toBeGreaterThan(2);
    for (const file of files.slice(1)) expect(readFileSync(join(dist, file)).length).toBeLessThanOrEqual(2_000);
    const locs = files.slice(1).flatMap((file) => urlsIn(file).map((url) => url.loc));
    expect(locs).toEqual(sitemapItems(pages, SITE).map((item) => item.url));
  });
});

describe('robots.txt', () => {
  it('lets every crawler in and names the sitemap by its absolute address', () => {
    expect(robotsTxt(SITE)).toBe(`User-agent: *\nAllow: /\nSitemap: ${AT}/sitemap.xml\n`);
  });

  it('names no sitemap when the build has no SITE_URL', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
