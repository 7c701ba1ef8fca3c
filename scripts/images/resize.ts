import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { ImageSource } from '../../src/event/schema.ts';
import { readImageSize } from '../importer/photo-sizes.ts';
import type { SiteTerms } from './metadata.ts';
import { readEventFile, sharedMetadata, versionsOf } from './versions.ts';
import { xmpPacket } from './xmp.ts';

const WIDTHS = [480, 960, 1600, 2400];
const LARGEST = 2400;
const FORMATS = [
  { type: 'image/avif', extension: 'avif', encode: (image: Sharp) => image.avif({ quality: 55, effort: 4 }) },
  { type: 'image/webp', extension: 'webp', encode: (image: Sharp) => image.webp({ quality: 78 }) },
  { type: 'image/jpeg', extension: 'jpg', encode: (image: Sharp) => image.jpeg({ quality: 80, mozjpeg: true }) },
] as const;
/** Thumbnails show at 96×64 CSS pixels: twice that stays sharp on phones' dense screens. */
const THUMBNAIL = { width: 192, height: 128 };

/** The widths worth making: the standard ones below the original, and the original's own (at most the largest). */
export function widthsFor(original: number): number[] {
  const top = Math.min(original, LARGEST);
  return [...WIDTHS.filter((width) => width < top), top];
}

/** Pixels turned as the browser shows them (EXIF orientation applied), which sharp does not do by itself. */
const open = (input: string) => sharp(input, { autoOrient: true });

/**
 * Writes unless a copy newer than the original already carries the wanted metadata: a caption or
 * credit changed in the event file must reach the files made before. The size is the one written,
 * since resizing rounds heights its own way.
 */
async function write(image: Sharp, output: string, input: string, xmp: string) {
  const fresh = existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs;
  // Read from its bytes: libvips caches what it read by file name, and would tell a file rewritten since as it was.
  const kept = fresh ? await sharp(readFileSync(output)).metadata() : undefined;
  if (kept && kept.xmp?.toString() === xmp) {
    return { width: kept.width, height: kept.height, bytes: statSync(output).size };
  }
  mkdirSync(dirname(output), { recursive: true });
  const written = await image.withXmp(xmp).toFile(output);
  return { width: written.width, height: written.height, bytes: written.size };
}

async function processPhoto(eventDir: string, input: string, width: number, xmp: string) {
  const stem = basename(input, extname(input));
  const outDir = join(dirname(input), 'sizes');
  const srcOf = (file: string) => relative(eventDir, join(outDir, file)).split('\\').join('/');
  const srcSet: ImageSource[] = [];
  for (const target of widthsFor(width)) {
    for (const format of FORMATS) {
      const file = `${stem}-${target}.${format.extension}`;
      const written = await write(format.encode(open(input).resize(target)), join(outDir, file), input, xmp);
      srcSet.push({ src: srcOf(file), ...written, type: format.type });
    }
  }
  const thumbFile = `${stem}-thumb.webp`;
  const thumb = open(input).resize(THUMBNAIL.width, THUMBNAIL.height, { fit: 'cover' }).webp({ quality: 70 });
  await write(thumb, join(outDir, thumbFile), input, xmp);
  return { srcSet, thumbnail: { src: srcOf(thumbFile), ...THUMBNAIL } };
}

interface RawPhoto {
  src: string;
  width: number;
  height: number;
  bytes?: number;
}

/** What processing an event file came to: its new data, and a line per photo left alone or corrected. */
export interface Processed {
  data: { photos: RawPhoto[] };
  done: number;
  notes: string[];
  /** Photos refused (outside the event's folder): the command fails, though the others are done. */
  refused: string[];
}

/**
 * Makes the sizes of each local photo of an event file. The sizes come from the image itself, not
 * from the file (a `1e308` there made fifteen sources of height 0 and an upscaled copy), and only
 * photos inside the event file's folder are touched: a `../` source would write outside it. Each
 * file made carries the photo's credit, caption and terms (see xmp.ts); the originals are only read.
 */
export async function processEvent(file: string, site: SiteTerms): Promise<Processed> {
  const own = readEventFile(file);
  const eventDir = dirname(file);
  const processed: Processed = { data: own.data as Processed['data'], done: 0, notes: [], refused: [] };
  const versions = versionsOf(own, site.defaultLanguage, processed.notes);
  for (const [index, photo] of processed.data.photos.entries()) {
    // https: photos are the host's business.
    if (/^https:/i.test(photo.src)) continue;
    const input = resolve(eventDir, photo.src);
    const inside = relative(resolve(eventDir), input);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      processed.refused.push(
        `${file}: photos[${index}].src: expected a photo inside ${eventDir}/, the event file's folder, found ${photo.src}: not resized`,
      );
      continue;
    }
    const size = await readImageSize(input);
    if (!size) continue;
    if (size.width !== photo.width || size.height !== photo.height) {
      processed.notes.push(
        `${file}: photos[${index}]: ${photo.width}×${photo.height} corrected to ${size.width}×${size.height}, the size of ${photo.src}`,
      );
      Object.assign(photo, size);
    }
    // A file the event's language versions share carries all their texts, so that none undoes another's run.
    const { metas, notes } = await sharedMetadata(versions, input, photo.src, site);
    processed.notes.push(...notes);
    const [first, ...others] = metas;
    if (!first) throw new Error(`${file}: photos[${index}]: ${photo.src} matched none of its own photos`);
    const xmp = xmpPacket([first, ...others]);
    Object.assign(photo, await processPhoto(eventDir, input, size.width, xmp), { bytes: statSync(input).size });
    processed.done += 1;
  }
  return processed;
}
