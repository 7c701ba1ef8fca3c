import { type GalleryEvent, type Problem, validateEvent } from './schema.ts';

/** Why an event file could not be shown; each kind gets its own message. */
export type LoadError =
  | { kind: 'not-found'; file: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'network'; file: string }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'invalid'; file: string; problems: Problem[] };

export type LoadResult = { ok: true; event: GalleryEvent } | { ok: false; error: LoadError };

/** Parses and validates an event file's text; `expectedId` guards against a file under the wrong name. */
export function parseEvent(file: string, text: string, expectedId?: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'json', file, detail: (error as Error).message } };
  }
  const result = validateEvent(data);
  if (!result.ok) return { ok: false, error: { kind: 'invalid', file, problems: result.problems } };
  if (expectedId !== undefined && result.event.id !== expectedId) {
    const message = `expected "${expectedId}", the file's name, but found "${result.event.id}"`;
    return { ok: false, error: { kind: 'invalid', file, problems: [{ path: 'id', message }] } };
  }
  return { ok: true, event: result.event };
}

export async function loadEvent(file: string, expectedId?: string, signal?: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(file, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: 'network', file } };
  }
  if (response.status === 404) return { ok: false, error: { kind: 'not-found', file } };
  if (!response.ok) return { ok: false, error: { kind: 'http', file, status: response.status } };
  return parseEvent(file, await response.text(), expectedId);
}
