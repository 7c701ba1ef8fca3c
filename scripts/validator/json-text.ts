import { readFile } from 'node:fs/promises';
import { jsonErrorDetail } from '../../src/event/jsonError.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { errorText } from '../../src/importer/report.ts';

/** A file's JSON, or what an editor needs to mend it. */
export type JsonRead = { ok: true; data: unknown } | { ok: false; message: string };

/** Reads an event file: UTF-8 (a byte-order mark is dropped), then JSON. */
export async function readJsonFile(file: string): Promise<JsonRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, message: `expected a readable file: ${errorText(error)}` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, data: JSON.parse(decoded.text) };
  } catch (error) {
    return { ok: false, message: `expected JSON: ${jsonErrorDetail(decoded.text, errorText(error))}` };
  }
}
