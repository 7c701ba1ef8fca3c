// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/archive/generate.ts';
import { peoplePool } from '../../scripts/archive/people.ts';
import { parseEvent } from '../../src/event/parseEvent.ts';
import type { GalleryEvent } from '../../src/event/schema.ts';

const archive = generateArchive({ events: 200, seed: 16 });

/** As a search sees words: case and diacritics do not matter (`Cavusoglu` is `Çavuşoğlu`). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every text of an event a visitor can read or search, photo by photo after the article. */
function textsOf(event: GalleryEvent): string[] {
  const photos = event.photos.flatMap((photo) => [
    photo.caption ?? '',
    photo.credit,
    ...(photo.people ?? []).flatMap((person) => [person.name, person.role ?? '']),
  ]);
  return [event.title, event.location ?? '', event.lead ?? '', ...event.body, event.source ?? '', ...photos];
}

/** Which events hold each word, anywhere in their texts: a search index's view of the archive. */
const eventsByWord = new Map<string, Set<string>>();
for (const event of archive.events) {
  for (const word of textsOf(event).flatMap(words))
    eventsByWord.set(word, (eventsByWord.get(word) ?? new Set()).add(event.id));
}
const eventsWithWord = (word: string) => [...(eventsByWord.get(fold(word)) ?? [])];

describe('generateArchive', () => {
  it('gives the same archive for the same seed, and another for another seed', () => {
    expect(generateArchive({ events: 200, seed: 16 })).toEqual(archive);
    expect(generateArchive({ events: 200, seed: 17 }).events[0]).not.toEqual(archive.events[0]);
  });

  it('writes as many event files as asked, each one passing the schema under its own id', () => {
    expect(archive.events).toHaveLength(200);
    expect(new Set(archive.events.map((event) => event.id)).size).toBe(200);
    const refused = archive.events
      .map((event) => ({ id: event.id, result: parseEvent(`${event.id}.json`, JSON.stringify(event), event.id) }))
      .filter(({ result }) => !result.ok || result.dropped.length > 0);
    expect(refused).toEqual([]);
  });

  it('spreads the events evenly over ten years, 2016 to 2025', () => {
    const perYear = new Map<string, number>();
    for (const event of archive.events)
      perYear.set(event.date.slice(0, 4), (perYear.get(event.date.slice(0, 4)) ?? 0) + 1);
    expect([...perYear.keys()].sort()).toEqual(Array.from({ length: 10 }, (_, i) => String(2016 + i)));
    for (const count of perYear.values()) expect(count).toBeGreaterThanOrEqual(17);
  });

  it('has about one event in four in German or English too, its versions sharing a translationKey and the photos', () => {
    const french = archive.events.filter((event) => event.lang === 'fr');
    const translated = french.filter((event) => event.translationKey);
    expect(translated.length / french.length).toBeGreaterThan(0.15);
    expect(translated.length / french.length).toBeLessThan(0.35);
    for (const event of archive.events.filter((e) => e.lang !== 'fr')) {
      const original = french.find((e) => e.translationKey === event.translationKey);
      expect(original?.photos.map((photo) => photo.src)).toEqual(event.photos.map((photo) => photo.src));
    }
  });

  it('gives each event 8 to 15 photos, or as many as asked, never one file twice in an event', () => {
    const counts = archive.events.map((event) => event.photos.length);
    expect(Math.min(...counts)).toBe(8);
    expect(Math.max(...counts)).toBe(15);
    for (const event of generateArchive({ events: 20, photos: 15 }).events) {
      expect(new Set(event.photos.map((photo) => photo.src)).size).toBe(15);
    }
  });

  it('captions people left to right, unknown ones as n.n., and some photos with a free caption only', () => {
    const photos = archive.events.flatMap((event) => event.photos);
    expect(photos.filter((photo) => photo.people?.some((p) => p.name === 'n.n.')).length).toBeGreaterThan(10);
    expect(photos.filter((photo) => !photo.people && photo.caption).length).toBeGreaterThan(100);
    const names = new Set(photos.flatMap((photo) => photo.people ?? []).map((person) => person.name));
    expect(names).toContain('Mevlüt Çavuşoğlu');
    expect(names).toContain('Þórdís Kolbrún R. Gylfadóttir');
  });

  it('draws people from a pool of about 300, some of whom change role over the years', () => {
    const pool = peoplePool();
    expect(new Set(pool.map((person) => person.name)).size).toBe(pool.length);
    expect(pool.length).toBeGreaterThanOrEqual(290);
    const roles = new Map<string, Set<string>>();
    for (const person of archive.events
      .filter((e) => e.lang === 'fr')
      .flatMap((e) => e.photos.flatMap((p) => p.people ?? []))) {
      if (person.role) roles.set(person.name, (roles.get(person.name) ?? new Set()).add(person.role));
    }
    expect([...roles.values()].filter((held) => held.size > 1).length).toBeGreaterThan(10);
  });

  it('holds each unique word it names in that event alone', () => {
    expect(archive.uniqueWords).toHaveLength(200);
    for (const { word, eventId } of archive.uniqueWords) expect(eventsWithWord(word)).toEqual([eventId]);
  });

  it('names each unique person in one photo of the whole archive, their surname nowhere else', () => {
    expect(archive.uniquePeople.length).toBeGreaterThan(30);
    for (const { name, eventId, photo } of archive.uniquePeople) {
      const shown = archive.events.flatMap((event) =>
        event.photos.flatMap((p, i) =>
          p.people?.some((person) => person.name === name) ? [`${event.id}/${i + 1}`] : [],
        ),
      );
      expect(shown).toEqual([`${eventId}/${photo}`]);
      expect(eventsWithWord(name.split(' ').at(-1) ?? '')).toEqual([eventId]);
    }
  });
});
