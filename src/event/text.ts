/** A file's bytes as text, or why they are not UTF-8 text. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const BOM = '\uFEFF';
const UTF16 = 'expected UTF-8 text, but the file is UTF-16: save it as UTF-8';

/**
 * Event files and release texts are UTF-8. A byte-order mark, which some Windows editors write,
 * is dropped as browsers drop it; anything that is not UTF-8 (a Latin-1 or UTF-16 export) is
 * refused, since decoding it anyway would publish garbled names.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: UTF16 };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    // UTF-16 without its mark decodes as UTF-8 with a NUL beside every Latin letter; no text has NULs.
    if (text.includes('\u0000')) return { ok: false, message: UTF16 };
    return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
  } catch {
    return { ok: false, message: 'expected UTF-8 text, but the file has other bytes (Latin-1?): save it as UTF-8' };
  }
}
