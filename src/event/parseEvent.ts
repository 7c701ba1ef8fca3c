import { validateForDisplay } from './forDisplay.ts';
import type { LoadResult } from './load.ts';

/** Parses and validates an event file's text; `expectedId` guards against a file under the wrong name. */
export function parseEvent(file: string, text: string, expectedId?: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'json', file, detail: (error as Error).message } };
  }
  const result = validateForDisplay(data);
  if (!result.ok) return { ok: false, error: { kind: 'invalid', file, problems: result.problems } };
  if (expectedId !== undefined && result.event.id !== expectedId) {
    const message = `expected "${expectedId}", the file's name, but found "${result.event.id}"`;
    return { ok: false, error: { kind: 'invalid', file, problems: [{ path: 'id', message }] } };
  }
  return result;
}
