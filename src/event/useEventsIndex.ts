import { useEffect, useState } from 'react';
import type { EventsIndex } from './eventsIndex.ts';
import { type FetchError, fetchText } from './fetchText.ts';
import type { LoadState } from './loadState.ts';

export type EventsIndexError = FetchError | { kind: 'invalid'; file: string };
export type EventsIndexState = LoadState<EventsIndex, EventsIndexError>;

async function loadIndex(file: string, signal: AbortSignal): Promise<EventsIndexState> {
  const fetched = await fetchText(file, signal);
  if (!fetched.ok) return { status: 'failed', error: fetched.error };
  // The validator loads only when the index is fetched: a prerendered page starts without it.
  const [v, { EventsIndexSchema }] = await Promise.all([import('valibot'), import('./eventsIndex.ts')]);
  let data: unknown;
  try {
    data = JSON.parse(fetched.text);
  } catch {
    return { status: 'failed', error: { kind: 'invalid', file } };
  }
  const result = v.safeParse(EventsIndexSchema, data);
  return result.success
    ? { status: 'shown', data: result.output }
    : { status: 'failed', error: { kind: 'invalid', file } };
}

/** Loads `events/index.json`; `prerendered` is the index already in the page, `null` a file not needed. */
export function useEventsIndex(file: string | null, prerendered?: EventsIndex): EventsIndexState {
  const [state, setState] = useState<EventsIndexState>(
    prerendered ? { status: 'shown', data: prerendered } : { status: 'loading' },
  );
  useEffect(() => {
    if (prerendered || file === null) return;
    const controller = new AbortController();
    loadIndex(file, controller.signal)
      .then(setState)
      .catch(() => {});
    return () => controller.abort();
  }, [file, prerendered]);
  return state;
}
