import { isCalendarDate, isLocale } from '../event/checks.ts';
import type { DisplayEvent } from '../event/forDisplay.ts';
import type { GalleryEvent } from '../event/schema.ts';
import type { Draft } from './draft.ts';
import type { EventFile } from './toEvent.ts';

/**
 * The draft as the event view can show it while it is still being typed: the photos at their
 * object URLs, and what the view cannot format yet (a half-typed language or date) replaced by
 * what it will be once typed; the problems list says what is missing meanwhile.
 */
export function previewEvent(
  file: EventFile,
  draft: Draft,
  urls: ReadonlyMap<string, string>,
  fallback: { lang: string; date: string; title: string },
): DisplayEvent {
  const date = isCalendarDate(file.date) ? file.date : fallback.date;
  const endDate = file.endDate && isCalendarDate(file.endDate) && file.endDate >= date ? file.endDate : undefined;
  const photos = file.photos.map((photo, index) => {
    const key = draft.photos[index]?.key ?? '';
    return { ...photo, src: urls.get(key) ?? '', people: photo.people?.filter((person) => person.name) };
  });
  const event: GalleryEvent = {
    ...file,
    id: file.id || 'studio',
    lang: isLocale(file.lang) ? file.lang : fallback.lang,
    title: file.title || fallback.title,
    date,
    endDate,
    photos,
  };
  const numbers = photos.map((_, index) => index + 1);
  return { event, numbers, total: photos.length, dropped: [] };
}
