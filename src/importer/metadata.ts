// The pure half of reading a photo's metadata: the CLI (with sharp) and the studio (in the browser)
// both hand exifr's output here, so a photo fills the same fields wherever it is read.

/** What a photo file's embedded metadata says, in the terms of an event file. */
export interface PhotoMetadata {
  /** The copyright holder, without `©`: photoshop:Credit, else dc:rights, else the IPTC credit. */
  credit?: string;
  /** dc:description in each language the file gives it (`x-default` included), in the file's order. */
  descriptions: { lang: string; text: string }[];
  /** Iptc4xmpExt:PersonInImage, in the file's order. */
  people: string[];
  /** The day it was taken, YYYY-MM-DD: photoshop:DateCreated, else EXIF DateTimeOriginal. */
  day?: string;
  /** photoshop:City. */
  city?: string;
  /** photoshop:Headline, else dc:title. */
  title?: string;
}

type Segment = Record<string, unknown>;

/** How both readers call exifr: each namespace apart, values as written, for mapMetadata. */
export const EXIFR_OPTIONS = { mergeOutput: false, reviveValues: false, translateValues: false };

/** exifr's output with each XMP namespace and each block apart (`mergeOutput: false`). */
export interface RawMetadata {
  photoshop?: Segment;
  dc?: Segment;
  Iptc4xmpExt?: Segment;
  /** IPTC IIM (record 2) by exifr's tag names. */
  iptc?: Segment;
  /** The EXIF block. */
  exif?: Segment;
}

// exifr's XMP parser leaves XML's character references as they were written.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex, dec, name) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ENTITIES[String(name).toLowerCase()] ?? whole;
  });

/** A text value as exifr gives it: a string, `{ lang, value }`, or an array of either. */
function langAlt(value: unknown): { lang: string; text: string }[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((item) => {
    const entry: Segment = typeof item === 'object' && item !== null ? (item as Segment) : { value: item };
    const text = typeof entry.value === 'string' || typeof entry.value === 'number' ? String(entry.value) : '';
    const lang = typeof entry.lang === 'string' ? entry.lang : 'x-default';
    return text.trim() === '' ? [] : [{ lang, text: decodeXml(text).trim() }];
  });
}

const first = (value: unknown) => langAlt(value)[0]?.text;

/** `© 2022 MAEE`, `Copyright MAEE` → `MAEE`: the gallery prints the sign itself. */
const withoutCopyright = (text: string) => text.replace(/^(?:(?:©|\(c\)|copyright\b)\s*)+(?:\d{4}\s+)?/i, '').trim();

// IPTC IIM texts come as Latin-1 from exifr; tools of today write them in UTF-8.
function fromIim(value: unknown): string | undefined {
  const text = first(value);
  if (text === undefined) return undefined;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  // A character above 255 shows exifr decoded the text itself: there are no Latin-1 bytes to re-read.
  if ([...text].some((c) => c.charCodeAt(0) > 255)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/** The day of an XMP date (`2022-11-29T10:15:00+02:00`) or an EXIF one (`2022:11:29 10:15:00`), as the photographer's clock read it. */
function dayOf(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})[-:](\d{2})[-:](\d{2})/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Maps exifr's output to the fields an event file takes, with the fallbacks photographers' tools need. */
export function mapMetadata(raw: RawMetadata): PhotoMetadata {
  const { photoshop = {}, dc = {}, Iptc4xmpExt = {}, iptc = {}, exif = {} } = raw;
  const rights = first(dc.rights);
  // `||`, not `??`: a field holding only "©" says nothing.
  const credit = first(photoshop.Credit) || (rights && withoutCopyright(rights)) || fromIim(iptc.Credit);
  return {
    credit: credit || undefined,
    descriptions: langAlt(dc.description),
    people: langAlt(Iptc4xmpExt.PersonInImage).map((person) => person.text),
    day: dayOf(photoshop.DateCreated) ?? dayOf(exif.DateTimeOriginal),
    city: first(photoshop.City),
    title: first(photoshop.Headline) ?? first(dc.title),
  };
}

/** The description in `lang` (or its primary language: `fr` for `fr-LU`), else the default one. */
export function descriptionIn(metadata: PhotoMetadata, lang: string): string | undefined {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  const { descriptions } = metadata;
  const found =
    descriptions.find((d) => d.lang.toLowerCase() === lang.toLowerCase()) ??
    descriptions.find((d) => primary(d.lang) === primary(lang)) ??
    descriptions.find((d) => d.lang === 'x-default');
  return found?.text;
}

/** The language the description names besides the default, if any. */
export function descriptionLang(metadata: PhotoMetadata): string | undefined {
  return metadata.descriptions.find((d) => d.lang !== 'x-default')?.lang;
}
