import { useCallback, useEffect, useState } from 'react';
import type { DisplayEvent } from './forDisplay.ts';
import { type LoadError, type LoadResult, loadEvent } from './load.ts';
import type { LoadState } from './loadState.ts';

export type EventState = LoadState<DisplayEvent, LoadError>;

function stateOf(result: LoadResult | null): EventState {
  if (!result) return { status: 'loading' };
  if (!result.ok) return { status: 'failed', error: result.error };
  return { status: 'shown', data: result };
}

/**
 * Loads and validates an event file. `prerendered` is the event already in the page, which spares
 * the visitor a second request; when it holds only the first photos of a large event, the file is
 * fetched for the rest while the page is already in use.
 */
export function useEvent(file: string, id?: string, prerendered?: DisplayEvent) {
  const [state, setState] = useState<{ file: string; result: LoadResult } | null>(
    prerendered ? { file, result: { ok: true, ...prerendered } } : null,
  );
  const current = state?.file === file ? state.result : null;

  useEffect(() => {
    if (current && !(current.ok && current.partial)) return;
    const controller = new AbortController();
    loadEvent(file, id, controller.signal)
      // A failure to complete a partial event keeps the photos the page already has.
      .then((result) => setState((previous) => (current && !result.ok ? previous : { file, result })))
      // Only an abort rejects: the visitor has moved on to another event.
      .catch(() => {});
    return () => controller.abort();
  }, [file, id, current]);

  const retry = useCallback(() => setState(null), []);
  return { state: stateOf(current), retry };
}
