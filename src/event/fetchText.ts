/** How long a visitor waits for a file before being offered a retry. */
export const LOAD_TIMEOUT_MS = 15_000;

/** Why a file could not be fetched; each kind gets its own message. */
export type FetchError =
  | { kind: 'not-found'; file: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'network'; file: string }
  | { kind: 'timeout'; file: string };

export type FetchResult = { ok: true; text: string } | { ok: false; error: FetchError };

/** The body decoded as it arrives: `text()` decodes a large file in one long task, while the page is in use. */
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

/** Fetches a JSON file's text, giving up after `timeoutMs`. Rejects only when `signal` aborts it. */
export async function fetchText(file: string, signal?: AbortSignal, timeoutMs = LOAD_TIMEOUT_MS): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(file, { signal: combined, headers: { Accept: 'application/json' } });
    if (response.status === 404) return { ok: false, error: { kind: 'not-found', file } };
    if (!response.ok) return { ok: false, error: { kind: 'http', file, status: response.status } };
    return { ok: true, text: await readText(response) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { kind: timeout.aborted ? 'timeout' : 'network', file } };
  }
}
