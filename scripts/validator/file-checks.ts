import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type GalleryEvent, validateEvent } from '../../src/event/schema.ts';
import type { TranslationFile } from '../../src/event/translations.ts';
import type { ImageSize } from '../../src/importer/event-file.ts';
import { errorText } from '../../src/importer/report.ts';
import { readImageSize } from '../importer/photo-sizes.ts';
import { checkEvent, type EventParts, type FileProblem } from './event-checks.ts';
import { readJsonFile } from './json-text.ts';
import { withoutProblems } from './parts.ts';

type SizeReader = (file: string) => Promise<ImageSize | undefined>;
/** An image whose src the schema accepted; a width or height it refused is not compared. */
type Image = Partial<ImageSize> & { src: string };

async function checkImageFile(image: Image, path: string, dir: string, readSize: SizeReader): Promise<FileProblem[]> {
  const file = fileURLToPath(new URL(image.src, pathToFileURL(`${resolve(dir)}/`)));
  const shown = relative(process.cwd(), file);
  const at = (key: string, message: string): FileProblem => ({ path: `${path}.${key}`, level: 'error', message });
  let size: ImageSize | undefined;
  try {
    size = await readSize(file);
  } catch (error) {
    return [at('src', `expected an image at ${shown}, cannot read it: ${errorText(error)}`)];
  }
  if (!size) return [at('src', `expected a file at ${shown}, found none`)];
  return (['width', 'height'] as const)
    .filter((key) => image[key] !== undefined && size[key] !== image[key])
    .map((key) => at(key, `expected ${size[key]}, the ${key} of ${shown}, found ${image[key]}`));
}

/**
 * Images stored beside the event file (each photo, its sources and its thumbnail) must exist at
 * the size the file states, which the page uses to reserve their boxes before they load.
 * Images on https: are not fetched.
 */
export async function checkPhotoFiles(event: EventParts, dir: string, readSize: SizeReader = readImageSize) {
  const images = (event.photos ?? []).flatMap((photo, i) => [
    { image: photo, path: `photos[${i}]` },
    ...(photo?.srcSet ?? []).map((image, j) => ({ image, path: `photos[${i}].srcSet[${j}]` })),
    { image: photo?.thumbnail, path: `photos[${i}].thumbnail` },
  ]);
  const local = images.filter(
    (found): found is { image: Image; path: string } =>
      found.image?.src !== undefined && !/^https:/i.test(found.image.src),
  );
  const found = await Promise.all(local.map(({ image, path }) => checkImageFile(image, path, dir, readSize)));
  return found.flat();
}

/** One event file's problems, and the file as a version of its event for the checks across files. */
export interface FileCheck {
  problems: FileProblem[];
  /** Absent when the file is no JSON, or the schema refused its language or its photos. */
  version?: TranslationFile;
}

/**
 * Every problem of one event file on disk in one run: its encoding and JSON, then the schema's
 * problems beside those of the checks the schema cannot make, run on the parts it accepted.
 */
export async function validateFile(file: string): Promise<FileCheck> {
  const read = await readJsonFile(file);
  if (!read.ok) return { problems: [{ path: '(root)', level: 'error', message: read.message }] };
  const result = validateEvent(read.data);
  const refused = result.ok ? [] : result.problems;
  const parts = withoutProblems<GalleryEvent>(read.data, refused);
  const problems: FileProblem[] = [
    ...refused.map((problem) => ({ ...problem, level: 'error' as const })),
    ...checkEvent(parts, file),
    ...(await checkPhotoFiles(parts, dirname(file))),
  ];
  // Listed photo by photo, as an editor goes through the file.
  const photoIndex = (problem: FileProblem) => Number(/^photos\[(\d+)\]/.exec(problem.path)?.[1] ?? -1);
  problems.sort((a, b) => photoIndex(a) - photoIndex(b));
  const { id = basename(file, '.json'), lang, translationKey, photos } = parts;
  if (lang === undefined || photos === undefined) return { problems };
  return { problems, version: { file, id, lang, translationKey, photoCount: photos.length } };
}
