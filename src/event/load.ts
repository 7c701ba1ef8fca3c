import type { DisplayEvent } from './forDisplay.ts';
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

/**
 * The body as text, decoded as it arrives: `text()` decodes it all at once on the main thread,
 * which for a 4.9 MB file took ~230 ms at CPU 4× in one piece, while the page was in use.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body || typeof TextDecoderStream === 'undefined') return response.text();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts.join('');
    parts.push(value);
  }
}

/** Fetches, parses and validates an event file. Rejects only when `signal` aborts it. */
export async function loadEvent(
  file: string,
  expectedId?: string,
  signal?: AbortSignal,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<LoadResult> {
  // The validator loads only when a file is fetched (a prerendered page starts without it), in
  // parallel with the file.
  const parser = import('./parseEvent.ts');
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(file, { signal: combined, headers: { Accept: 'application/json' } });
    if (response.status === 404) return { ok: false, error: { kind: 'not-found', file } };
    if (!response.ok) return { ok: false, error: { kind: 'http', file, status: response.status } };
    const text = await readText(response);
    const { parseEventInSlices } = await parser;
    return await parseEventInSlices(file, text, expectedId);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: timeout.aborted ? 'timeout' : 'network', file } };
  }
}
