import type { EventsIndexEntry } from './eventsIndex.ts';

/** One language version of an event, as a language switch and `hreflang` links need it. */
export interface Version {
  id: string;
  /** The version's content language tag. */
  lang: string;
  /** How many photos it shows, so a switch can keep the visitor's place. */
  photoCount: number;
}

/** `fr-LU` and `fr` are one language to a visitor choosing between versions. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

const groupOf = (entry: EventsIndexEntry) => entry.translationKey ?? `\0${entry.id}`;

/** The versions of each event, in index order: those sharing a `translationKey` are one event. */
function groups(entries: readonly EventsIndexEntry[]): EventsIndexEntry[][] {
  const byKey = new Map<string, EventsIndexEntry[]>();
  for (const entry of entries) {
    const key = groupOf(entry);
    const group = byKey.get(key);
    if (group) group.push(entry);
    else byKey.set(key, [entry]);
  }
  return [...byKey.values()];
}

const version = ({ id, lang, photoCount }: EventsIndexEntry): Version => ({ id, lang, photoCount });

/** Every version of the event `id`, itself included, in the order of `languages`, then the others. */
export function versionsOf(entries: readonly EventsIndexEntry[], id: string, languages: readonly string[]): Version[] {
  const entry = entries.find((e) => e.id === id);
  if (!entry) return [];
  const rank = (v: Version) => {
    const at = languages.indexOf(baseLanguage(v.lang));
    return at === -1 ? languages.length : at;
  };
  return entries
    .filter((e) => e === entry || (entry.translationKey !== undefined && e.translationKey === entry.translationKey))
    .map(version)
    .sort((a, b) => rank(a) - rank(b) || a.lang.localeCompare(b.lang));
}

/**
 * The events a listing in `lang` shows, newest first: each event once, in `lang` when it has
 * that version, else in the site's default language, else in the version listed first.
 */
export function listingFor(
  entries: readonly EventsIndexEntry[],
  lang: string,
  defaultLanguage: string,
): EventsIndexEntry[] {
  const pick = (group: EventsIndexEntry[]) =>
    group.find((e) => baseLanguage(e.lang) === lang) ??
    group.find((e) => baseLanguage(e.lang) === defaultLanguage) ??
    group[0];
  return groups(entries).flatMap((group) => pick(group) ?? []);
}

/**
 * The languages with a listing page: those of `interfaceLanguages` some event is written in,
 * and the site's default language, whose listing is the front page, whatever its events.
 */
export function listingLanguages(
  entries: readonly EventsIndexEntry[],
  interfaceLanguages: readonly string[],
  defaultLanguage: string,
): string[] {
  const written = new Set(entries.map((e) => baseLanguage(e.lang)));
  return interfaceLanguages.filter((lang) => lang === defaultLanguage || written.has(lang));
}
