import type { DraftPhoto } from './draft.ts';

let next = 0;

/** A stable key per photo of this visit and the last: a restored draft keeps its own. */
const newKey = () => `${Date.now().toString(36)}-${(next++).toString(36)}`;

/** Reads a dropped or chosen file's pixel size in the browser; a file no browser can decode is refused. */
export async function readPhoto(file: File): Promise<DraftPhoto> {
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  bitmap.close();
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

/** The image files among those dropped or chosen, read together; those that fail to decode are left out. */
export async function readPhotos(files: Iterable<File>): Promise<DraftPhoto[]> {
  const images = [...files].filter((file) => file.type.startsWith('image/'));
  const read = await Promise.allSettled(images.map(readPhoto));
  return read.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}
