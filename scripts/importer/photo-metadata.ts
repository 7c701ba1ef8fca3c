import { createRequire } from 'node:module';
import sharp from 'sharp';

// exifr has no "exports" map: Node loads its UMD build, whose named exports it cannot see, and
// Vite its ESM build, whose default export lacks `sidecar`. Required, it is the same everywhere.
const { parse, sidecar } = createRequire(import.meta.url)('exifr') as typeof import('exifr');

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
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
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

const OPTIONS = { mergeOutput: false, reviveValues: false, translateValues: false };

/** The EXIF block: inside the file for TIFF, which sharp does not hand over, else sharp's packet. */
async function readExif(file: string, packet: Buffer | undefined): Promise<Segment | undefined> {
  if (!packet) return (await parse(file, { ...OPTIONS, exif: true }).catch(() => undefined))?.exif;
  const tiff = packet.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? packet.subarray(6) : packet;
  return (await sidecar(tiff, OPTIONS, 'tiff')) as Segment | undefined;
}

/** Reads a photo file's XMP, IPTC and EXIF. Throws when the file is not an image sharp can read. */
export async function readPhotoMetadata(file: string): Promise<PhotoMetadata> {
  // exifr reads no WebP, and no XMP in AVIF or in the PNGs libvips writes: sharp takes each
  // packet out of any of the five formats, and exifr parses the packets, so all go one way.
  const { xmp, iptc, exif } = await sharp(file).metadata();
  const [fromXmp, fromIptc, fromExif] = await Promise.all([
    xmp ? (sidecar(xmp, OPTIONS, 'xmp') as Promise<RawMetadata | undefined>) : undefined,
    iptc ? (sidecar(iptc, OPTIONS, 'iptc') as Promise<Segment | undefined>) : undefined,
    readExif(file, exif),
  ]);
  return mapMetadata({ ...fromXmp, iptc: fromIptc, exif: fromExif });
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
