import slugify from '@sindresorhus/slugify';
import type { GalleryEvent, Photo } from '../../src/event/schema.ts';
import { isUnknownPerson } from '../../src/event/slug.ts';
import { resolveUrl } from '../../src/event/urls.ts';
import { baseLanguage } from '../../src/event/versions.ts';
import { formatCredit } from '../../src/gallery/photos.ts';

/** A photo as Pagefind indexes it (its `CustomRecord`). */
export interface PhotoRecord {
  /** The photo's page, without the site's base: Pagefind's `baseUrl` adds it in the browser. */
  url: string;
  content: string;
  /** Pagefind splits its index by language, and the search page loads its own language's. */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The ASCII spelling of the words Pagefind 1.6 cannot fold itself. It drops combining marks and
 * case (`Çavuşoğlu` ← `cavusoglu`), but letters that are not a base letter plus a mark stay apart:
 * `Þórdís`, `Støre`, `Radosław`, `Yılmaz`, `Straße`. Searchable as a meta field, never shown.
 */
export function foldedWords(text: string): string {
  const words = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const pagefind = word.normalize('NFD').replace(/\p{M}/gu, '');
    if (/^[\x20-\x7e]*$/.test(pagefind)) continue;
    // From Pagefind's own folding: `äußerte` is found as `ausserte`, as Pagefind has `außerte`.
    const ascii = slugify(pagefind, { decamelize: false, separator: '' });
    if (ascii) words.add(ascii);
  }
  return [...words].join(' ');
}

// Of the smallest sources, the type every browser shows in a plain `<img>`.
const TYPE_RANK = ['image/webp', 'image/jpeg', 'image/png', 'image/avif'];
const rank = (type: string | undefined) => TYPE_RANK.indexOf(type ?? 'image/jpeg');

/** The smallest image of a photo: its thumbnail, else its smallest source, else the photo. */
function smallest(photo: Photo): { src: string; width: number; height: number } {
  if (photo.thumbnail) return photo.thumbnail;
  const sources = [...(photo.srcSet ?? [])].sort((a, b) => a.width - b.width || rank(a.type) - rank(b.type));
  return sources[0] ?? photo;
}

/** Names, roles and the free caption: what a journalist types to find the photo. */
export function captionContent(photo: Photo): string {
  const people = (photo.people ?? []).map((person) => (person.role ? `${person.name}, ${person.role}` : person.name));
  return [people.join('; '), photo.caption?.trim()].filter(Boolean).join('. ');
}

/**
 * One record per photo of an event (the prerendered page holds only the first photos): the
 * caption as content, the event's title and date and the photo's thumbnail (resolved against
 * `fileUrl`, the event file's address) as meta; a photo without a caption is left out.
 * `numbers` are the photos' numbers in the file, as the page shows them.
 */
export function photoRecords(event: GalleryEvent, fileUrl: string, numbers: readonly number[]): PhotoRecord[] {
  const year = event.date.slice(0, 4);
  const records: PhotoRecord[] = [];
  event.photos.forEach((photo, index) => {
    const content = captionContent(photo);
    if (!content) return;
    const number = numbers[index] ?? index + 1;
    const people = (photo.people ?? []).map((person) => person.name).filter((name) => !isUnknownPerson(name));
    const image = smallest(photo);
    const meta: Record<string, string> = {
      title: event.title,
      date: event.date,
      photo: String(number),
      image: resolveUrl(image.src, fileUrl),
      imageWidth: String(image.width),
      imageHeight: String(image.height),
      lang: event.lang,
    };
    if (event.endDate) meta.endDate = event.endDate;
    const folded = foldedWords(content);
    if (folded) meta.folded = folded;
    records.push({
      url: `/events/${event.id}/photos/${number}`,
      content,
      language: baseLanguage(event.lang),
      meta,
      filters: { year: [year], person: [...new Set(people)], credit: [formatCredit(photo.credit)] },
    });
  });
  return records;
}

/** An attribute value, escaped for the HTML Pagefind reads. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A prerendered event page as Pagefind should read it (the file on disk stays as it is): in the
 * base language Pagefind files it under (`fr-LU` is searched from the French page), with the
 * folded spellings of its title, place and article as a meta field.
 */
export function pageForIndex(html: string, event: GalleryEvent): string {
  const text = [event.title, event.location, event.lead, ...event.body, event.source].filter(Boolean).join(' ');
  const folded = foldedWords(text);
  const meta = folded ? `<meta data-pagefind-meta="folded[content]" content="${attribute(folded)}">` : '';
  return html
    .replace(/<html lang="[^"]*"/, () => `<html lang="${baseLanguage(event.lang)}"`)
    .replace('</head>', () => `${meta}</head>`);
}
