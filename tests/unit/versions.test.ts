import { describe, expect, it } from 'vitest';
import type { EventsIndexEntry } from '../../src/event/eventsIndex';
import { listingFor, listingLanguages, versionsOf } from '../../src/event/versions';

const entry = (id: string, lang: string, translationKey?: string, photoCount = 3): EventsIndexEntry => ({
  id,
  lang,
  translationKey,
  title: `title of ${id}`,
  date: '2022-11-29',
  photoCount,
  cover: { src: `${id}/01.jpg`, width: 4, height: 3 },
});

// Newest first, as the build writes the index: a Bucharest meeting in four languages, a Vienna
// visit in German and English, a French-only release and one in Irish.
const index = [
  entry('nato-bukarest-de', 'de', 'nato', 14),
  entry('otan-bucarest', 'fr', 'nato', 14),
  entry('nato-bucharest-en', 'en', 'nato', 12),
  entry('nato-bukarest-lb', 'lb-LU', 'nato', 14),
  entry('wien-de', 'de', 'vienna'),
  entry('vienna-en', 'en', 'vienna'),
  entry('seul-fr', 'fr'),
  entry('dublin-ga', 'ga'),
];
const ids = (entries: EventsIndexEntry[]) => entries.map((e) => e.id);

describe('versionsOf', () => {
  it('gives every version of an event, itself included, in the site’s order of languages', () => {
    expect(versionsOf(index, 'otan-bucarest', ['fr', 'de', 'en', 'lb'])).toEqual([
      { id: 'otan-bucarest', lang: 'fr', photoCount: 14 },
      { id: 'nato-bukarest-de', lang: 'de', photoCount: 14 },
      { id: 'nato-bucharest-en', lang: 'en', photoCount: 12 },
      { id: 'nato-bukarest-lb', lang: 'lb-LU', photoCount: 14 },
    ]);
  });

  it('gives an event without translationKey as its only version', () => {
    expect(versionsOf(index, 'seul-fr', ['fr'])).toEqual([{ id: 'seul-fr', lang: 'fr', photoCount: 3 }]);
  });

  it('puts languages outside the list last', () => {
    const withIrish = [...index, entry('wien-ga', 'ga', 'vienna')];
    expect(versionsOf(withIrish, 'wien-ga', ['en', 'de']).map((v) => v.lang)).toEqual(['en', 'de', 'ga']);
  });

  it('knows no version of an id the index lacks', () => {
    expect(versionsOf(index, 'nowhere', ['fr'])).toEqual([]);
  });
});

describe('listingFor', () => {
  it('lists each event once, in the listing’s language when it has that version', () => {
    expect(ids(listingFor(index, 'de', 'fr'))).toEqual(['nato-bukarest-de', 'wien-de', 'seul-fr', 'dublin-ga']);
    expect(ids(listingFor(index, 'en', 'fr'))).toEqual(['nato-bucharest-en', 'vienna-en', 'seul-fr', 'dublin-ga']);
  });

  it('takes a region tag for its language', () => {
    expect(ids(listingFor(index, 'lb', 'fr'))[0]).toBe('nato-bukarest-lb');
  });

  it('falls back to the default language’s version, then to the version listed first', () => {
    expect(ids(listingFor(index, 'fr', 'fr'))).toEqual(['otan-bucarest', 'wien-de', 'seul-fr', 'dublin-ga']);
    expect(ids(listingFor(index, 'lb', 'en'))).toEqual(['nato-bukarest-lb', 'vienna-en', 'seul-fr', 'dublin-ga']);
  });

  it('keeps the events newest first, each where its first version stands', () => {
    const older = [entry('a-fr', 'fr', 'a'), entry('b-fr', 'fr'), entry('a-de', 'de', 'a')];
    expect(ids(listingFor(older, 'de', 'fr'))).toEqual(['a-de', 'b-fr']);
  });
});

describe('listingLanguages', () => {
  it('lists the interface languages events are written in, and the default language', () => {
    expect(listingLanguages(index, ['fr', 'de', 'en', 'lb'], 'fr')).toEqual(['fr', 'de', 'en', 'lb']);
    const german = [entry('wien-de', 'de-AT')];
    expect(listingLanguages(german, ['fr', 'de', 'en', 'lb'], 'fr')).toEqual(['fr', 'de']);
  });

  it('gives no listing to a language the interface does not speak', () => {
    expect(listingLanguages([entry('dublin-ga', 'ga')], ['fr', 'de', 'en'], 'fr')).toEqual(['fr']);
  });
});
