import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/event/paths.ts';

/** The parts of the build's archive files (`archive/front.json`, `archive/people.json`) used here. */
export interface ArchiveFacts {
  years: readonly { year: string; count: number }[];
  people: readonly { slug: string; name: string; photoCount: number }[];
}

/**
 * The archive's pages Lighthouse also audits: the front page, the year with the most events, the
 * person in the most photos, and a search for that person's last name, which has answers.
 * Addresses in the site's default language, built from the paths table.
 */
export function archivePages(facts: ArchiveFacts, lang: string): { page: string; path: string }[] {
  const year = [...facts.years].sort((a, b) => b.count - a.count)[0];
  const person = [...facts.people].sort((a, b) => b.photoCount - a.photoCount)[0];
  const query = person?.name.split(/\s+/).at(-1);
  return [
    { page: 'front page', path: paths.index.build() },
    ...(year ? [{ page: `year ${year.year}`, path: paths.year.build(lang, lang, year.year) }] : []),
    ...(person ? [{ page: `person ${person.slug}`, path: paths.person.build(lang, lang, person.slug) }] : []),
    ...(query ? [{ page: `search "${query}"`, path: paths.search.build(lang, lang, query) }] : []),
  ];
}

/** Reads the facts from a build's output folder. */
export function readArchiveFacts(distDir: string): ArchiveFacts {
  const json = (file: string) => JSON.parse(readFileSync(join(distDir, 'archive', file), 'utf8'));
  return { years: json('front.json').years, people: json('people.json').people };
}
