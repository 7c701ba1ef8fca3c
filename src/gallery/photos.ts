import type { GalleryEvent, ImageSource, Person, Photo } from '../event/schema.ts';
import { resolveUrl } from '../event/urls.ts';
import { formatList } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';

/** A caption as shown: people from left to right, a free text, or both. */
export interface CaptionView {
  /** The left-to-right marker, present only when two or more people are named. */
  prefix: string | null;
  /** People in the order they stand, left to right. */
  people: readonly Person[];
  /** What stands between two people (` ; ` in French). */
  separator: string;
  /** The free caption, if any. */
  text: string | undefined;
}

/** One encoding of a photo in several widths, as a `srcset`, for a `<source>` element. */
export interface SourceView {
  type: string;
  srcSet: string;
  /** The same entries, for the lightbox, which takes them as a list. */
  entries: readonly { src: string; width: number; height: number; bytes?: number }[];
}

/** One photo ready to show: every text worked out, the address resolved. */
export interface PhotoView {
  /** The number the visitor sees, 1-based, as in the file. */
  number: number;
  /** How many photos the event file lists: the counter's second figure. */
  total: number;
  src: string;
  width: number;
  height: number;
  alt: string;
  /** `©MAEE`. */
  credit: string;
  /** Smaller encodings, most efficient first (AVIF, WebP, then the original's type). */
  sources: readonly SourceView[];
  /** A small version for the thumbnail strip; the full photo when the event has none. */
  thumbnail: string;
  /** File name for saving the full-size photo: `otan-bucarest-2022-03-NATO.jpg`. */
  downloadName: string;
  /** The full-size file's weight, when the event file tells it. */
  bytes?: number;
  /** The photo's own terms, else the event's; the site's apply when neither has any. */
  license?: string;
  usageTerms?: string;
  caption: CaptionView;
}

/** `MAEE` → `©MAEE`; a credit that already starts with © keeps it once. */
export function formatCredit(credit: string): string {
  const trimmed = credit.trim();
  return trimmed.startsWith('©') ? trimmed : `©${trimmed}`;
}

/** Event id, photo number and credit, so a saved press photo still says whose it is. */
export function downloadName(eventId: string, number: number, total: number, credit: string, src: string): string {
  const digits = Math.max(2, String(total).length);
  const holder = credit
    .replace(/^©\s*/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const extension = /\.([a-z0-9]{2,4})(?:[?#]|$)/i.exec(src)?.[1]?.toLowerCase() ?? 'jpg';
  const stem = [eventId, String(number).padStart(digits, '0'), holder].filter(Boolean).join('-');
  return `${stem}.${extension}`;
}

export function captionView(photo: Photo, messages: Messages): CaptionView {
  const people = photo.people ?? [];
  return {
    prefix: people.length >= 2 ? messages.leftToRight : null,
    people,
    separator: messages.peopleSeparator,
    text: photo.caption?.trim() || undefined,
  };
}

/** The caption as one line of text, for sharing and for places that take no markup. */
export function captionText(caption: CaptionView): string {
  const people = caption.people
    .map((person) => (person.role ? `${person.name}, ${person.role}` : person.name))
    .join(caption.separator);
  return [caption.prefix, people, caption.text].filter(Boolean).join(' ');
}

/**
 * A text alternative says who and what is in the picture: the file's own `alt`, else the names
 * (roles are caption material, too long for an alt) and the caption. The credit never is one.
 */
export function altText(photo: Photo, number: number, event: GalleryEvent, messages: Messages): string {
  if (photo.alt?.trim()) return photo.alt.trim();
  const names = (photo.people ?? []).map((person) => person.name);
  const parts = [names.length > 0 ? formatList(event.lang, names) : '', photo.caption?.trim() ?? ''];
  const alt = parts.filter(Boolean).join('. ');
  return alt || messages.photoAlt(number, event.title);
}

const TYPE_ORDER = ['image/avif', 'image/webp', 'image/jpeg', 'image/png'];

/** Groups a photo's responsive sources by type, best compression first. */
export function sourceViews(
  photo: { srcSet?: readonly (Omit<ImageSource, 'type'> & { type?: string })[] },
  fileUrl: string,
): SourceView[] {
  const byType = new Map<string, SourceView['entries'][number][]>();
  for (const source of photo.srcSet ?? []) {
    const type = source.type ?? 'image/jpeg';
    const entries = byType.get(type) ?? [];
    entries.push({
      src: resolveUrl(source.src, fileUrl),
      width: source.width,
      height: source.height,
      bytes: source.bytes,
    });
    byType.set(type, entries);
  }
  return [...byType.entries()]
    .sort(([a], [b]) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b))
    .map(([type, entries]) => ({
      type,
      entries,
      srcSet: entries.map((entry) => `${entry.src} ${entry.width}w`).join(', '),
    }));
}

/** Each kept photo's number in the file, and how many the file lists (see DisplayEvent). */
export interface Numbering {
  numbers: readonly number[];
  total: number;
}

export function photoViews(
  event: GalleryEvent,
  fileUrl: string,
  messages: Messages,
  numbering: Numbering = { numbers: event.photos.map((_, index) => index + 1), total: event.photos.length },
): PhotoView[] {
  return event.photos.map((photo, index) => {
    const number = numbering.numbers[index] ?? index + 1;
    let sources: SourceView[] | undefined;
    return {
      number,
      total: numbering.total,
      src: resolveUrl(photo.src, fileUrl),
      width: photo.width,
      height: photo.height,
      alt: altText(photo, number, event, messages),
      credit: formatCredit(photo.credit),
      // Worked out when first shown: a dozen addresses per photo made up most of the time a
      // 2,000-photo event held the main thread here, for photos a visitor mostly never reaches.
      get sources() {
        sources ??= sourceViews(photo, fileUrl);
        return sources;
      },
      thumbnail: resolveUrl(photo.thumbnail?.src ?? photo.src, fileUrl),
      downloadName: downloadName(event.id, number, numbering.total, photo.credit, photo.src),
      bytes: photo.bytes,
      license: photo.license ?? event.license,
      usageTerms: photo.usageTerms?.trim() || event.usageTerms?.trim() || undefined,
      caption: captionView(photo, messages),
    };
  });
}
