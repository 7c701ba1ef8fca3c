import type { EventsIndexEntry } from './eventsIndex.ts';

/**
 * The archive's data, which the build writes under the site's base: each listing page carries
 * its own part prerendered, and the app fetches the same file when it makes that page itself.
 * No file holds the whole archive, so no page's cost grows with it.
 */
export const archiveFiles = {
  /** The newest events and the years: what the front page of every language shows. */
  front: 'archive/front.json',
  year: (year: string) => `archive/years/${year}.json`,
  people: 'archive/people.json',
  /** One page of a person's photos in one language: the most photographed person's stay small. */
  person: (slug: string, lang: string, page: number) => `archive/people/${slug}/${lang}-${page}.json`,
} as const;

/** Where the app finds one of the archive's files, under the base it was built for. */
export function archiveUrl(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file}`;
}

/** Events (each once, whatever its languages) the front page shows: well under its 60 cards. */
export const FRONT_EVENTS = 24;
/** Events a year's page lists before it goes on to the next page. */
export const YEAR_PAGE_SIZE = 48;
/** Photos a person's page shows before it goes on to the next page. */
export const PERSON_PAGE_SIZE = 60;

export interface YearCount {
  year: string;
  /** Events of that year, each counted once whatever its languages. */
  count: number;
}

/**
 * Entries are events index entries; their images' addresses are resolved already (absolute
 * paths under the base, or full URLs), since the files sit in folders of their own.
 */
export interface FrontData {
  /** Newest first. */
  years: YearCount[];
  /** Every version of the newest events, newest first. */
  latest: EventsIndexEntry[];
  /** The languages with a listing of their own. */
  languages: string[];
}

export interface YearData {
  year: string;
  /** Every version of every event of the year, newest first; or only one page's, see `slice`. */
  events: EventsIndexEntry[];
  /** Every year, for the navigation between them. */
  years: YearCount[];
  /** The languages with a listing of their own. */
  languages: string[];
  /** A prerendered page carries only its own events: which page they are, of how many. */
  slice?: { page: number; pages: number };
}

export interface PersonSummary {
  slug: string;
  /** The spelling most captions use. */
  name: string;
  photoCount: number;
  eventCount: number;
}

export interface PeopleData {
  people: PersonSummary[];
}

export interface PersonPhoto {
  /** The event's id and language, and the key its versions share. */
  event: string;
  lang: string;
  translationKey?: string;
  title: string;
  date: string;
  endDate?: string;
  /** The photo's number in its event, for its address. */
  number: number;
  /** The role the caption gives the person on this photo. */
  role?: string;
  /** The photo's text alternative: who and what it shows. */
  alt: string;
  /** A small image of the photo. */
  image: { src: string; width: number; height: number };
}

export interface RoleSpan {
  role: string;
  /** The first day of the first event, and the last day of the last event, with that role. */
  first: string;
  last: string;
}

/** One page of a person's photos in one language: each photo once, in that language's version if any. */
export interface PersonData {
  slug: string;
  name: string;
  lang: string;
  /** Every photo of the person, in all the pages. */
  photoCount: number;
  /** The roles the captions give the person, each once with when it held, newest first. */
  roles: RoleSpan[];
  /** This page's photos, newest first. */
  photos: PersonPhoto[];
  page: number;
  pages: number;
}

/** The year an event belongs to: that of its first day. */
export function yearOf(entry: { date: string }): string {
  return entry.date.slice(0, 4);
}

/** How many pages `count` items take, `size` a page: one at least. */
export function pageCount(count: number, size = YEAR_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The items of page `page` (from 1), `size` a page, or none for a page there is not. */
export function pageOf<T>(listed: readonly T[], page: number, size = YEAR_PAGE_SIZE): T[] {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(listed.length, size)) return [];
  return listed.slice((page - 1) * size, page * size);
}
