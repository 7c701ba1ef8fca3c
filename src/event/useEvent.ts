import { useCallback, useEffect, useState } from 'react';
import { type LoadResult, loadEvent } from './load.ts';

export type EventState = { status: 'loading' } | ({ status: 'done' } & LoadResult);

/**
 * Loads and validates an event file. `initial` is the result already in the page (prerendered),
 * which spares the visitor a second request; when it holds only the first photos of a large
 * event, the file is fetched for the rest while the page is already in use.
 */
export function useEvent(file: string, id?: string, initial?: LoadResult) {
  const [state, setState] = useState<{ file: string; result: LoadResult } | null>(
    initial ? { file, result: initial } : null,
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

  const event: EventState = current ? { status: 'done', ...current } : { status: 'loading' };
  return { state: event, retry };
}
