import type { GalleryEvent } from '../event/schema.ts';
import type { PhotoView } from '../gallery/photos.ts';
import type { ArchiveMessages } from '../i18n/archive.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Alternate } from './alternates.ts';
import { structuredDataHtml } from './structuredData.ts';

/** What a page puts in `<head>`: the same for the prerendered HTML and the running app. */
export interface Head {
  title: string;
  description: string;
  lang: string;
  /** Open Graph image: the photo shown, as an address. */
  image?: string;
  /** The site's name in the page's language (site.config.json), for share previews. */
  siteName?: string;
  /** The page in every language, itself included: `hreflang` links and the language switch. */
  alternates?: readonly Alternate[];
  /** The address search engines should show for this page, when another says the same (`/fr/` is `/`). */
  canonical?: string;
  /** A listing's neighbouring pages, when it goes on over several. */
  prev?: string;
  next?: string;
  /** JSON-LD for search engines (structuredData.ts), written by the prerenderer only. */
  structuredData?: object;
}

export function eventHead(
  event: GalleryEvent,
  photo: PhotoView | undefined,
  siteName?: string,
  alternates?: readonly Alternate[],
): Head {
  const { title, lead, lang } = event;
  return { title, description: lead ?? title, lang, image: photo?.src, siteName, alternates };
}

/** The events index: its title is the site's name. */
export function indexHead(
  messages: Messages,
  lang: string,
  siteName: string,
  alternates?: readonly Alternate[],
  canonical?: string,
): Head {
  return { title: siteName, description: messages.indexDescription, lang, siteName, alternates, canonical };
}

export function notFoundHead(messages: Messages, lang: string, siteName?: string): Head {
  return { title: messages.notFoundTitle, description: messages.notFoundText, lang, siteName };
}

/** One `<meta>` of a page's head. */
export interface MetaTag {
  attribute: 'name' | 'property';
  key: string;
  content: string | undefined;
}

/**
 * The page's `<meta>` tags besides its title, for both the prerenderer and the app. `absolute`
 * turns the image's address into one a share preview can fetch from anywhere.
 */
export function metaTags(head: Head, absolute: (address: string) => string): MetaTag[] {
  return [
    { attribute: 'name', key: 'description', content: head.description },
    { attribute: 'property', key: 'og:title', content: head.title },
    { attribute: 'property', key: 'og:description', content: head.description },
    { attribute: 'property', key: 'og:type', content: 'article' },
    { attribute: 'property', key: 'og:site_name', content: head.siteName },
    { attribute: 'property', key: 'og:image', content: head.image && absolute(head.image) },
  ];
}

/** An address on the site made absolute with its origin; an address that has its own stays as it is. */
export function withOrigin(address: string, origin: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : origin + address;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A `<link>` of a page's head, its address under the site's base. */
export interface LinkTag {
  rel: 'alternate' | 'canonical' | 'prev' | 'next';
  hreflang?: string;
  href: string;
}

/** The canonical address, the neighbouring pages and `hreflang` alternates, for the prerenderer and the app. */
export function linkTags(head: Head, base: string): LinkTag[] {
  const under = (to: string) => base.replace(/\/$/, '') + to;
  const alternates = (head.alternates ?? []).map(
    ({ hreflang, to }): LinkTag => ({ rel: 'alternate', hreflang, href: under(to) }),
  );
  const own = (rel: 'canonical' | 'prev' | 'next', to: string | undefined): LinkTag[] =>
    to === undefined ? [] : [{ rel, href: under(to) }];
  return [...own('canonical', head.canonical), ...own('prev', head.prev), ...own('next', head.next), ...alternates];
}

/**
 * The `<head>` tags for a page, as HTML, for the prerenderer; `origin` is the site's (SITE_URL),
 * `base` the path it is served under.
 */
export function headHtml(head: Head, origin = '', base = '/'): string {
  const meta = metaTags(head, (address) => withOrigin(address, origin))
    .filter((tag) => tag.content !== undefined)
    .map((tag) => `<meta ${tag.attribute}="${tag.key}" content="${escapeHtml(tag.content ?? '')}">`);
  const links = linkTags(head, base).map(
    ({ rel, hreflang, href }) =>
      `<link rel="${rel}"${hreflang ? ` hreflang="${escapeHtml(hreflang)}"` : ''} href="${escapeHtml(withOrigin(href, origin))}">`,
  );
  const data = head.structuredData ? [structuredDataHtml(head.structuredData)] : [];
  return [`<title>${escapeHtml(head.title)}</title>`, ...meta, ...links, ...data].join('\n    ');
}

/** The search page, in each of the site's languages (scripts/build/prerender.ts writes its shells). */
export function searchHead(
  messages: ArchiveMessages,
  lang: string,
  siteName: string,
  alternates?: readonly Alternate[],
): Head {
  return { title: messages.searchTitle, description: messages.searchDescription, lang, siteName, alternates };
}
