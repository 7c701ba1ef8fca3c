import type { DraftPhoto } from './draft.ts';
import { type ReadPhoto, readMetadata } from './photoMetadata.ts';

let next = 0;

/** A stable key per photo of this visit and the last: a restored draft keeps its own. */
export const newKey = () => `${Date.now().toString(36)}-${(next++).toString(36)}`;

/** A photo's draft with empty texts, for a file whose pixel size is known. */
export function blankPhoto(file: File, width: number, height: number): DraftPhoto {
  return {
    key: newKey(),
    fileName: file.name,
    blob: file,
    width,
    height,
    credit: '',
    people: [],
    caption: '',
    alt: '',
  };
}

/** Reads a dropped or chosen file's pixel size and metadata in the browser; a file no browser can decode is refused. */
export async function readPhoto(file: File): Promise<ReadPhoto> {
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  bitmap.close();
  return { photo: blankPhoto(file, width, height), metadata: await readMetadata(file) };
}

/** The image files among those dropped or chosen, read together; those that fail to decode are left out. */
export async function readPhotos(files: Iterable<File>): Promise<ReadPhoto[]> {
  const images = [...files].filter((file) => file.type.startsWith('image/'));
  const read = await Promise.allSettled(images.map(readPhoto));
  return read.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}
