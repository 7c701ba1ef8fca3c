import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Feed } from 'feed';
import type { EventsIndexEntry } from '../../src/event/eventsIndex.ts';
import { paths } from '../../src/event/paths.ts';
import { listingFor } from '../../src/event/versions.ts';
import { inLanguage } from '../../src/site/localized.ts';
import type { SiteConfig } from '../../src/site/schema.ts';
import type { Page, Shown } from './page.ts';
import { atSite, type SiteAddress } from './sitemap.ts';

/** How many events a feed carries, newest first. */
export const FEED_SIZE = 50;

/** A language's feed beside its listing: `/feed.xml` for the default language, `/de/feed.xml`… */
export const feedAddress = (lang: string, defaultLanguage: string) =>
  `${paths.indexIn.build(lang, defaultLanguage)}feed.xml`;

const escapeAttribute = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
/**
 * The feed package marks titles and summaries type="html", which readers render as markup: our
 * texts are plain, so they go in escaped, and a title holding `<script>` or `]]>` stays text.
 */
const asHtml = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/** The head tag that lets a feed reader find a listing's feed; `href` absolute. */
export function feedLinkHtml(title: string, href: string): string {
  return `<link rel="alternate" type="application/atom+xml" title="${escapeAttribute(title)}" href="${escapeAttribute(href)}">`;
}

/** The listing's archive: its languages and every version of every event, newest first. */
export interface FeedArchive {
  languages: readonly string[];
  entries: readonly EventsIndexEntry[];
}

/**
 * The Atom feed of a language's listing: its newest `size` events, each in the version the
 * listing shows. `shown` holds the events the build could read, by id; the others it leaves out.
 */
export function atomFeed(
  lang: string,
  entries: readonly EventsIndexEntry[],
  shown: ReadonlyMap<string, Shown>,
  site: SiteConfig,
  address: SiteAddress,
  size = FEED_SIZE,
): string {
  const events = listingFor(entries, lang, site.defaultLanguage)
    .flatMap(({ id }) => shown.get(id) ?? [])
    .slice(0, size);
  const updatedOf = ({ event }: Shown) => new Date(event.updated ?? event.date);
  const self = atSite(address, feedAddress(lang, site.defaultLanguage));
  const feed = new Feed({
    id: self,
    title: inLanguage(site.name, lang, site) ?? '',
    link: atSite(address, paths.indexIn.build(lang, site.defaultLanguage)),
    feed: self,
    language: lang,
    // The newest change among its entries: the same archive makes the same feed.
    updated: new Date(Math.max(0, ...events.map((item) => updatedOf(item).getTime()))),
    author: { name: inLanguage(site.publisher.name, lang, site), link: site.publisher.url },
    generator: 'event-gallery',
  });
  for (const item of events) {
    const { event, images } = item;
    const link = atSite(address, paths.event.build(event.id));
    const [first] = images;
    feed.addItem({
      title: asHtml(event.title),
      id: link,
      link,
      date: updatedOf(item),
      published: new Date(event.date),
      description: event.lead && asHtml(event.lead),
      ...(first && { image: new URL(first, address.origin).href }),
    });
  }
  // The package types an enclosure by its extension: `.jpg` would be image/jpg, a type no one registered.
  return feed.atom1().replaceAll('type="image/jpg"', 'type="image/jpeg"');
}

/** Writes each listing language's feed; returns the files written. */
export function writeFeeds(
  dist: string,
  pages: readonly Page[],
  archive: FeedArchive,
  site: SiteConfig,
  address: SiteAddress,
): string[] {
  const shown = new Map(
    pages.flatMap((page) =>
      page.shows && page.url === paths.event.build(page.shows.event.id) ? [[page.shows.event.id, page.shows]] : [],
    ),
  );
  return archive.languages.map((lang) => {
    const file = feedAddress(lang, site.defaultLanguage).slice(1);
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), atomFeed(lang, archive.entries, shown, site, address));
    return file;
  });
}
