import {
  archiveFiles,
  FRONT_EVENTS,
  type FrontData,
  PERSON_PAGE_SIZE,
  type PeopleData,
  type PersonData,
  type PersonPhoto,
  pageCount,
  pageOf,
  type YearData,
  yearOf,
} from '../../src/event/archive.ts';
import type { EventsIndex, EventsIndexEntry } from '../../src/event/eventsIndex.ts';
import type { DisplayEvent } from '../../src/event/forDisplay.ts';
import type { Photo } from '../../src/event/schema.ts';
import { personSlug } from '../../src/event/slug.ts';
import { eventFileUrl, resolveUrl } from '../../src/event/urls.ts';
import { listingLanguages } from '../../src/event/versions.ts';
import { photosIn, rolesOverTime } from '../../src/routes/people/people.ts';

/** One event whatever its languages: the versions sharing a `translationKey` are one. */
const groupOf = (entry: { id: string; translationKey?: string }) => entry.translationKey ?? `\0${entry.id}`;

/** The entry with its images' addresses resolved: the archive's files live in folders of their own. */
function resolved(entry: EventsIndexEntry, base: string): EventsIndexEntry {
  const from = eventFileUrl(base, entry.id);
  const { cover } = entry;
  const srcSet = cover.srcSet?.map((source) => ({ ...source, src: resolveUrl(source.src, from) }));
  return { ...entry, cover: { ...cover, src: resolveUrl(cover.src, from), ...(srcSet && { srcSet }) } };
}

/** Entries grouped by a key, each group in the entries' order, the groups in order of first entry. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function front(entries: readonly EventsIndexEntry[], languages: string[]): FrontData {
  // Sorted on their own: an event from 30 December to 2 January sorts among the next year's.
  const years = [...groupBy(entries, yearOf)]
    .map(([year, inYear]) => ({ year, count: new Set(inYear.map(groupOf)).size }))
    .sort((a, b) => b.year.localeCompare(a.year));
  const newest = new Set([...groupBy(entries, groupOf).keys()].slice(0, FRONT_EVENTS));
  return { years, latest: entries.filter((entry) => newest.has(groupOf(entry))), languages };
}

/** The smallest image of a photo that still fills a thumbnail, resolved against its event file. */
function thumbnailOf(photo: Photo, file: string): PersonPhoto['image'] {
  const [smallest] = [...(photo.srcSet ?? [])].sort((a, b) => a.width - b.width);
  const image = photo.thumbnail ?? smallest ?? photo;
  return { src: resolveUrl(image.src, file), width: image.width, height: image.height };
}

interface Sighting {
  slug: string;
  name: string;
  photo: PersonPhoto;
}

function sightings({ event, numbers }: DisplayEvent, base: string): Sighting[] {
  const file = eventFileUrl(base, event.id);
  const { id, lang, translationKey, title, date, endDate } = event;
  return event.photos.flatMap((photo, index) => {
    const people = photo.people ?? [];
    const alt = photo.alt ?? [people.map((p) => p.name).join(', '), photo.caption].filter(Boolean).join(' — ');
    return people.flatMap(({ name, role }) => {
      const slug = personSlug(name);
      if (!slug) return [];
      const number = numbers[index] ?? index + 1;
      const image = thumbnailOf(photo, file);
      return [
        { slug, name, photo: { event: id, lang, translationKey, title, date, endDate, number, role, alt, image } },
      ];
    });
  });
}

/** The spelling most of a person's captions use; the first seen of equals. */
function usualName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** A person's pages in one language: each photo once, in that language's version if it has one. */
function personPages(
  slug: string,
  name: string,
  photos: readonly PersonPhoto[],
  lang: string,
  defaultLanguage: string,
) {
  const picked = photosIn(photos, lang, defaultLanguage);
  const roles = rolesOverTime(picked);
  const pages = pageCount(picked.length, PERSON_PAGE_SIZE);
  return Array.from({ length: pages }, (_, index): PersonData => {
    const page = index + 1;
    const shown = pageOf(picked, page, PERSON_PAGE_SIZE);
    return { slug, name, lang, photoCount: picked.length, roles, photos: shown, page, pages };
  });
}

interface People {
  list: PeopleData;
  pages: PersonData[];
}

function people(
  events: readonly DisplayEvent[],
  base: string,
  languages: readonly string[],
  defaultLanguage: string,
): People {
  const bySlug = groupBy(
    events.flatMap((shown) => sightings(shown, base)),
    (sighting) => sighting.slug,
  );
  // A photo shown in three languages is one photo of the person, in one event.
  const eventOf = (photo: PersonPhoto) => groupOf({ id: photo.event, translationKey: photo.translationKey });
  const list: PeopleData['people'] = [];
  const pages: PersonData[] = [];
  for (const [slug, seen] of bySlug) {
    const photos = seen
      .map((sighting) => sighting.photo)
      .sort((a, b) => b.date.localeCompare(a.date) || a.event.localeCompare(b.event) || a.number - b.number);
    const name = usualName(seen.map((sighting) => sighting.name));
    list.push({
      slug,
      name,
      photoCount: new Set(photos.map((photo) => `${eventOf(photo)}\0${photo.number}`)).size,
      eventCount: new Set(photos.map(eventOf)).size,
    });
    for (const lang of languages) pages.push(...personPages(slug, name, photos, lang, defaultLanguage));
  }
  list.sort((a, b) => a.slug.localeCompare(b.slug));
  return { list: { people: list }, pages };
}

/**
 * Every file of the archive, by its path under the site's base: the front page's, one a year,
 * the list of people and each person's pages in each of `peopleLanguages`. `events` are the
 * events of `index`, as shown.
 */
export function archiveOf(
  index: EventsIndex,
  events: readonly DisplayEvent[],
  base: string,
  uiLanguages: readonly string[],
  defaultLanguage: string,
  peopleLanguages: readonly string[],
): Map<string, FrontData | YearData | PeopleData | PersonData> {
  const entries = index.events.map((entry) => resolved(entry, base));
  const files = new Map<string, FrontData | YearData | PeopleData | PersonData>();
  const frontData = front(entries, listingLanguages(entries, uiLanguages, defaultLanguage));
  files.set(archiveFiles.front, frontData);
  for (const [year, inYear] of groupBy(entries, yearOf)) {
    files.set(archiveFiles.year(year), {
      year,
      events: inYear,
      years: frontData.years,
      languages: frontData.languages,
    });
  }
  const { list, pages } = people(events, base, peopleLanguages, defaultLanguage);
  files.set(archiveFiles.people, list);
  for (const page of pages) files.set(archiveFiles.person(page.slug, page.lang, page.page), page);
  return files;
}
