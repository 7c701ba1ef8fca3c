import { join, resolve } from 'node:path';
import { buildEvent, chooseId, type ImportOptions } from '../../src/importer/event-file.ts';
import { parseRelease } from '../../src/importer/release.ts';
import { compareWithFiles } from './photo-differences.ts';
import { readPhotoSizes } from './photo-sizes.ts';

/** The command line of a release import: the editor's choices, and where the photo files are. */
export interface ReleaseImport extends Omit<ImportOptions, 'id' | 'photos'> {
  /** The event's id; made from the title when absent. */
  id?: string;
  /** The photos' src prefix (default `<id>/`). */
  photos?: string;
  /** The photo files' folder, when they are not at the prefix. */
  photosDir?: string;
  /** The directory the event file is written to, which a relative prefix starts from. */
  baseDir: string;
}

/**
 * The event file for a release's text, with each photo's size read from its file. Given the
 * photos' folder, the files' own credits and captions are compared with the text's, which win.
 */
export async function importRelease(text: string, options: ReleaseImport) {
  const release = parseRelease(text);
  const { id, reports: idReports } = chooseId(release, options.id);
  const given = options.photos ?? `${id}/`;
  const prefix = given.endsWith('/') ? given : `${given}/`;
  const { photosDir, baseDir } = options;
  const locate = (name: string) => (photosDir ? join(photosDir, name) : resolve(baseDir, `${prefix}${name}`));
  const { sizes, reports: sizeReports } = await readPhotoSizes(release.photos, locate);
  const built = buildEvent(release, { ...options, id, photos: prefix }, sizes);
  const differences =
    photosDir && built.file ? await compareWithFiles(release.photos, built.file.photos, built.file.lang, locate) : [];
  const reports = [...release.reports, ...idReports, ...sizeReports, ...built.reports, ...differences];
  return { file: built.file, reports, count: release.photos.length };
}
