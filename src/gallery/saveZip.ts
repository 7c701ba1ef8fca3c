/** The File System Access API's picker, in Chromium on desktops only; not in TypeScript's DOM types yet. */
type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable: () => Promise<WritableStream<Uint8Array>> }>;

/** Long enough for the browser to have started the download from the object URL. */
const REVOKE_AFTER_MS = 60_000;

export type SaveOutcome = 'saved' | 'dismissed';

/**
 * Saves the zip a stream makes. Where the browser can write to a chosen file, the stream goes
 * straight to disk and memory stays flat however many originals there are; an abort discards
 * the half-written file. Elsewhere the zip is collected as a Blob and saved through a link.
 * `makeStream` is called only once the file is chosen: a visitor who closes the picker costs no
 * download. It must be called from the click, which the picker needs.
 */
export async function saveZip(
  name: string,
  makeStream: () => ReadableStream<Uint8Array>,
  signal: AbortSignal,
): Promise<SaveOutcome> {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (picker) {
    const handle = await picker({
      suggestedName: name,
      types: [{ description: 'ZIP', accept: { 'application/zip': ['.zip'] } }],
    }).catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return 'dismissed' as const;
      // A cross-origin iframe may not open the picker (SecurityError): the link still works there.
      return undefined;
    });
    if (handle === 'dismissed') return handle;
    if (handle) {
      await makeStream().pipeTo(await handle.createWritable(), { signal });
      return 'saved';
    }
  }
  // Not `new Response(stream).blob()`: Chromium then rejects with "Failed to fetch", losing which photo failed.
  const chunks: Uint8Array[] = [];
  await makeStream().pipeTo(new WritableStream({ write: (chunk) => void chunks.push(chunk) }), { signal });
  const blob = new Blob(chunks as BlobPart[], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return 'saved';
}
