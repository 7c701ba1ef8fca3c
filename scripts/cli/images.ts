// npm run images [-- events/*.json]: writes each local photo in several widths and encodings,
// plus a thumbnail, next to the original, and records them in the event file (srcSet, thumbnail).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { type ImageSource, validateEvent } from '../../src/event/schema.ts';

const WIDTHS = [480, 960, 1600, 2400];
const FORMATS = [
  { type: 'image/avif', extension: 'avif', encode: (image: Sharp) => image.avif({ quality: 55, effort: 4 }) },
  { type: 'image/webp', extension: 'webp', encode: (image: Sharp) => image.webp({ quality: 78 }) },
  { type: 'image/jpeg', extension: 'jpg', encode: (image: Sharp) => image.jpeg({ quality: 80, mozjpeg: true }) },
] as const;
/** Thumbnails show at 96×64 CSS pixels: twice that stays sharp on phones' dense screens. */
const THUMBNAIL = { width: 192, height: 128 };

function isNewer(output: string, input: string): boolean {
  return existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs;
}

async function write(image: Sharp, output: string, input: string): Promise<void> {
  if (isNewer(output, input)) return;
  mkdirSync(dirname(output), { recursive: true });
  await image.toFile(output);
}

/** The widths worth making: the standard ones below the original, and the original's own. */
export function widthsFor(original: number): number[] {
  return [...WIDTHS.filter((width) => width < original), Math.min(original, WIDTHS.at(-1) ?? original)];
}

async function processPhoto(eventDir: string, src: string, width: number, height: number) {
  const input = join(eventDir, src);
  const stem = basename(src, extname(src));
  const outDir = join(dirname(input), 'sizes');
  const srcOf = (file: string) => relative(eventDir, join(outDir, file)).split('\\').join('/');
  const srcSet: ImageSource[] = [];
  for (const target of widthsFor(width)) {
    const targetHeight = Math.round((height * target) / width);
    for (const format of FORMATS) {
      const file = `${stem}-${target}.${format.extension}`;
      await write(format.encode(sharp(input).resize(target)), join(outDir, file), input);
      srcSet.push({ src: srcOf(file), width: target, height: targetHeight, type: format.type });
    }
  }
  const thumbFile = `${stem}-thumb.webp`;
  const thumb = sharp(input).resize(THUMBNAIL.width, THUMBNAIL.height, { fit: 'cover' }).webp({ quality: 70 });
  await write(thumb, join(outDir, thumbFile), input);
  return { srcSet, thumbnail: { src: srcOf(thumbFile), ...THUMBNAIL } };
}

async function processEvent(file: string): Promise<string> {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const result = validateEvent(data);
  if (!result.ok) {
    const problems = result.problems.map((problem) => `  ${file}:${problem.path}: ${problem.message}`);
    throw new Error(`cannot process an invalid event file:\n${problems.join('\n')}`);
  }
  let done = 0;
  for (const photo of data.photos) {
    // Only files beside the event can be resized here; https: photos are the host's business.
    if (/^https:/i.test(photo.src) || !existsSync(join(dirname(file), photo.src))) continue;
    Object.assign(photo, await processPhoto(dirname(file), photo.src, photo.width, photo.height));
    done += 1;
  }
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return `${file}: ${done} of ${data.photos.length} photos`;
}

const EVENTS_DIR = 'public/events';
const files = process.argv.slice(2);
const targets = files.length
  ? files
  : readdirSync(EVENTS_DIR)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .map((name) => join(EVENTS_DIR, name));
let failed = false;
for (const file of targets) {
  try {
    console.log(await processEvent(file));
  } catch (error) {
    console.error((error as Error).message);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
