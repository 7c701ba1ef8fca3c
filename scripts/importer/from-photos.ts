import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type ImageSize, SCHEMA_REF } from '../../src/importer/event-file.ts';
import type { PhotoMetadata } from '../../src/importer/metadata.ts';
import { draftPhoto, eventFromPhotos } from '../../src/importer/photo-draft.ts';
import { errorText, type Report } from '../../src/importer/report.ts';
import { readPhotoMetadata } from './photo-metadata.ts';
import { readImageSize } from './photo-sizes.ts';

/** What the editor said on the command line; each wins over what the files' metadata says. */
export interface PhotoImportOptions {
  id: string;
  title?: string;
  lang?: string;
  /** The key shared with the event's versions in other languages. */
  translationKey?: string;
  date?: string;
  endDate?: string;
  location?: string;
  /** Directory or URL prefix the photos' `src` start with, ending with `/`. */
  photos: string;
}

const PHOTO_FILE = /\.(?:jpe?g|webp|png|avif|tiff?)$/i;
// Natural order, as a file manager shows them: 2.jpg before 10.jpg.
const byName = new Intl.Collator('en', { numeric: true }).compare;

/** The photo files of a folder, in file-name order. */
export async function listPhotoFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && PHOTO_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort(byName);
}

interface PhotoFile {
  name: string;
  /** The path as the editor reads it in messages. */
  shown: string;
  size: ImageSize;
  metadata: PhotoMetadata;
}

async function readPhotoFiles(dir: string, reports: Report[]): Promise<PhotoFile[]> {
  const read: PhotoFile[] = [];
  for (const name of await listPhotoFiles(dir)) {
    const shown = relative('.', join(dir, name));
    try {
      const size = await readImageSize(join(dir, name));
      if (size) read.push({ name, shown, size, metadata: await readPhotoMetadata(join(dir, name)) });
    } catch (error) {
      reports.push({ file: shown, level: 'error', message: `cannot read it: ${errorText(error)}` });
    }
  }
  if (read.length === 0 && reports.length === 0) {
    reports.push({ file: dir, level: 'error', message: 'holds no photos (JPEG, WebP, PNG, AVIF or TIFF files)' });
  }
  return read;
}

const NO_LANG = "found no language: the photos' descriptions name none besides x-default; give it with --lang";
const NO_TITLE = "found no title in the photos' metadata (photoshop:Headline, dc:title); give it with --title";
const NO_DATE =
  "found no date in the photos' metadata (photoshop:DateCreated, EXIF DateTimeOriginal); give it with --date YYYY-MM-DD";
const NO_CREDIT = 'has no credit (photoshop:Credit, dc:rights or the IPTC credit); add one to the file';

/**
 * An event file drafted from the photos of a folder, in file-name order. Returns no file when
 * something it needs is missing; the reports say what, naming the folder or the photo's file.
 */
export async function draftFromPhotos(dir: string, options: PhotoImportOptions) {
  const reports: Report[] = [];
  const files = await readPhotoFiles(dir, reports);
  const metadata = files.map((file) => file.metadata);
  const found = eventFromPhotos(metadata);
  const lang = options.lang ?? found.lang;
  const title = options.title ?? found.title;
  const date = options.date ?? found.date;
  // A date given by hand may be another day than the photos', so their last day is left out.
  const endDate = options.endDate ?? (options.date ? undefined : found.endDate);
  const location = options.location ?? found.location;
  if (files.length > 0) {
    if (!lang) reports.push({ file: dir, level: 'error', message: NO_LANG });
    if (!title) reports.push({ file: dir, level: 'error', message: NO_TITLE });
    if (!date) reports.push({ file: dir, level: 'error', message: NO_DATE });
  }
  const photos = files.map(({ name, shown, size, metadata }) => {
    const draft = draftPhoto(metadata, lang ?? 'x-default');
    if (!draft.credit) reports.push({ file: shown, level: 'error', message: NO_CREDIT });
    return { src: `${options.photos}${name}`, ...size, ...draft };
  });
  if (!lang || !title || !date || files.length === 0) return { reports, count: files.length };
  const { id, translationKey } = options;
  const file = { $schema: SCHEMA_REF, id, lang, translationKey, title, date, endDate, location, body: [], photos };
  return { file, reports, count: files.length };
}
