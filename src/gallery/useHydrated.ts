import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the page is the prerendered HTML (and during hydration), true once the app runs.
 * Controls render as unavailable until then: a click before the app has loaded would do nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
