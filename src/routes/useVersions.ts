import { useMemo } from 'react';
import { eventsIndexUrl } from '../event/urls.ts';
import { useEventsIndex } from '../event/useEventsIndex.ts';
import { type Version, versionsOf } from '../event/versions.ts';
import { useSite } from '../site/useSite.ts';

const INDEX_FILE = eventsIndexUrl(import.meta.env.BASE_URL);

/**
 * The versions of an event in other languages: the prerendered page carries them; a page the app
 * made itself reads them from the events index. Until then (or if it fails) there are none to offer.
 */
export function useVersions(id: string, prerendered: readonly Version[] | undefined): readonly Version[] {
  const site = useSite();
  const state = useEventsIndex(prerendered ? null : INDEX_FILE);
  return useMemo(() => {
    if (prerendered) return prerendered;
    return state.status === 'shown' ? versionsOf(state.data.events, id, site.languages) : [];
  }, [prerendered, state, id, site.languages]);
}
