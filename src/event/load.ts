import { type FetchError, fetchText, LOAD_TIMEOUT_MS } from './fetchText.ts';
import type { DisplayEvent } from './forDisplay.ts';
import type { ParseError } from './parseEvent.ts';

/** Why an event could not be shown: the file did not come, or what came is not an event. */
export type LoadError = FetchError | ParseError;

export type LoadResult = ({ ok: true } & DisplayEvent) | { ok: false; error: LoadError };

/** Fetches, parses and validates an event file. Rejects only when `signal` aborts it. */
export async function loadEvent(
  file: string,
  expectedId?: string,
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<LoadResult> {
  // The validator loads only when a file is fetched (a prerendered page starts without it),
  // in parallel with the file.
  const parser = import('./parseEvent.ts');
  const fetched = await fetchText(file, signal, timeoutMs);
  if (!fetched.ok) return fetched;
  const { parseEventInSlices } = await parser;
  return parseEventInSlices(file, fetched.text, expectedId);
}
