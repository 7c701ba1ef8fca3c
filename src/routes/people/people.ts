import type { PersonPhoto, PersonSummary, RoleSpan } from '../../event/archive.ts';
import { baseLanguage } from '../../event/versions.ts';

/** Everyone in `lang`'s alphabetical order: `Çavuşoğlu` among the C in French, `Ä` with the A in German. */
export function sortedPeople(people: readonly PersonSummary[], lang: string): PersonSummary[] {
  const collator = new Intl.Collator(lang);
  return [...people].sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** The letter a name is listed under, without its accents: `Çavuşoğlu` → `C`; `#` for no letter. */
export function initialOf(name: string, lang: string): string {
  // Decomposed, `Ç` is `C` and a combining cedilla: its first letter is the base letter.
  const first = name.normalize('NFD').match(/\p{L}/u)?.[0];
  return first ? first.toLocaleUpperCase(lang) : '#';
}

export interface LetterGroup {
  letter: string;
  people: PersonSummary[];
}

/** The people under each initial, in `lang`'s order, for the jump list and its sections. */
export function byInitial(people: readonly PersonSummary[], lang: string): LetterGroup[] {
  const groups = new Map<string, PersonSummary[]>();
  for (const person of sortedPeople(people, lang)) {
    const letter = initialOf(person.name, lang);
    const group = groups.get(letter);
    if (group) group.push(person);
    else groups.set(letter, [person]);
  }
  return [...groups].map(([letter, listed]) => ({ letter, people: listed }));
}

/**
 * Each photo once, newest first: the versions of an event show the same photo under the same
 * number, so the page shows the one in `lang`, else in the site's default language, else any.
 */
export function photosIn(photos: readonly PersonPhoto[], lang: string, defaultLanguage: string): PersonPhoto[] {
  const versions = new Map<string, PersonPhoto[]>();
  for (const photo of photos) {
    const key = `${photo.translationKey ?? `\0${photo.event}`}#${photo.number}`;
    const group = versions.get(key);
    if (group) group.push(photo);
    else versions.set(key, [photo]);
  }
  const pick = (group: PersonPhoto[]) =>
    group.find((p) => baseLanguage(p.lang) === lang) ??
    group.find((p) => baseLanguage(p.lang) === defaultLanguage) ??
    group[0];
  return (
    [...versions.values()]
      .flatMap((group) => pick(group) ?? [])
      // Stable: the photos of one day keep the file's order, each event's together.
      .sort((a, b) => b.date.localeCompare(a.date))
  );
}

/** The roles the captions give a person, each once with when it held, newest first. */
export function rolesOverTime(photos: readonly Pick<PersonPhoto, 'role' | 'date' | 'endDate'>[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const { role, date, endDate = date } of photos) {
    const name = role?.trim();
    if (!name) continue;
    const span = spans.get(name);
    if (!span) spans.set(name, { role: name, first: date, last: endDate });
    else {
      if (date < span.first) span.first = date;
      if (endDate > span.last) span.last = endDate;
    }
  }
  return [...spans.values()].sort((a, b) => b.last.localeCompare(a.last) || b.first.localeCompare(a.first));
}
