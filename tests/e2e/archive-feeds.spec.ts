import { XMLParser } from 'fast-xml-parser';
import { ARCHIVE_SITE_URL, LONG_YEAR } from './support/archiveBuild.ts';
import { listing, newestFirst } from './support/archiveFacts.ts';
import { archiveTest as test } from './support/archiveTest.ts';

const { expect } = test;
/** Where the build says the site is: what every address in the sitemap and the feeds starts with. */
const AT = `${ARCHIVE_SITE_URL}/galleries`;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['url', 'xhtml:link', 'image:image', 'entry', 'link'].includes(name),
});
interface Url {
  loc: string;
  'xhtml:link'?: { hreflang: string; href: string }[];
  'image:image'?: { 'image:loc': string }[];
}
interface Entry {
  id: string;
  updated: string;
  published: string;
  link: { rel?: string; href: string; type?: string }[];
}

/** A page's `hreflang` links as its prerendered HTML carries them. */
function hreflangs(html: string): [string, string][] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
}

test.describe('what the archive tells search engines and feed readers', () => {
  test('robots.txt names the sitemap by its absolute address', async ({ request, archive }) => {
    const robots = await request.get(`${archive.site}/robots.txt`);
    expect(robots.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toBe(`User-agent: *\nAllow: /\nSitemap: ${AT}/sitemap.xml\n`);
  });

  test('the sitemap lists every event, photo and listing page with its versions and photos', async ({
    request,
    archive,
  }) => {
    const response = await request.get(`${archive.site}/sitemap.xml`);
    expect(response.headers()['content-type']).toBe('text/xml; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('no-cache');
    const urls: Url[] = parser.parse(await response.text()).urlset.url;
    const byLoc = new Map(urls.map((url) => [url.loc, url]));
    expect(byLoc.size).toBe(urls.length);
    for (const event of archive.events) {
      const entry = byLoc.get(`${AT}/events/${event.id}`);
      expect(entry?.['image:image'], event.id).toHaveLength(event.photos.length);
      expect(byLoc.has(`${AT}/events/${event.id}/photos/${event.photos.length}`), event.id).toBe(true);
    }
    for (const path of ['/', '/de/', `/years/${LONG_YEAR}/2`, `/de/years/${LONG_YEAR}`, '/people', '/de/people'])
      expect(byLoc.has(`${AT}${path}`), path).toBe(true);
    const notCanonical = urls.filter(({ loc }) => /\/(search|embed|404)\b|\/fr\/$/.test(loc));
    expect(notCanonical).toEqual([]);

    // The same versions as the page's head names, for an event published in several languages.
    const translated = archive.events.find((event) => event.translationKey && event.lang === 'de');
    const page = `${AT}/events/${translated?.id}`;
    const html = await (await request.get(page.replace(AT, archive.site))).text();
    const inHead = hreflangs(html).map(([lang, href]) => [lang, href.replace(/^https?:\/\/[^/]+/, ARCHIVE_SITE_URL)]);
    expect(inHead.length).toBeGreaterThan(2);
    expect(byLoc.get(page)?.['xhtml:link']?.map(({ hreflang, href }) => [hreflang, href])).toEqual(inHead);
  });

  test('each listing language has its Atom feed of its 50 newest events, named by its listings', async ({
    request,
    archive,
  }) => {
    for (const [lang, prefix] of [
      ['fr', ''],
      ['de', '/de'],
    ] as const) {
      const response = await request.get(`${archive.site}${prefix}/feed.xml`);
      expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
      const feed = parser.parse(await response.text()).feed;
      expect(feed.id).toBe(`${AT}${prefix}/feed.xml`);
      const entries: Entry[] = feed.entry;
      expect(entries).toHaveLength(50);
      const listed = listing(archive.events, lang);
      const ids = entries.map((entry) => entry.id.replace(`${AT}/events/`, ''));
      expect(ids.every((id) => listed.some((event) => event.id === id))).toBe(true);
      const lastDay = (id: string) => {
        const event = listed.find((candidate) => candidate.id === id);
        return event?.endDate ?? event?.date ?? '';
      };
      expect(newestFirst(ids.map(lastDay))).toBe(true);
      expect(entries[0]?.link.find(({ rel }) => rel === 'enclosure')?.href).toMatch(new RegExp(`^${AT}/events/`));

      for (const listingPage of [`${prefix}/`, `${prefix}/years/${LONG_YEAR}`]) {
        const html = await (await request.get(`${archive.site}${listingPage}`)).text();
        expect(html, listingPage).toContain(`type="application/atom+xml" title="${feed.title}" href="${feed.id}">`);
      }
    }
  });
});
