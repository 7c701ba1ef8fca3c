import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DisplayEvent } from '../../src/event/forDisplay.ts';
import { paths } from '../../src/event/paths.ts';
import { personSlug } from '../../src/event/slug.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { archivePages, readArchive } from './archive-pages.ts';
import { feedAddress, feedLinkHtml } from './feed.ts';
import { inlineStylesheet } from './inline-stylesheet.ts';
import { type Page, page } from './page.ts';
import { preloadFirstPhoto } from './preload-photo.ts';
import { allowWebAssembly } from './search-index.ts';

type ServerEntry = typeof import('../../src/app/entry-server.tsx');

/**
 * A page carries the data of this many photos at most: enough for what it first shows (photo 1,
 * its neighbours, the thumbnail strip), so a 2,000-photo event's page stays small; the app fetches
 * the file for the rest.
 */
const PAGE_PHOTOS = 24;

function firstPhotos({ event, numbers, total, dropped }: DisplayEvent): DisplayEvent {
  if (event.photos.length <= PAGE_PHOTOS) return { event, numbers, total, dropped };
  const photos = event.photos.slice(0, PAGE_PHOTOS);
  return { event: { ...event, photos }, numbers: numbers.slice(0, PAGE_PHOTOS), total, dropped, partial: true };
}

/** What goes into the built index.html to make one page; each value is HTML, ready to insert. */
export interface PageParts {
  lang: string;
  /** Head tags of the page (title, description, share previews). */
  head: string;
  /** A `<link rel="preload">` for the first photo, or ''. */
  preload: string;
  /** The prerendered app, inside the root element. */
  app: string;
  /** The script element holding the app's data, after the root element, or ''. */
  data: string;
}

/**
 * The built index.html with one page's parts in it. Replacer functions throughout: a replacement
 * string would read `$&` or `$'` in an event's text as patterns.
 */
export function fillTemplate(template: string, parts: PageParts): string {
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${parts.lang}"`)
    .replace('<script type="module"', (module) => (parts.preload ? `${parts.preload}\n    ${module}` : module))
    .replace('</head>', () => `  ${parts.head}\n  </head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${parts.app}</div>${parts.data}`);
}

async function writePage(dist: string, template: string, entry: ServerEntry, page: Page, origin: string, base: string) {
  const rendered = page.data ? await entry.render(page.url, page.head.lang, page.data) : undefined;
  const app = rendered?.html ?? '';
  const script = page.data
    ? `<script type="application/json" id="${entry.PAGE_DATA_ID}">${entry.serializePageData({ ...page.data, formatted: rendered?.formatted })}</script>`
    : '';
  const feed =
    page.feed && feedLinkHtml(page.head.siteName ?? page.head.title, origin + base.replace(/\/$/, '') + page.feed);
  const html = fillTemplate(page.webAssembly ? allowWebAssembly(template) : template, {
    lang: page.head.lang,
    head: [entry.headHtml(page.head, origin, base), ...(feed ? [feed] : [])].join('\n    '),
    preload: preloadFirstPhoto(app),
    app,
    data: script,
  });
  const path = join(dist, page.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
}

/** An event file as the browser reads it; the events index has read it so already, or left it out. */
function readEvent(dist: string, id: string): string {
  const decoded = decodeUtf8(readFileSync(join(dist, 'events', `${id}.json`)));
  if (!decoded.ok) throw new Error(`events/${id}.json: ${decoded.message}`);
  return decoded.text;
}

/** Every page a visitor can land on, so each address works on a server without rewrite rules. */
function pages(dist: string, base: string, entry: ServerEntry, origin: string, licence?: string): Page[] {
  const under = (path: string) => base.replace(/\/$/, '') + path;
  const structured = { absolute: (address: string) => entry.withOrigin(address, origin), licence };
  const archive = readArchive(dist);
  const { front } = archive;
  const { site } = entry;
  const siteLanguage = site.defaultLanguage;
  const messages = entry.messagesFor(siteLanguage);
  // As the app picks it: in the interface language the page's language tag falls back to.
  const nameIn = (tag: string) => site.name[entry.uiLanguage(tag)] ?? site.name[siteLanguage] ?? '';
  const { languages } = front;
  const alternates = entry.listingAlternates(languages, siteLanguage);
  const list: Page[] = [
    {
      url: paths.index.build(),
      file: 'index.html',
      head: entry.indexHead(messages, siteLanguage, nameIn(siteLanguage), alternates),
      data: { url: paths.index.build(), front, alternates },
    },
    {
      url: '/404',
      file: '404.html',
      head: entry.notFoundHead(messages, siteLanguage, nameIn(siteLanguage)),
      data: { url: '/404' },
      unlisted: true,
    },
  ];
  // Every language's listing under its prefix, the default language's too, which names `/` canonical.
  for (const lang of languages) {
    const url = `/${lang}`;
    const canonical = lang === siteLanguage ? paths.index.build() : undefined;
    const head = entry.indexHead(entry.messagesFor(lang), lang, nameIn(lang), alternates, canonical);
    list.push({ ...page(url, head, { url, front, alternates }), address: paths.indexIn.build(lang, siteLanguage) });
    // A server answers a wrong address under the prefix with this page (deploy/nginx.conf does).
    const missing = `/${lang}/404`;
    const notFound = entry.notFoundHead(entry.messagesFor(lang), lang, nameIn(lang));
    list.push({ url: missing, file: `${lang}/404.html`, head: notFound, data: { url: missing }, unlisted: true });
  }
  const statements = entry.statementAlternates(site.languages, siteLanguage);
  for (const lang of site.languages) {
    const url = paths.accessibilityIn.build(lang, siteLanguage);
    const head = entry.accessibilityHead(entry.messagesFor(lang), lang, nameIn(lang), statements);
    list.push(page(url, head, { url, alternates: statements }));
  }
  list.push(...archivePages(entry, archive, nameIn));
  // The search in each language the site speaks, with no query: its frame, title and field are
  // there at the first paint, and the app fills in what a query finds (src/routes/SearchPage.tsx).
  const searches = entry.searchAlternates(site.languages, siteLanguage);
  for (const lang of site.languages) {
    const head = entry.searchHead(entry.archiveMessages(lang), lang, nameIn(lang), searches);
    const url = paths.search.build(lang, siteLanguage);
    list.push({ ...page(url, head, { url, alternates: searches }), webAssembly: true, unlisted: true });
  }
  for (const { id } of archive.entries) {
    const fileUrl = entry.eventFileUrl(base, id);
    const result = entry.parseEvent(fileUrl, readEvent(dist, id), id);
    if (!result.ok) continue;
    const photos = entry.photoViews(result.event, fileUrl, entry.messagesFor(result.event.lang));
    const eventUrl = paths.event.build(id);
    const siteName = nameIn(result.event.lang);
    const versions = entry.versionsOf(archive.entries, id, site.languages);
    const at = (number: number, inLightbox: boolean) =>
      entry.eventAlternates(versions, { number, inLightbox }, siteLanguage);
    const pageOf = (number: number) => under(paths.photo.build(id, number));
    const head = {
      ...entry.eventHead(result.event, photos[0], siteName, at(1, false)),
      // The photos the page carries: each photo's own page describes it too, however many there are.
      structuredData: entry.eventStructuredData(result.event, photos.slice(0, PAGE_PHOTOS), pageOf, structured),
    };
    // Every name of the event, the photos the app fetches later included: the page links them all.
    const slugs = Object.fromEntries(
      result.event.photos
        .flatMap((photo) => photo.people ?? [])
        .flatMap(({ name }) => {
          const slug = personSlug(name);
          return slug ? [[name, slug]] : [];
        }),
    );
    const data = { url: eventUrl, event: firstPhotos(result), versions, alternates: at(1, false), slugs };
    list.push({ ...page(eventUrl, head, data), shows: { event: result.event, images: photos.map(({ src }) => src) } });
    const embedHead = { ...head, alternates: undefined, structuredData: undefined };
    list.push({ ...page(paths.embed.build(id), embedHead), unlisted: true });
    for (const photo of photos) {
      const photoHead = {
        ...entry.eventHead(result.event, photo, siteName, at(photo.number, true)),
        structuredData: entry.photoStructuredData(result.event, photo, pageOf(photo.number), structured),
      };
      const shows = { event: result.event, images: [photo.src] };
      list.push({ ...page(paths.photo.build(id, photo.number), photoHead), shows });
    }
  }
  // Only a build with SITE_URL writes feeds (their addresses must be absolute): only its pages name one.
  const feedOf = (listing: Page) =>
    origin && (listing.data?.front || listing.data?.year) ? feedAddress(listing.head.lang, siteLanguage) : undefined;
  return list.map((listing) => ({ ...listing, feed: feedOf(listing) }));
}

/**
 * Writes prerendered HTML for the index, each event and the 404 page, and a light shell with the
 * right head tags for each photo's address (share previews show that photo). Returns the pages
 * written, for the sitemap and the feeds.
 */
export async function prerender(dist: string, serverEntry: string, base: string, origin = '', licence?: string) {
  const entry: ServerEntry = await import(pathToFileURL(serverEntry).href);
  const template = inlineStylesheet(readFileSync(join(dist, 'index.html'), 'utf8'), dist, base);
  const list = pages(dist, base, entry, origin, licence);
  for (const page of list) await writePage(dist, template, entry, page, origin, base);
  return list;
}
