import type { GalleryEvent } from '../event/schema.ts';
import type { PhotoView } from '../gallery/photos.ts';

/** What a page puts in `<head>`: the same for the prerendered HTML and the running app. */
export interface Head {
  title: string;
  description: string;
  lang: string;
  /** Open Graph image: the photo shown, as an address. */
  image?: string;
}

export function eventHead(event: GalleryEvent, photo: PhotoView | undefined): Head {
  return {
    title: event.title,
    description: event.lead ?? event.title,
    lang: event.lang,
    image: photo?.src,
  };
}

/** The `<head>` tags for a page, as HTML, for the prerenderer. */
export function headHtml(head: Head, origin = ''): string {
  const escapeHtml = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:type" content="article">`,
  ];
  if (head.image) tags.push(`<meta property="og:image" content="${escapeHtml(origin + head.image)}">`);
  return tags.join('\n    ');
}
