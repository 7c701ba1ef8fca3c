import { useEffect, useState } from 'react';
import type { EventsIndex } from './eventsIndex.ts';

export type EventsIndexState = { status: 'loading' } | { status: 'done'; index: EventsIndex } | { status: 'failed' };

/** Loads `events/index.json`; `initial` is the index already in a prerendered page. */
export function useEventsIndex(file: string, initial?: EventsIndex): EventsIndexState {
  const [state, setState] = useState<EventsIndexState>(
    initial ? { status: 'done', index: initial } : { status: 'loading' },
  );
  useEffect(() => {
    if (initial) return;
    const controller = new AbortController();
    fetch(file, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then(async (data: unknown) => {
        // The validator loads only when the index is fetched: a prerendered page starts without it.
        const [v, { EventsIndexSchema }] = await Promise.all([import('valibot'), import('./eventsIndex.ts')]);
        const result = v.safeParse(EventsIndexSchema, data);
        setState(result.success ? { status: 'done', index: result.output } : { status: 'failed' });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      });
    return () => controller.abort();
  }, [file, initial]);
  return state;
}
