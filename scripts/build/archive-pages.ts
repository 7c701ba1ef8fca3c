import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  archiveFiles,
  type FrontData,
  type PeopleData,
  type PersonData,
  type YearData,
} from '../../src/event/archive.ts';
import type { EventsIndexEntry } from '../../src/event/eventsIndex.ts';
import { paths } from '../../src/event/paths.ts';
import { type Page, page } from './page.ts';

type ServerEntry = typeof import('../../src/app/entry-server.tsx');

/** The archive's files as the build wrote them into dist/ (scripts/vite/archive-plugin.ts). */
export interface Archive {
  front: FrontData;
  years: YearData[];
  /** Every version of every event, newest first. */
  entries: EventsIndexEntry[];
  people: PeopleData;
  /** Each person's page data, read when its pages are written: the largest files of the archive. */
  person: (slug: string, lang: string, page: number) => PersonData;
}

export function readArchive(dist: string): Archive {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dist, file), 'utf8'));
  const front = read<FrontData>(archiveFiles.front);
  const years = front.years.map(({ year }) => read<YearData>(archiveFiles.year(year)));
  const people = read<PeopleData>(archiveFiles.people);
  const person = (slug: string, lang: string, page: number) => read<PersonData>(archiveFiles.person(slug, lang, page));
  return { front, years, entries: years.flatMap((year) => year.events), people, person };
}

/** Every page of every year in every listing language, each carrying only its own events. */
function yearPages(entry: ServerEntry, archive: Archive, nameIn: (lang: string) => string): Page[] {
  const { defaultLanguage } = entry.site;
  const { languages } = archive.front;
  return archive.years.flatMap((data) =>
    languages.flatMap((lang) => {
      const listed = entry.listingFor(data.events, lang, defaultLanguage);
      const pages = entry.pageCount(listed.length);
      const at = (number: number) => paths.year.build(lang, defaultLanguage, data.year, number);
      return Array.from({ length: pages }, (_, index) => {
        const number = index + 1;
        const url = at(number);
        const texts = entry.archiveMessages(lang);
        const place = { page: number, pages, at };
        const head = entry.yearHead(texts, lang, nameIn(lang), data.year, place, languages, defaultLanguage);
        const year = { ...data, events: entry.pageOf(listed, number), slice: { page: number, pages } };
        return page(url, head, { url, year, alternates: [...(head.alternates ?? [])] });
      });
    }),
  );
}

/**
 * `/people` and each person's pages in every language with people pages, each page carrying its
 * own photos only.
 */
function peoplePages(entry: ServerEntry, archive: Archive, nameIn: (lang: string) => string): Page[] {
  const { site } = entry;
  const { defaultLanguage } = site;
  const languages = entry.peopleLanguages(site);
  return languages.flatMap((lang) => {
    const texts = entry.archiveMessages(lang);
    const frame = { siteName: nameIn(lang) };
    const listUrl = paths.people.build(lang, defaultLanguage);
    const alternates = entry.peopleAlternates(languages, defaultLanguage);
    const list = page(listUrl, entry.peopleHead(texts, lang, { ...frame, alternates }), {
      url: listUrl,
      people: archive.people,
      alternates,
    });
    const persons = archive.people.people.flatMap(({ slug }) => {
      const firstOwn = entry.peopleAlternates(languages, defaultLanguage, slug);
      const first = archive.person(slug, lang, 1);
      const pagesIn = (other: string) => (other === lang ? first : archive.person(slug, other, 1)).pages;
      return Array.from({ length: first.pages }, (_, index) => {
        const person = index === 0 ? first : archive.person(slug, lang, index + 1);
        const at = (number: number) => paths.person.build(lang, defaultLanguage, slug, number);
        const url = at(person.page);
        const own =
          person.page === 1
            ? firstOwn
            : entry.peopleAlternates(languages, defaultLanguage, slug, { page: person.page, pagesIn });
        const head = {
          ...entry.personHead(texts, lang, person.name, {
            ...frame,
            alternates: own,
            image: person.photos[0]?.image.src,
          }),
          prev: person.page > 1 ? at(person.page - 1) : undefined,
          next: person.page < person.pages ? at(person.page + 1) : undefined,
        };
        return page(url, head, { url, person, alternates: own });
      });
    });
    return [list, ...persons];
  });
}

/** The archive's listing pages beyond the front page: the years and the people. */
export function archivePages(entry: ServerEntry, archive: Archive, nameIn: (lang: string) => string): Page[] {
  return [...yearPages(entry, archive, nameIn), ...peoplePages(entry, archive, nameIn)];
}
