// @vitest-environment node
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/archive/generate.ts';
import { atomFeed, FEED_SIZE, feedAddress, feedLinkHtml } from '../../scripts/build/feed.ts';
import { loadSiteConfig } from '../../scripts/build/site-config.ts';
import { buildEventsIndex } from '../../src/event/eventsIndex.ts';
import { eventFileUrl, resolveUrl } from '../../src/event/urls.ts';
import { listingFor } from '../../src/event/versions.ts';

// jsdom ships no types of its own: only the HTML parsing a feed reader does is needed here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: { fragment(html: string): DocumentFragment } };
const SITE = { origin: 'https://www.example.lu', base: '/galleries/' };
const AT = 'https://www.example.lu/galleries';
const site = { ...loadSiteConfig('site.config.json', {}), defaultLanguage: 'fr' };
const generated = generateArchive({ events: 120, seed: 3 });
// The newest event, edited after it was published: its entry says so, and so the feed's date.
const edited = generated.events.filter(({ lang }) => lang === 'fr').sort((a, b) => b.date.localeCompare(a.date))[0];
if (edited) edited.updated = '2026-01-15';
const { index, events } = buildEventsIndex(
  generated.events.map((event) => ({ name: `${event.id}.json`, text: JSON.stringify(event) })),
);
const shown = new Map(
  events.map(({ event }) => {
    const images = event.photos.map((photo) => resolveUrl(photo.src, eventFileUrl(SITE.base, event.id)));
    return [event.id, { event, images }] as const;
  }),
);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'link'].includes(name),
});
interface Entry {
  id: string;
  title: { '#text': string; type?: string };
  updated: string;
  published: string;
  summary?: { '#text': string };
  link: { rel?: string; href: string; type?: string }[];
}
const feedIn = (lang: string) => parser.parse(atomFeed(lang, index.events, shown, site, SITE)).feed;
const entriesIn = (lang: string): Entry[] => feedIn(lang).entry;

describe('the Atom feed', () => {
  it('has the id, title, updated date, links and author Atom asks of a feed', () => {
    const feed = feedIn('de');
    expect(feed.id).toBe(`${AT}/de/feed.xml`);
    expect(feed.title).toBe(site.name.de);
    expect(feed.updated).toBe('2026-01-15T00:00:00.000Z');
    expect(feed.link).toEqual([
      { rel: 'alternate', href: `${AT}/de/` },
      { rel: 'self', href: `${AT}/de/feed.xml` },
    ]);
    expect(feed.author.name).toBe(site.publisher.name.de ?? site.publisher.name.fr);
  });

  it(`carries the ${FEED_SIZE} newest events of its language's listing, newest first`, () => {
    const listed = listingFor(index.events, 'de', 'fr').slice(0, FEED_SIZE);
    const entries = entriesIn('de');
    expect(entries).toHaveLength(FEED_SIZE);
    expect(entries.map((entry) => entry.id)).toEqual(listed.map(({ id }) => `${AT}/events/${id}`));
    const published = entries.map((entry) => entry.published);
    expect(published).toEqual([...published].sort().reverse());
    expect(listed.some(({ lang }) => lang === 'de')).toBe(true);
  });

  it('gives each entry its title, link, dates, lead and first photo as an enclosure', () => {
    const [first] = events.filter(({ event }) => event.id === edited?.id);
    const entry = entriesIn('fr').find(({ id }) => id === `${AT}/events/${edited?.id}`);
    expect(entry?.title['#text']).toBe(first?.event.title);
    expect(entry?.link[0]).toEqual({ href: `${AT}/events/${edited?.id}` });
    expect(entry?.published).toBe(`${first?.event.date}T00:00:00.000Z`);
    expect(entry?.updated).toBe('2026-01-15T00:00:00.000Z');
    expect(entry?.summary?.['#text']).toBe(first?.event.lead);
    const photo = new URL(shown.get(edited?.id ?? '')?.images[0] ?? '', SITE.origin).href;
    expect(entry?.link[1]).toMatchObject({ rel: 'enclosure', href: photo, type: expect.stringMatching(/^image\//) });
  });

  it('keeps a hostile title and lead as text for a reader that decodes type="html" as HTML', () => {
    const hostile = structuredClone(shown.get(edited?.id ?? ''));
    if (!hostile) throw new Error('no edited event');
    hostile.event.title = 'Visite <script>alert(1)</script> & ]]> fin';
    hostile.event.lead = '<img src=x onerror=alert(1)> Tom & Jerry';
    const feed = parser.parse(atomFeed('fr', index.events, new Map([[hostile.event.id, hostile]]), site, SITE)).feed;
    const [entry] = feed.entry as Entry[];
    // A feed reader shows type="html" content as HTML: what it renders must be the text itself.
    const rendered = (html = '') => JSDOM.fragment(html);
    expect(entry?.title.type).toBe('html');
    expect(rendered(entry?.title['#text']).textContent).toBe(hostile.event.title);
    expect(rendered(entry?.title['#text']).querySelector('script')).toBeNull();
    expect(rendered(entry?.summary?.['#text']).textContent).toBe(hostile.event.lead);
    expect(rendered(entry?.summary?.['#text']).querySelector('img')).toBeNull();
  });

  it('types a JPEG enclosure image/jpeg, its registered name', () => {
    const entry = entriesIn('fr').find((item) => item.link[1]?.href.endsWith('.jpg'));
    expect(entry?.link[1]?.type).toBe('image/jpeg');
  });

  it('lives beside its listing: no prefix for the default language, its tag for the others', () => {
    expect(feedAddress('fr', 'fr')).toBe('/feed.xml');
    expect(feedAddress('de', 'fr')).toBe('/de/feed.xml');
  });

  it('is named in a listing’s head with its title escaped', () => {
    expect(feedLinkHtml('A & "B"', `${AT}/feed.xml`)).toBe(
      `<link rel="alternate" type="application/atom+xml" title="A &amp; &quot;B&quot;" href="${AT}/feed.xml">`,
    );
  });
});
