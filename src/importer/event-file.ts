import { parseCaption } from './captions.ts';
import { findDates } from './dates.ts';
import type { Release } from './release.ts';
import { excerpt, type Report } from './report.ts';

/** What the editor said on the command line; each wins over what the text suggests. */
export interface ImportOptions {
  id: string;
  lang?: string;
  date?: string;
  endDate?: string;
  location?: string;
  /** The key shared with the event's versions in other languages. */
  translationKey?: string;
  /** Directory or URL prefix the photos' `src` start with, ending with `/`. */
  photos: string;
}

/** Pixel size of a photo file. */
export interface ImageSize {
  width: number;
  height: number;
}

// The place follows the phrase that says the meeting happened there, in French, German, English
// or Luxembourgish; a capital letter starts each word of it ("à Luxembourg-Ville", "in Den Haag").
const PLACE = String.raw`(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)*)`;
const PLACE_PATTERNS = [
  new RegExp(
    String.raw`(?:a eu lieu|ont eu lieu|a lieu|aura lieu|se tient|se tiendra|s['’]est tenue?s?|se sont tenue?s)\s+à\s+${PLACE}`,
    'u',
  ),
  new RegExp(String.raw`\bin\s+${PLACE}\s+(?:stattfand|stattfinden|stattgefunden|statt)\b`, 'u'),
  new RegExp(String.raw`(?:took place|takes place|will take place|held)\s+in\s+${PLACE}`, 'u'),
  new RegExp(String.raw`\bzu\s+${PLACE}\s+(?:stattfonnt|stattfënnt|statt)\b`, 'u'),
];

/** The event file's `$schema`, relative to an event file in public/events/. */
export const SCHEMA_REF = '../event.schema.json';

/** File name of photo number n: `01.jpg`, as the gallery's photo folders name them. */
export function photoFileName(n: number): string {
  return `${String(n).padStart(2, '0')}.jpg`;
}

/** The id the editor gave, else one made of the title's first words, which the editor should check. */
export function chooseId(release: Release, given: string | undefined): { id: string; reports: Report[] } {
  if (given) return { id: given, reports: [] };
  const words = release.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const id: string[] = [];
  for (const word of words) {
    if ([...id, word].join('-').length > 60) break;
    id.push(word);
  }
  const made = id.join('-');
  return {
    id: made,
    reports: [{ level: 'warning', message: `made the id "${made}" from the title; choose one with --id` }],
  };
}

const NO_DATE =
  'found no date in the lead or the title; give it with --date YYYY-MM-DD (and --end-date for several days)';
const NO_LANG = 'cannot tell the language from the closing line; give it with --lang (fr, de, en, lb…)';

/** The place named in the lead, reported either way: a guess the editor should confirm. */
function guessLocation(release: Release, reports: Report[]): string | undefined {
  const location = PLACE_PATTERNS.map((pattern) => pattern.exec(release.lead ?? '')?.[1]).find(Boolean);
  const message = location
    ? `guessed the location ${excerpt(location)} from the lead; set it with --location`
    : 'found no location in the lead; set it with --location';
  reports.push({ line: release.leadLine, level: 'warning', message });
  return location;
}

/**
 * The event file for a release, its keys in the order editors read them, with the size of
 * each photo. Returns no file when something it needs is missing; the reports say what.
 */
export function buildEvent(release: Release, options: ImportOptions, sizes: ReadonlyMap<number, ImageSize>) {
  const reports: Report[] = [];
  const found = findDates(release.lead ?? '') ?? findDates(release.title);
  const date = options.date ?? found?.date;
  // A date given by hand may be another day than the text's range, so the range's end is left out.
  const endDate = options.endDate ?? (options.date ? undefined : found?.endDate);
  const lang = options.lang ?? release.lang;
  const location = options.location ?? guessLocation(release, reports);
  if (!date) reports.push({ line: release.leadLine, level: 'error', message: NO_DATE });
  if (!lang) reports.push({ level: 'error', message: NO_LANG });
  if (!date || !lang) return { reports };
  const photos = release.photos.map(({ number, credit, caption }) => ({
    src: `${options.photos}${photoFileName(number)}`,
    ...sizes.get(number),
    credit,
    ...(caption === undefined ? {} : parseCaption(caption)),
  }));
  const { id, translationKey } = options;
  const { title, lead, body, source, updated } = release;
  const file = {
    $schema: SCHEMA_REF,
    id,
    lang,
    translationKey,
    title,
    date,
    endDate,
    location,
    lead,
    body,
    source,
    updated,
    photos,
  };
  return { file, reports };
}
