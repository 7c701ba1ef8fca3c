import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { archiveFiles, yearOf } from '../event/archive.ts';
import type { GalleryEvent } from '../event/schema.ts';
import { archiveSchema, useArchiveFile } from '../event/useArchiveFile.ts';
import { baseLanguage, type Version, versionsOf } from '../event/versions.ts';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * The version of the event shown written in the interface language the host asked for
 * (`requested`), if the archive's file of its year on the gallery site lists one. Only an event with a
 * `translationKey` shown in another language costs a request, made once the event is on screen
 * so it never delays the first photo. No such file, or an unreadable one, means no offer.
 */
export function useVersionOffer(file: string, event: GalleryEvent, requested: string | undefined): Version | null {
  const { lang } = useI18n();
  const wanted = requested !== undefined && event.translationKey !== undefined && baseLanguage(event.lang) !== lang;
  // The archive's folder sits beside the events folder, on the gallery site.
  const year = new URL(`../${archiveFiles.year(yearOf(event))}`, new URL(file, window.location.href)).href;
  const state = useArchiveFile(wanted ? year : null, archiveSchema.year);
  return useMemo(() => {
    if (!wanted || state.status !== 'shown') return null;
    const versions = versionsOf(state.data.events, event.id, [lang]);
    return versions.find((v) => v.id !== event.id && baseLanguage(v.lang) === lang) ?? null;
  }, [wanted, state, event.id, lang]);
}

/** Where the visitor stays on switching to `version`: the same photo, or its last when it has fewer. */
export function numberIn(version: Version, number: number): number {
  return Math.max(1, Math.min(number, version.photoCount));
}

/**
 * A ref for the box around a version the visitor switched to: its photo takes the focus the
 * vanished offer had, without scrolling the host page.
 */
export function useFocusOnArrival(arrived: boolean): RefObject<HTMLDivElement | null> {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (arrived) box.current?.querySelector<HTMLElement>('.eg-slide__open')?.focus({ preventScroll: true });
  }, [arrived]);
  return box;
}
