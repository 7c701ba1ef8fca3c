import { useMemo } from 'react';
import { archiveFiles, archiveUrl, yearOf } from '../event/archive.ts';
import { archiveSchema, useArchiveFile } from '../event/useArchiveFile.ts';
import { type Version, versionsOf } from '../event/versions.ts';
import { useSite } from '../site/useSite.ts';

/**
 * The versions of an event in other languages: the prerendered page carries them; a page the app
 * made itself reads them from the archive's file of the event's year, where its versions are
 * listed. Until then (or if it fails) there are none to offer.
 */
export function useVersions(
  event: { id: string; date: string },
  prerendered: readonly Version[] | undefined,
): readonly Version[] {
  const site = useSite();
  const file = archiveUrl(import.meta.env.BASE_URL, archiveFiles.year(yearOf(event)));
  const state = useArchiveFile(prerendered ? null : file, archiveSchema.year);
  return useMemo(() => {
    if (prerendered) return prerendered;
    return state.status === 'shown' ? versionsOf(state.data.events, event.id, site.languages) : [];
  }, [prerendered, state, event.id, site.languages]);
}
