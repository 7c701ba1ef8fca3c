import type { GalleryEvent } from '../../../src/event/schema.ts';
import { personSlug } from '../../../src/event/slug.ts';

/** What the pages should show, worked out from the event files alone, not from the build's archive files. */

/** A card or a photo as a test compares it: the event's id and first day. */
export interface Listed {
  id: string;
  date: string;
}

const groupOf = (event: GalleryEvent) => event.translationKey ?? `\0${event.id}`;

/** Each event once, in `lang` where it has that version, else in French (the site's default). */
export function listing(events: readonly GalleryEvent[], lang: string): GalleryEvent[] {
  const groups = new Map<string, GalleryEvent[]>();
  for (const event of events) groups.set(groupOf(event), [...(groups.get(groupOf(event)) ?? []), event]);
  return [...groups.values()].flatMap((group) => {
    const shown = group.find((event) => event.lang === lang) ?? group.find((event) => event.lang === 'fr') ?? group[0];
    return shown ? [shown] : [];
  });
}

/** The events of a year's listing in `lang`, by id, with their days. */
export function yearListing(events: readonly GalleryEvent[], year: string, lang: string): Listed[] {
  return listing(events, lang)
    .filter((event) => event.date.startsWith(year))
    .map(({ id, date }) => ({ id, date }));
}

/** Every year with events, newest first, and how many events each has (versions counted once). */
export function yearCounts(events: readonly GalleryEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { date } of listing(events, 'fr')) counts.set(date.slice(0, 4), (counts.get(date.slice(0, 4)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => b.localeCompare(a)));
}

/** A person the captions name, with the photos their French page should show. */
export interface Person {
  slug: string;
  name: string;
  /** Photo addresses under the site, `/events/<id>/photos/<n>`. */
  photos: string[];
  events: number;
}

/** Everyone with a page, with their photos in the French listing's versions. */
export function people(events: readonly GalleryEvent[]): Person[] {
  const bySlug = new Map<string, Person>();
  for (const event of listing(events, 'fr')) {
    const seen = new Set<string>();
    event.photos.forEach((photo, index) => {
      for (const { name } of photo.people ?? []) {
        const slug = personSlug(name);
        if (!slug) continue;
        const person = bySlug.get(slug) ?? { slug, name, photos: [], events: 0 };
        bySlug.set(slug, person);
        const address = `/events/${event.id}/photos/${index + 1}`;
        if (!person.photos.includes(address)) person.photos.push(address);
        if (!seen.has(slug)) person.events += 1;
        seen.add(slug);
      }
    });
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Whether days run newest first. */
export function newestFirst(dates: readonly string[]): boolean {
  return dates.every((date, index) => index === 0 || date <= (dates[index - 1] ?? date));
}
