import type { GalleryEvent } from '../event/schema.ts';
import type { PhotoView } from '../gallery/photos.ts';
import type { Messages } from '../i18n/messages.ts';

/** What a page puts in `<head>`: the same for the prerendered HTML and the running app. */
export interface Head {
  title: string;
  description: string;
  lang: string;
  /** Open Graph image: the photo shown, as an address. */
  image?: string;
  /** The site's name in the page's language (site.config.json), for share previews. */
  siteName?: string;
}

export function eventHead(event: GalleryEvent, photo: PhotoView | undefined, siteName?: string): Head {
  return { title: event.title, description: event.lead ?? event.title, lang: event.lang, image: photo?.src, siteName };
}

/** The events index: its title is the site's name. */
export function indexHead(messages: Messages, lang: string, siteName: string): Head {
  return { title: siteName, description: messages.indexDescription, lang, siteName };
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

/** The `<head>` tags for a page, as HTML, for the prerenderer; `origin` is the site's (SITE_URL). */
export function headHtml(head: Head, origin = ''): string {
  const meta = metaTags(head, (address) => withOrigin(address, origin))
    .filter((tag) => tag.content !== undefined)
    .map((tag) => `<meta ${tag.attribute}="${tag.key}" content="${escapeHtml(tag.content ?? '')}">`);
  return [`<title>${escapeHtml(head.title)}</title>`, ...meta].join('\n    ');
}
