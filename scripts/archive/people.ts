import { FIRST_NAMES, KNOWN_NAMES, LAST_NAMES } from './names.ts';
import { between, pick, seededRandom } from './random.ts';
import { type ArchiveLanguage, COUNTRIES, OFFICES, officeOf, type Texts } from './roles.ts';

/** Someone the captions name, with the roles they held: the name is the key, the role changes. */
export interface ArchivePerson {
  name: string;
  /** Oldest first; each role holds from its day (`YYYY-MM-DD`) until the next one's. Empty: captions give none. */
  career: { from: string; role: Texts }[];
}

/** About as many people as ten years of a ministry's captions name more than once. */
export const POOL_SIZE = 300;

const HANDOVER = '2023-11-17';

const ASSELBORN: ArchivePerson = {
  name: 'Jean Asselborn',
  career: [
    {
      from: '2004-07-31',
      role: {
        fr: 'ministre des Affaires étrangères et européennes',
        de: 'Minister für auswärtige und europäische Angelegenheiten',
        en: 'Minister of Foreign and European Affairs',
      },
    },
  ],
};

const BETTEL: ArchivePerson = {
  name: 'Xavier Bettel',
  career: [
    { from: '2013-12-04', role: { fr: 'Premier ministre', de: 'Premierminister', en: 'Prime Minister' } },
    {
      from: HANDOVER,
      role: {
        fr: 'ministre des Affaires étrangères et du Commerce extérieur',
        de: 'Minister für auswärtige Angelegenheiten und Außenhandel',
        en: 'Minister for Foreign Affairs and Foreign Trade',
      },
    },
  ],
};

/** The ministry's own minister, who is in most photos of the year: the office changed hands in 2023. */
export function hostOf(date: string): ArchivePerson {
  return date < HANDOVER ? ASSELBORN : BETTEL;
}

function career(random: () => number): ArchivePerson['career'] {
  if (random() < 0.08) return [];
  const country = pick(random, COUNTRIES);
  const first = { from: '2000-01-01', role: officeOf(pick(random, OFFICES), country) };
  // One in three changes office during the decade, in the same country.
  if (random() >= 0.35) return [first];
  return [first, { from: `${between(random, 2018, 2024)}-01-01`, role: officeOf(pick(random, OFFICES), country) }];
}

/** The same pool for every archive: tests and the lead can count on its names. */
export function peoplePool(): ArchivePerson[] {
  const random = seededRandom(300);
  const names = new Set<string>(KNOWN_NAMES);
  while (names.size < POOL_SIZE - 1) names.add(`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`);
  names.delete(ASSELBORN.name);
  const others = [...names].map((name) => ({ name, career: career(random) }));
  return [BETTEL, ...others.filter((person) => person.name !== BETTEL.name)];
}

/** The role a person held on `date`, as the caption in `lang` words it. */
export function roleAt(person: ArchivePerson, date: string, lang: ArchiveLanguage): string | undefined {
  const held = person.career.filter((step) => step.from <= date).at(-1);
  return held?.role[lang];
}
