import { type DisplayEvent, validateForDisplay } from './forDisplay.ts';
import type { Problem } from './schema.ts';

/** How long a visitor waits for an event file before being offered a retry. */
export const LOAD_TIMEOUT_MS = 15_000;

/** Why an event file could not be shown; each kind gets its own message. */
export type LoadError =
  | { kind: 'not-found'; file: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'network'; file: string }
  | { kind: 'timeout'; file: string }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'invalid'; file: string; problems: Problem[] };

export type LoadResult = ({ ok: true } & DisplayEvent) | { ok: false; error: LoadError };

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

/** Fetches, parses and validates an event file. Rejects only when `signal` aborts it. */
export async function loadEvent(
  file: string,
  expectedId?: string,
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<LoadResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(file, { signal: combined, headers: { Accept: 'application/json' } });
    if (response.status === 404) return { ok: false, error: { kind: 'not-found', file } };
    if (!response.ok) return { ok: false, error: { kind: 'http', file, status: response.status } };
    return parseEvent(file, await response.text(), expectedId);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: timeout.aborted ? 'timeout' : 'network', file } };
  }
}
