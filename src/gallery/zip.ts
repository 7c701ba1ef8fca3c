import { makeZip } from 'client-zip';
import type { DownloadAllMessages } from '../i18n/downloadAll.ts';
import { type Download, downloadsOf, type Terms } from './downloads.ts';
import { captionText, type PhotoView } from './photos.ts';

export type ZipSize = 'web' | 'original';

/** One photo's file in the zip, with what credits.txt says of it. */
export interface ZipFile {
  number: number;
  /** The name downloadsOf gives the chosen size: `otan-bucarest-2022-03-NATO-1600.jpg`. */
  name: string;
  src: string;
  bytes?: number;
  credit: string;
  /** The caption as the visitor reads it, left-to-right marker included. */
  caption: string;
  terms: Terms;
}

/** A photo's file at the chosen size; a photo without a web JPEG goes in as its original. */
function chosen(photo: PhotoView, size: ZipSize): Download {
  const downloads = downloadsOf(photo);
  // downloadsOf always ends with the original.
  return downloads.find((download) => download.size === size) ?? (downloads.at(-1) as Download);
}

export function zipFiles(
  photos: readonly PhotoView[],
  size: ZipSize,
  termsFor: (photo: PhotoView) => Terms,
): ZipFile[] {
  return photos.map((photo) => {
    const { name, src, bytes } = chosen(photo, size);
    return {
      number: photo.number,
      name,
      src,
      bytes,
      credit: photo.credit,
      caption: captionText(photo.caption),
      terms: termsFor(photo),
    };
  });
}

/** Whether any photo has a web size smaller than its original: else there is nothing to choose. */
export function hasWebSize(photos: readonly PhotoView[]): boolean {
  return photos.some((photo) => downloadsOf(photo).some((download) => download.size === 'web'));
}

/** The zip's photos' total weight, only when every file tells its own: a guess would mislead. */
export function totalBytes(photos: readonly PhotoView[], size: ZipSize): number | undefined {
  let total = 0;
  for (const photo of photos) {
    const { bytes } = chosen(photo, size);
    if (bytes === undefined) return undefined;
    total += bytes;
  }
  return total;
}

export function zipName(eventId: string, size: ZipSize): string {
  return `${eventId}-photos${size === 'web' ? '-web' : ''}.zip`;
}

/** credits.txt: what a newsroom must print with each photo, one paragraph per file, in the page's language. */
export function creditsText(title: string, files: readonly ZipFile[], texts: DownloadAllMessages): string {
  const entries = files.map((file) => {
    const { licence, usageTerms } = file.terms;
    const licenceText = licence.name ? `${licence.name} – ${licence.url}` : licence.url;
    return [
      `${file.number}. ${file.name}`,
      `${texts.credit} ${file.credit}`,
      file.caption && `${texts.caption} ${file.caption}`,
      usageTerms && `${texts.terms} ${usageTerms}`,
      `${texts.licence} ${licenceText}`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  return `${[texts.credits(title), ...entries].join('\n\n')}\n`;
}

/** A photo the server did not give: the zip stops there rather than ship without it. */
export class PhotoFetchError extends Error {
  constructor(
    readonly number: number,
    readonly url: string,
    detail: string,
  ) {
    super(`photo ${number} (${url}): ${detail}`);
    this.name = 'PhotoFetchError';
  }
}

export interface ZipOptions {
  /** Aborts the photo being fetched and ends the stream with the signal's reason. */
  signal: AbortSignal;
  /** Called once each photo is in the zip, with how many are. */
  onProgress: (done: number) => void;
}

async function fetchPhoto(file: ZipFile, signal: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(file.src, { signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new PhotoFetchError(file.number, file.src, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new PhotoFetchError(file.number, file.src, `HTTP ${response.status}`);
  return response;
}

/** credits.txt first, then each photo fetched in order, one at a time: memory holds one photo at most. */
async function* entries(files: readonly ZipFile[], credits: string, { signal, onProgress }: ZipOptions) {
  yield { name: 'credits.txt', input: credits, lastModified: new Date() };
  for (const [index, file] of files.entries()) {
    signal.throwIfAborted();
    yield { name: file.name, input: await fetchPhoto(file, signal) };
    // client-zip asks for the next entry once it has read this one's body to the end.
    onProgress(index + 1);
  }
}

/** The zip as a stream, made while the photos arrive: nothing is built on the server. */
export function zipStream(files: readonly ZipFile[], credits: string, options: ZipOptions): ReadableStream<Uint8Array> {
  return makeZip(entries(files, credits, options));
}
