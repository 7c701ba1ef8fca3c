import { downloadZip } from 'client-zip';
import type { Draft } from './draft.ts';
import { toEventFile } from './toEvent.ts';

/**
 * `<id>.zip` holding `<id>.json` and `<id>/01.jpg`…, to unpack into public/events/. client-zip
 * streams each photo's Blob into the archive: 25 large photos never sit in memory twice.
 */
export function eventZip(draft: Draft): { name: string; blob: Promise<Blob> } {
  const file = toEventFile(draft);
  const json = { name: `${file.id}.json`, input: `${JSON.stringify(file, null, 2)}\n` };
  const photos = draft.photos.map((photo, index) => ({
    name: file.photos[index]?.src ?? '',
    input: photo.blob,
    lastModified: new Date(),
  }));
  return { name: `${file.id}.zip`, blob: downloadZip([json, ...photos]).blob() };
}

/** Hands the zip to the browser's downloads, as a link the page clicks for the editor. */
export async function downloadEventZip(draft: Draft): Promise<void> {
  const { name, blob } = eventZip(draft);
  const url = URL.createObjectURL(await blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked at once, the address can vanish before the browser has started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
