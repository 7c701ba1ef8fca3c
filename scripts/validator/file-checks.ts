import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type GalleryEvent, type Problem, validateEvent } from '../../src/event/schema.ts';
import { hasLeftToRightMarker } from '../importer/captions.ts';
import type { ImageSize } from '../importer/event-file.ts';
import { readImageSize } from '../importer/photo-sizes.ts';
import { errorText, type Level } from '../importer/report.ts';

/** A problem in an event file, and whether it makes the file wrong or only suspicious. */
export interface FileProblem extends Problem {
  level: Level;
}

/** What the schema cannot say: the id names the file, photos are distinct, people are not left in captions. */
export function checkEvent(event: GalleryEvent, file?: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const name = file && basename(file, '.json');
  if (name && event.id !== name) {
    problems.push({ path: 'id', level: 'error', message: `expected "${name}", the file's name, found "${event.id}"` });
  }
  const firstUse = new Map<string, number>();
  event.photos.forEach((photo, i) => {
    const earlier = firstUse.get(photo.src);
    if (earlier === undefined) firstUse.set(photo.src, i);
    else
      problems.push({
        path: `photos[${i}].src`,
        level: 'error',
        message: `expected a photo of its own, found the src of photos[${earlier}]`,
      });
    if (photo.caption !== undefined && hasLeftToRightMarker(photo.caption)) {
      problems.push({
        path: `photos[${i}].caption`,
        level: 'warning',
        message: 'has a left-to-right marker: write these people as "people"',
      });
    }
  });
  return problems;
}

type SizeReader = (file: string) => Promise<ImageSize | undefined>;
type Image = ImageSize & { src: string };

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
    .filter((key) => size[key] !== image[key])
    .map((key) => at(key, `expected ${size[key]}, the ${key} of ${shown}, found ${image[key]}`));
}

/**
 * Images stored beside the event file (each photo, its sources and its thumbnail) must exist at
 * the size the file states, which the page uses to reserve their boxes before they load.
 * Images on https: are not fetched.
 */
export async function checkPhotoFiles(event: GalleryEvent, dir: string, readSize: SizeReader = readImageSize) {
  const images = event.photos.flatMap((photo, i): { image: Image; path: string }[] => [
    { image: photo, path: `photos[${i}]` },
    ...(photo.srcSet ?? []).map((image, j) => ({ image, path: `photos[${i}].srcSet[${j}]` })),
    ...(photo.thumbnail ? [{ image: photo.thumbnail, path: `photos[${i}].thumbnail` }] : []),
  ]);
  const local = images.filter(({ image }) => !/^https:/i.test(image.src));
  const found = await Promise.all(local.map(({ image, path }) => checkImageFile(image, path, dir, readSize)));
  return found.flat();
}

/** Every problem of one event file on disk: JSON, schema, then the checks the schema cannot make. */
export async function validateFile(file: string): Promise<FileProblem[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const what = error instanceof SyntaxError ? 'expected JSON' : 'expected a readable file';
    return [{ path: '(root)', level: 'error', message: `${what}: ${errorText(error)}` }];
  }
  const result = validateEvent(data);
  if (!result.ok) return result.problems.map((problem) => ({ ...problem, level: 'error' }));
  const problems = [...checkEvent(result.event, file), ...(await checkPhotoFiles(result.event, dirname(file)))];
  // Listed photo by photo, as an editor goes through the file.
  const photoIndex = (problem: FileProblem) => Number(/^photos\[(\d+)\]/.exec(problem.path)?.[1] ?? -1);
  return problems.sort((a, b) => photoIndex(a) - photoIndex(b));
}
