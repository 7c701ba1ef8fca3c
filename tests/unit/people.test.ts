import { describe, expect, it } from 'vitest';
import type { PersonPhoto, PersonSummary } from '../../src/event/archive';
import { paths } from '../../src/event/paths';
import { peopleAlternates } from '../../src/routes/alternates';
import { byInitial, initialOf, photosIn, rolesOverTime, sortedPeople } from '../../src/routes/people/people';

const person = (name: string): PersonSummary => ({ slug: name.toLowerCase(), name, photoCount: 1, eventCount: 1 });
const names = (people: PersonSummary[]) => people.map((p) => p.name);

describe('sortedPeople', () => {
  const people = ['Zoë Zimmer', 'Ärni Aal', 'Çavuşoğlu Mevlüt', 'Bettel Xavier', 'Asselborn Jean', 'Cami Anne'].map(
    person,
  );

  it('sorts in French with accented letters among their base letters', () => {
    expect(names(sortedPeople(people, 'fr'))).toEqual([
      'Ärni Aal',
      'Asselborn Jean',
      'Bettel Xavier',
      'Cami Anne',
      'Çavuşoğlu Mevlüt',
      'Zoë Zimmer',
    ]);
  });

  it('sorts in Swedish with Ä after Z, as that language wants', () => {
    expect(names(sortedPeople(people, 'sv')).at(-1)).toBe('Ärni Aal');
  });
});

describe('initialOf', () => {
  it.each([
    ['Çavuşoğlu', 'C'],
    ['émile', 'E'],
    ['  Ängel', 'A'],
    ['Þórdís', 'Þ'],
    ['3M', 'M'],
    ['…', '#'],
  ])('lists %s under %s', (name, letter) => {
    expect(initialOf(name, 'fr')).toBe(letter);
  });
});

describe('byInitial', () => {
  it('puts Ç under C, after the names written with a plain C', () => {
    const groups = byInitial(['Çavuşoğlu', 'Cami', 'Asselborn', 'Émile', 'Eyskens'].map(person), 'fr');
    expect(groups.map((g) => [g.letter, names(g.people)])).toEqual([
      ['A', ['Asselborn']],
      ['C', ['Cami', 'Çavuşoğlu']],
      ['E', ['Émile', 'Eyskens']],
    ]);
  });
});

const photo = (event: string, lang: string, number: number, extra: Partial<PersonPhoto> = {}): PersonPhoto => ({
  event,
  lang,
  title: `title of ${event}`,
  date: '2022-11-29',
  number,
  alt: `photo ${number} of ${event}`,
  image: { src: `/events/${event}/${number}.jpg`, width: 300, height: 200 },
  ...extra,
});

describe('photosIn', () => {
  // One event in three languages (photo 2 in the English version only), and a German-only one.
  const photos = [
    photo('nato-de', 'de', 1, { translationKey: 'nato' }),
    photo('otan-fr', 'fr', 1, { translationKey: 'nato' }),
    photo('nato-en', 'en', 1, { translationKey: 'nato' }),
    photo('nato-en', 'en', 2, { translationKey: 'nato' }),
    photo('wien-de', 'de-AT', 4, { date: '2023-05-02' }),
  ];
  const shown = (lang: string) => photosIn(photos, lang, 'fr').map((p) => `${p.event}#${p.number}`);

  it('shows each photo once, in the page’s language when it has it, newest first', () => {
    expect(shown('en')).toEqual(['wien-de#4', 'nato-en#1', 'nato-en#2']);
    expect(shown('de')).toEqual(['wien-de#4', 'nato-de#1', 'nato-en#2']);
  });

  it('falls back to the site’s default language, then to any version', () => {
    expect(shown('lb')).toEqual(['wien-de#4', 'otan-fr#1', 'nato-en#2']);
  });

  it('keeps apart the same number in events without a translation key', () => {
    const alone = [photo('a', 'fr', 1), photo('b', 'fr', 1)];
    expect(photosIn(alone, 'fr', 'fr')).toHaveLength(2);
  });
});

describe('rolesOverTime', () => {
  it('gives each role once with its first and last dates, the newest first', () => {
    const photos = [
      { role: 'Premier ministre', date: '2024-03-01' },
      { role: 'ministre des Affaires étrangères', date: '2019-05-02', endDate: '2019-05-03' },
      { role: 'Premier ministre', date: '2023-12-01' },
      { role: ' ministre des Affaires étrangères ', date: '2022-11-29', endDate: '2022-11-30' },
      { date: '2025-01-01' },
      { role: 'Premier ministre', date: '2025-06-10' },
    ];
    expect(rolesOverTime(photos)).toEqual([
      { role: 'Premier ministre', first: '2023-12-01', last: '2025-06-10' },
      { role: 'ministre des Affaires étrangères', first: '2019-05-02', last: '2022-11-30' },
    ]);
  });
});

describe('peopleAlternates', () => {
  it('gives a person’s page in every language, the default’s without prefix and as x-default', () => {
    expect(peopleAlternates(['fr', 'de'], 'fr', 'jean-asselborn')).toEqual([
      { hreflang: 'fr', to: '/people/jean-asselborn' },
      { hreflang: 'de', to: '/de/people/jean-asselborn' },
      { hreflang: 'x-default', to: '/people/jean-asselborn' },
    ]);
    expect(peopleAlternates(['fr'], 'fr')).toEqual([]);
  });

  it('gives a later page as that page in each language, or the last of a language with fewer', () => {
    const pagesIn = (lang: string) => (lang === 'de' ? 2 : 3);
    const alternates = peopleAlternates(['fr', 'de'], 'fr', 'jean-asselborn', { page: 3, pagesIn });
    expect(alternates.map(({ to }) => to)).toEqual([
      paths.person.build('fr', 'fr', 'jean-asselborn', 3),
      paths.person.build('de', 'fr', 'jean-asselborn', 2),
      paths.person.build('fr', 'fr', 'jean-asselborn', 3),
    ]);
  });
});
