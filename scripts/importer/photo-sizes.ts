import { access } from 'node:fs/promises';
import { relative } from 'node:path';
import sharp from 'sharp';
import { type ImageSize, photoFileName } from '../../src/importer/event-file.ts';
import type { ReleasePhoto } from '../../src/importer/photo-list.ts';
import { errorText, type Report } from '../../src/importer/report.ts';

/**
 * The size a browser shows an image at (EXIF rotation applied), or undefined when there is no
 * file. Throws when the file is not an image sharp can read.
 */
export async function readImageSize(file: string): Promise<ImageSize | undefined> {
  try {
    await access(file);
  } catch {
    return undefined;
  }
  const { autoOrient } = await sharp(file).metadata();
  return { width: autoOrient.width, height: autoOrient.height };
}

/**
 * Reads the size of each photo's file (`01.jpg`…), found where `locate` says. The text of a
 * release cannot tell the sizes, and the page needs them to lay photos out before they load.
 */
export async function readPhotoSizes(photos: readonly ReleasePhoto[], locate: (name: string) => string) {
  const sizes = new Map<number, ImageSize>();
  const reports: Report[] = [];
  for (const { number, line } of photos) {
    const file = locate(photoFileName(number));
    const shown = relative('.', file);
    try {
      const size = await readImageSize(file);
      if (size) sizes.set(number, size);
      else reports.push({ line, level: 'error', message: `photo ${number} needs its file ${shown}, to read its size` });
    } catch (error) {
      reports.push({ line, level: 'error', message: `photo ${number}: cannot read ${shown}: ${errorText(error)}` });
    }
  }
  return { sizes, reports };
}
