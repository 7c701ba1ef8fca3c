import { useLayoutEffect, useState } from 'react';

/**
 * False while the page is the prerendered HTML (and during hydration), true once the app runs.
 * Controls render as unavailable until then: a click before the app has loaded would do nothing.
 *
 * A layout effect, so the controls turn available in the task that hydrated them, before the
 * next frame. preact/compat's useSyncExternalStore has no server snapshot: it said true during
 * hydration, which leaves attributes as the server wrote them, and the controls stayed marked
 * unavailable until some later render.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useLayoutEffect(() => setHydrated(true), []);
  return hydrated;
}
