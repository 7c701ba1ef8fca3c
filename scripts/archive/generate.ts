import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { GalleryEvent, Photo } from '../../src/event/schema.ts';
import { coinedSurname, coinedWord } from './coined.ts';
import { FIRST_NAMES } from './names.ts';
import { hostOf, peoplePool, roleAt } from './people.ts';
import { imageFor, type PhotoPlan, planPhotos, writePhoto } from './photos.ts';
import { between, pick, pickSome, type Random, seededRandom } from './random.ts';
import type { ArchiveLanguage } from './roles.ts';
import { body, lead, type Story, title } from './texts.ts';
import { KINDS, PLACES, SOURCE } from './vocabulary.ts';

export interface ArchiveOptions {
  /** How many event files, each language version counted: 2,000 is ten years of a ministry. */
  events: number;
  seed?: number;
  /** Photos in every event; by default each has 8 to 15. */
  photos?: number;
}

/** The events, and what a test needs to know to ask a question with one right answer. */
export interface Archive {
  events: GalleryEvent[];
  /** For each event file, a word of its article that no other file holds. */
  uniqueWords: { word: string; eventId: string }[];
  /** People named in one photo of the whole archive (with a surname found nowhere else). */
  uniquePeople: { name: string; eventId: string; photo: number }[];
}

export const FIRST_YEAR = 2016;
export const YEARS = 10;
// Photos are the demo's files, named relative to the events folder the demo's event file is in.
const DEMO_FILE = new URL('../../public/events/otan-bucarest-2022.json', import.meta.url);

function dayIn(random: Random, year: number): string {
  return new Date(Date.UTC(year, 0, 1 + between(random, 0, 364))).toISOString().slice(0, 10);
}

function laterDay(date: string, days: number): string | undefined {
  const later = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return later.slice(0, 4) === date.slice(0, 4) ? later : undefined;
}

/** French always; one event in four also in German, English or both, under one translationKey. */
function languagesOf(random: Random, room: number): ArchiveLanguage[] {
  const extra = random();
  const languages: ArchiveLanguage[] =
    extra >= 0.25 ? ['fr'] : extra < 0.125 ? ['fr', 'de', 'en'] : extra < 0.1875 ? ['fr', 'de'] : ['fr', 'en'];
  return languages.slice(0, room);
}

/**
 * A ministry's archive, the same for the same options: `events` files spread evenly over
 * 2016–2025, whose photos point at the demo's image files (write them into the demo's events
 * folder, public/events/ or a copy of it).
 */
export function generateArchive({ events: total, seed = 1, photos }: ArchiveOptions): Archive {
  const random = seededRandom(seed);
  const demo = (JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as { photos: Photo[] }).photos;
  const pool = peoplePool();
  const archive: Archive = { events: [], uniqueWords: [], uniquePeople: [] };
  const ids = new Set<string>();
  while (archive.events.length < total) {
    const slot = archive.events.length;
    const languages = languagesOf(random, total - slot);
    const date = dayIn(random, FIRST_YEAR + Math.floor((slot * YEARS) / total));
    const endDate = random() < 0.3 ? laterDay(date, between(random, 1, 2)) : undefined;
    const host = hostOf(date);
    const kind = pick(random, KINDS);
    const story: Story = { host: host.name, kind, place: pick(random, PLACES), date, endDate };
    const base = `${kind.slug}-${slugify(story.place.fr)}-${date}`;
    let id = base;
    for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    ids.add(id);
    const guests = pickSome(
      random,
      pool.filter((person) => person.name !== host.name),
      between(random, 3, 8),
    );
    const images = Array.from({ length: photos ?? between(random, 8, 15) }, (_, index) => imageFor(demo, index));
    const plans = planPhotos(random, images, host, guests);
    // Only in an event of one language: its versions would name the person in several files.
    if (languages.length === 1 && slot % 3 === 0) {
      const name = `${pick(random, FIRST_NAMES)} ${coinedSurname(archive.uniquePeople.length)}`;
      const index = between(random, 0, plans.length - 1);
      plans[index]?.subjects.splice(between(random, 0, plans[index].subjects.length), 0, { once: name });
      archive.uniquePeople.push({ name, eventId: id, photo: index + 1 });
    }
    for (const lang of languages) {
      const event = writeEvent(random, { id, story, plans, languages, lang, word: coinedWord(archive.events.length) });
      archive.events.push(event);
      archive.uniqueWords.push({ word: coinedWord(archive.events.length - 1), eventId: event.id });
    }
  }
  return archive;
}

interface Version {
  id: string;
  story: Story;
  plans: PhotoPlan[];
  languages: ArchiveLanguage[];
  lang: ArchiveLanguage;
  word: string;
}

function writeEvent(random: Random, { id, story, plans, languages, lang, word }: Version): GalleryEvent {
  const hostRole = roleAt(hostOf(story.date), story.date, lang);
  const photos = plans.map((plan) => writePhoto(plan, story.date, story.place, lang));
  // The article names people of the pool only: the one-photo people stay in their photo.
  const pooled = plans.flatMap((plan) =>
    plan.subjects.flatMap((subject) => ('person' in subject ? [subject.person] : [])),
  );
  const named = [...new Set(pooled)]
    .filter((person) => person.name !== story.host)
    .slice(0, 3)
    .map((person) => ({ name: person.name, role: roleAt(person, story.date, lang) }));
  return {
    id: lang === 'fr' ? id : `${id}-${lang}`,
    lang,
    ...(languages.length > 1 ? { translationKey: id } : {}),
    title: title(story, lang),
    date: story.date,
    ...(story.endDate ? { endDate: story.endDate } : {}),
    location: story.place[lang],
    lead: lead(story, hostRole, lang),
    body: body(random, word, named, lang),
    source: SOURCE[lang],
    photos,
  };
}

/** One file per event, `<id>.json`, written one at a time: an archive never becomes one string. */
export function writeArchive(dir: string, events: readonly GalleryEvent[]): void {
  mkdirSync(dir, { recursive: true });
  for (const event of events) writeFileSync(join(dir, `${event.id}.json`), `${JSON.stringify(event, null, 2)}\n`);
}
