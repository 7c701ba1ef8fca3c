import { once } from 'node:events';
import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { SitemapAndIndexStream, type SitemapItemLoose, SitemapStream } from 'sitemap';
import type { Page } from './page.ts';

/** What one sitemap file may hold (sitemaps.org): past either, the build writes an index of several. */
export interface SitemapLimits {
  urls: number;
  bytes: number;
}

export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** The file search engines are told of (robots.txt): the sitemap, or the index of the sitemaps. */
export const SITEMAP_FILE = 'sitemap.xml';

/** Where the site is served: SITE_URL (`https://www.example.lu`) and the base path (`/galleries/`). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/** An address under the site's base (`/events/x`) made absolute. */
export const atSite = ({ origin, base }: SiteAddress, to: string) => origin + base.replace(/\/$/, '') + to;

/**
 * The sitemap's entries: every page written but those no search should show and those that name
 * another page canonical (`/fr/` names `/`).
 */
export function sitemapItems(pages: readonly Page[], site: SiteAddress): SitemapItemLoose[] {
  // Photos' addresses are resolved against the event file: they hold the base already.
  const absolute = (address: string) => new URL(address, site.origin).href;
  const under = (to: string) => atSite(site, to);
  return pages
    .filter((page) => !page.unlisted && (page.head.canonical === undefined || page.head.canonical === page.url))
    .map((page) => {
      const address = page.address ?? page.url;
      // Alternates that do not name the page itself are another page's versions (a person's page 2
      // names page 1's): search engines would take the two for one.
      const alternates = page.head.alternates ?? [];
      const own = alternates.some(({ to }) => to === address);
      const links = own ? alternates.map(({ hreflang, to }) => ({ lang: hreflang, url: under(to) })) : [];
      const event = page.shows?.event;
      return {
        url: under(address),
        ...(links.length && { links }),
        ...(event && { lastmod: event.updated ?? event.date }),
        ...(page.shows?.images.length && { img: page.shows.images.map((image) => ({ url: absolute(image) })) }),
      };
    });
}

async function finished(stream: SitemapStream | SitemapAndIndexStream, into: Writable): Promise<void> {
  stream.pipe(into);
  await once(into, 'finish');
}

async function writeItems(stream: SitemapStream | SitemapAndIndexStream, items: readonly SitemapItemLoose[]) {
  for (const item of items) if (!stream.write(item)) await once(stream, 'drain');
  stream.end();
}

/** The files under `dist` made with at most `urls` entries each; their names, the index first. */
async function writeWith(dist: string, items: readonly SitemapItemLoose[], site: SiteAddress, urls: number) {
  const index = createWriteStream(join(dist, SITEMAP_FILE));
  if (items.length <= urls) {
    const stream = new SitemapStream({ lastmodDateOnly: true });
    await Promise.all([finished(stream, index), writeItems(stream, items)]);
    return [SITEMAP_FILE];
  }
  const files: string[] = [SITEMAP_FILE];
  const stream = new SitemapAndIndexStream({
    limit: urls,
    lastmodDateOnly: true,
    getSitemapStream: (i: number): [string, SitemapStream, WriteStream] => {
      const file = `sitemap-${i + 1}.xml`;
      files.push(file);
      const sitemap = new SitemapStream({ lastmodDateOnly: true });
      const out = createWriteStream(join(dist, file));
      sitemap.pipe(out);
      return [atSite(site, `/${file}`), sitemap, out];
    },
  });
  await Promise.all([finished(stream, index), writeItems(stream, items)]);
  return files;
}

/**
 * Writes `sitemap.xml`, or past the limits an index of that name and `sitemap-1.xml`, `-2`…
 * The bytes are known only once written: a file over the limit makes the files smaller.
 * Returns the files written, the index first.
 */
export async function writeSitemaps(
  dist: string,
  items: readonly SitemapItemLoose[],
  site: SiteAddress,
  limits: SitemapLimits = SITEMAP_LIMITS,
): Promise<string[]> {
  for (let urls = limits.urls; ; urls = Math.ceil(urls / 2)) {
    const files = await writeWith(dist, items, site, urls);
    const sitemaps = files.length > 1 ? files.slice(1) : files;
    if (urls === 1 || sitemaps.every((file) => statSync(join(dist, file)).size <= limits.bytes)) return files;
  }
}
