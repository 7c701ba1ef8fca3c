// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/archive/generate.ts';
import { archiveOf } from '../../scripts/build/archive.ts';
import {
  archiveFiles,
  FRONT_EVENTS,
  type FrontData,
  PERSON_PAGE_SIZE,
  type PeopleData,
  type PersonData,
  type YearData,
} from '../../src/event/archive.ts';
import { buildEventsIndex } from '../../src/event/eventsIndex.ts';
import { UI_LANGUAGES } from '../../src/i18n/messages.ts';

const generated = generateArchive({ events: 240, seed: 7 });
const files = generated.events.map((event) => ({ name: `${event.id}.json`, text: JSON.stringify(event) }));
const { index, events } = buildEventsIndex(files);
const archive = archiveOf(index, events, '/galleries/', UI_LANGUAGES, 'fr', ['fr', 'de', 'en']);
const read = <T>(file: string) => {
  const data = archive.get(file);
  if (!data) throw new Error(`the archive has no ${file}`);
  return data as T;
};
/** One key a published event: its versions in several languages are one. */
const groupOf = (entry: { id: string; translationKey?: string }) => entry.translationKey ?? entry.id;
const groups = new Set(index.events.map(groupOf));

describe('the front page’s file', () => {
  const front = read<FrontData>(archiveFiles.front);

  it(`holds the ${FRONT_EVENTS} newest events with all their versions, and no others`, () => {
    const newest = [...new Set(index.events.map(groupOf))].slice(0, FRONT_EVENTS);
    expect([...new Set(front.latest.map(groupOf))]).toEqual(newest);
    expect(front.latest.length).toBe(index.events.filter((entry) => newest.includes(groupOf(entry))).length);
  });

  it('counts every event of every year once, newest year first', () => {
    expect(front.years.map(({ year }) => year)).toEqual([...front.years.map(({ year }) => year)].sort().reverse());
    expect(front.years.reduce((sum, { count }) => sum + count, 0)).toBe(groups.size);
  });

  it('resolves the covers under the base, as the pages will ask for them', () => {
    expect(front.latest[0]?.cover.src).toMatch(/^\/galleries\/events\//);
  });
});

describe('a year’s file', () => {
  it('lists every version of every event of that year, and only those', () => {
    for (const { year, count } of read<FrontData>(archiveFiles.front).years) {
      const data = read<YearData>(archiveFiles.year(year));
      expect(
        data.events.every((entry) => entry.date.startsWith(year)),
        year,
      ).toBe(true);
      expect(new Set(data.events.map(groupOf)).size, year).toBe(count);
    }
  });
});

describe('the people’s files', () => {
  const { people } = read<PeopleData>(archiveFiles.people);

  it('names each person found in one photo alone with that photo, in its event', () => {
    for (const { name, eventId, photo } of generated.uniquePeople.slice(0, 5)) {
      const summary = people.find((person) => person.name === name);
      expect(summary, name).toMatchObject({ photoCount: 1, eventCount: 1 });
      const page = read<PersonData>(archiveFiles.person(summary?.slug ?? '', 'fr', 1));
      expect(page.photos.map((shown) => [shown.event, shown.number])).toEqual([[eventId, photo]]);
    }
  });

  it(`splits the most photographed person’s photos into pages of ${PERSON_PAGE_SIZE}, each photo once`, () => {
    const top = [...people].sort((a, b) => b.photoCount - a.photoCount)[0];
    if (!top) throw new Error('the archive names nobody');
    expect(top.photoCount).toBeGreaterThan(PERSON_PAGE_SIZE);
    const first = read<PersonData>(archiveFiles.person(top.slug, 'de', 1));
    const pages = Array.from({ length: first.pages }, (_, n) =>
      read<PersonData>(archiveFiles.person(top.slug, 'de', n + 1)),
    );
    expect(pages.every((page) => page.photos.length <= PERSON_PAGE_SIZE)).toBe(true);
    const shown = pages.flatMap((page) =>
      page.photos.map((photo) => `${photo.translationKey ?? photo.event}#${photo.number}`),
    );
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBe(top.photoCount);
    expect(first.photoCount).toBe(top.photoCount);
    expect(archive.has(archiveFiles.person(top.slug, 'de', first.pages + 1))).toBe(false);
  });

  it('gives nobody unknown a page', () => {
    expect(people.some((person) => /^n-?n$/.test(person.slug))).toBe(false);
  });
});
