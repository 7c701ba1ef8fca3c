import { validateEvent } from '../../../src/event/schema.ts';
import { SLIDE_SIZES } from '../../../src/gallery/Picture.tsx';
import { captionText, photoViews } from '../../../src/gallery/photos.ts';
import { fr } from '../../../src/i18n/fr.ts';

/** One photo as every peer page gets it: the same files and sizes our carousel offers the browser. */
export interface PeerPhoto {
  /** The original, as a fallback `src`: a browser that reads `srcSet` never fetches it. */
  src: string;
  /** Our first (most efficient) encoding's entries, so the browser picks the very file ours does. */
  srcSet: string;
  /** The same entries as a list, for the peers that take them so (YARL). */
  entries: { src: string; width: number; height: number }[];
  sizes: string;
  width: number;
  height: number;
  /** The largest entry of that encoding, for a lightbox. */
  large: { src: string; width: number; height: number };
  alt: string;
  /** People left to right and the credit, as our caption reads. */
  caption: string;
}

/** What a peer page shows: the event's title, article and photos, nothing of our app. */
export interface PeerContent {
  lang: string;
  title: string;
  paragraphs: string[];
  photos: PeerPhoto[];
}

/** Builds a peer page's content from an event file as found at `fileUrl` on the bench server. */
export function peerContent(data: unknown, fileUrl: string): PeerContent {
  const result = validateEvent(data);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`${fileUrl}: not a valid event (${first?.path ?? ''}: ${first?.message ?? 'unknown problem'})`);
  }
  const { event } = result;
  const photos = photoViews(event, fileUrl, fr).map((view): PeerPhoto => {
    const best = view.sources[0];
    const largest = best?.entries.reduce((a, b) => (b.width > a.width ? b : a));
    return {
      src: view.src,
      srcSet: best?.srcSet ?? '',
      entries: [...(best?.entries ?? [])],
      sizes: SLIDE_SIZES,
      width: view.width,
      height: view.height,
      large: largest ?? { src: view.src, width: view.width, height: view.height },
      alt: view.alt,
      caption: [captionText(view.caption), view.credit].filter(Boolean).join(' '),
    };
  });
  return {
    lang: event.lang,
    title: event.title,
    paragraphs: [event.lead, ...event.body].filter((text): text is string => Boolean(text)),
    photos,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The article as static HTML, for the peer that is plain HTML enhanced by script (PhotoSwipe). */
export function articleHtml(content: PeerContent, afterTitle = ''): string {
  return [
    `<h1>${escapeHtml(content.title)}</h1>`,
    afterTitle,
    ...content.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
  ].join('\n');
}

/** A grid cell on a phone: a third of the width, so the 480-px files of the same srcset. */
export const THUMBNAIL_SIZES = '(min-width: 1024px) 240px, 33vw';

/** The grid: the first photo across the width, at our carousel's size, the others three a row. */
export const PHOTOSWIPE_STYLE =
  '.pswp-gallery{display:grid;grid-template-columns:repeat(3,1fr);gap:4px}' +
  '.pswp-gallery__item:first-child{grid-column:1/-1}.pswp-gallery img{display:block;width:100%;height:auto}' +
  '.pswp-caption-content{display:none}';

/** PhotoSwipe's documented markup: a link to the large file around each thumbnail, its caption beside. */
export function photoSwipeGridHtml(content: PeerContent): string {
  const items = content.photos.map((photo, index) => {
    const attribute = (name: string, value: string | number) => ` ${name}="${escapeHtml(String(value))}"`;
    const sizes = index === 0 ? photo.sizes : THUMBNAIL_SIZES;
    const image =
      `<img${attribute('src', photo.src)}${attribute('srcset', photo.srcSet)}${attribute('sizes', sizes)}` +
      `${attribute('width', photo.width)}${attribute('height', photo.height)}${attribute('alt', photo.alt)}` +
      (index === 0 ? ' fetchpriority="high"' : ' loading="lazy"') +
      '>';
    return (
      `<a class="pswp-gallery__item"${attribute('href', photo.large.src)}` +
      `${attribute('data-pswp-width', photo.large.width)}${attribute('data-pswp-height', photo.large.height)}>` +
      `${image}<span class="pswp-caption-content">${escapeHtml(photo.caption)}</span></a>`
    );
  });
  return `<div id="gallery" class="pswp-gallery">\n${items.join('\n')}\n</div>`;
}

/** The page's data for the client-rendered peers, safe inside a script element. */
export function dataScript(content: PeerContent): string {
  const json = JSON.stringify(content).replace(/</g, '\\u003c');
  return `<script type="application/json" id="peer-data">${json}</script>`;
}

/** A peer's index.html: `body` is its static markup, `entry` the module Vite builds from. */
export function peerPageHtml(content: PeerContent, body: string, entry: string, style = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(content.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(content.title)}</title>
${style ? `<style>${style}</style>\n` : ''}<script type="module" src="${escapeHtml(entry)}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}
