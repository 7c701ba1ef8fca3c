import type { DraftPhoto } from '../../src/studio/draft';

/** A photo as the studio keeps it once added: a few bytes stand for the file, 1200 × 800 pixels. */
export function draftPhoto(fileName: string, change: Partial<DraftPhoto> = {}): DraftPhoto {
  return {
    key: fileName,
    fileName,
    blob: new Blob(['not really a JPEG'], { type: 'image/jpeg' }),
    width: 1200,
    height: 800,
    credit: '',
    people: [],
    caption: '',
    alt: '',
    ...change,
  };
}
