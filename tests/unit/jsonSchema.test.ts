import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/event/schema.ts';

const jsonSchema = JSON.parse(readFileSync('public/event.schema.json', 'utf8'));
const demo = JSON.parse(readFileSync('public/events/otan-bucarest-2022.json', 'utf8'));
const validateJson = new Ajv2020({ allErrors: true, validateFormats: false }).compile(jsonSchema);

type Sample = [name: string, change: (event: Record<string, unknown>, photo: Record<string, unknown>) => void];

function sample(change: Sample[1]): unknown {
  const event = structuredClone(demo);
  change(event, event.photos[0]);
  return event;
}

const valid: Sample[] = [
  ['the demo event', () => {}],
  [
    'no optional field',
    (e) => {
      for (const key of ['endDate', 'location', 'lead', 'source', 'updated', '$schema']) delete e[key];
    },
  ],
  ['an unknown field', (e) => Object.assign(e, { futureField: { any: 1 } })],
  ['an absolute https photo', (_, p) => Object.assign(p, { src: 'https://photos.example/a.jpg' })],
  ['a person without role', (_, p) => Object.assign(p, { people: [{ name: 'Jean Asselborn' }] })],
  ['a caption and an alt', (_, p) => Object.assign(p, { caption: 'Photo de groupe', alt: 'Les ministres' })],
  [
    'responsive sources and a thumbnail',
    (_, p) =>
      Object.assign(p, {
        srcSet: [{ src: 'a-480.avif', width: 480, height: 320, type: 'image/avif' }],
        thumbnail: { src: 'a-thumb.webp', width: 192, height: 128 },
      }),
  ],
  ['an empty body', (e) => Object.assign(e, { body: [] })],
  ['a regional language tag', (e) => Object.assign(e, { lang: 'fr-LU' })],
  ['an id of 200 characters, the most the router takes', (e) => Object.assign(e, { id: 'a'.repeat(200) })],
  ['a translationKey', (e) => Object.assign(e, { translationKey: 'otan-bucarest-2022' })],
  ['a translationKey of 200 characters', (e) => Object.assign(e, { translationKey: 'a'.repeat(200) })],
  ['a width and height of 50000', (_, p) => Object.assign(p, { width: 50_000, height: 50_000 })],
  ['a src in the folder beside events/', (_, p) => Object.assign(p, { src: '../photos/a.jpg' })],
  [
    'usage terms and a licence, for the event and a photo',
    (e, p) => {
      Object.assign(e, { license: 'https://creativecommons.org/licenses/by/4.0/', usageTerms: 'Libre de droits' });
      Object.assign(p, { license: 'https://www.nato.int/terms', usageTerms: 'Editorial use only', bytes: 290_000 });
    },
  ],
  [
    'a source with its weight',
    (_, p) => Object.assign(p, { srcSet: [{ src: 'a.jpg', width: 1, height: 1, bytes: 1 }] }),
  ],
  ['a src with dots that climb nothing', (_, p) => Object.assign(p, { src: 'a..b/..c/d...jpg' })],
];

const invalid: Sample[] = [
  ...['id', 'lang', 'title', 'date', 'body', 'photos'].map((key): Sample => [`no ${key}`, (e) => delete e[key]]),
  ...['src', 'width', 'height', 'credit'].map((key): Sample => [`a photo without ${key}`, (_, p) => delete p[key]]),
  ['an upper-case id', (e) => Object.assign(e, { id: 'OTAN' })],
  ['a blank title', (e) => Object.assign(e, { title: '   ' })],
  ['a date in another format', (e) => Object.assign(e, { date: '29/11/2022' })],
  ['no photos', (e) => Object.assign(e, { photos: [] })],
  ['a zero width', (_, p) => Object.assign(p, { width: 0 })],
  ['a fractional height', (_, p) => Object.assign(p, { height: 1333.5 })],
  ['a width as text', (_, p) => Object.assign(p, { width: '2000' })],
  ['a paragraph that is not text', (e) => Object.assign(e, { body: [42] })],
  ['a javascript: src', (_, p) => Object.assign(p, { src: 'javascript:alert(1)' })],
  ['a data: src', (_, p) => Object.assign(p, { src: 'data:image/png;base64,AAAA' })],
  ['an http: src', (_, p) => Object.assign(p, { src: 'http://photos.example/a.jpg' })],
  ['a protocol-relative src', (_, p) => Object.assign(p, { src: '//evil.example/a.jpg' })],
  ['a src with a tab in the scheme', (_, p) => Object.assign(p, { src: 'java\tscript:alert(1)' })],
  ['a src with a backslash', (_, p) => Object.assign(p, { src: '\\\\evil.example\\a.jpg' })],
  ['an id of 201 characters, which the router refuses', (e) => Object.assign(e, { id: 'a'.repeat(201) })],
  ['the id index, which is the events index', (e) => Object.assign(e, { id: 'index' })],
  ['a translationKey of 201 characters', (e) => Object.assign(e, { translationKey: 'a'.repeat(201) })],
  ...['OTAN-2022', 'otan_2022', 'otan--2022', '-otan', 'otan-', 'otan bucarest', 'réunion', ''].map(
    (key): Sample => [`the translationKey ${JSON.stringify(key)}`, (e) => Object.assign(e, { translationKey: key })],
  ),
  ['a translationKey that is not text', (e) => Object.assign(e, { translationKey: 2022 })],
  ['a width above 50000', (_, p) => Object.assign(p, { width: 50_001 })],
  ['a height of 1e308', (_, p) => Object.assign(p, { height: 1e308 })],
  [
    'a thumbnail wider than 50000',
    (_, p) => Object.assign(p, { thumbnail: { src: 't.webp', width: 60_000, height: 1 } }),
  ],
  ['a src that climbs above the site', (_, p) => Object.assign(p, { src: '../../../etc/passwd' })],
  ['a src that climbs two folders', (_, p) => Object.assign(p, { src: '../../a.jpg' })],
  ['a src that climbs after a folder', (_, p) => Object.assign(p, { src: 'x/../../../a.jpg' })],
  ['a src that climbs percent-encoded', (_, p) => Object.assign(p, { src: '../%2E%2e/a.jpg' })],
  ['a src from the server root', (_, p) => Object.assign(p, { src: '/etc/passwd' })],
  [
    'a srcSet source that climbs',
    (_, p) => Object.assign(p, { srcSet: [{ src: '../../a-480.avif', width: 480, height: 320 }] }),
  ],
  ['a thumbnail that climbs', (_, p) => Object.assign(p, { thumbnail: { src: '../../t.webp', width: 1, height: 1 } })],
  ['a person without name', (_, p) => Object.assign(p, { people: [{ role: 'ministre' }] })],
  [
    'a source of unknown type',
    (_, p) => Object.assign(p, { srcSet: [{ src: 'a.gif', width: 1, height: 1, type: 'image/gif' }] }),
  ],
  ['an http: licence', (e) => Object.assign(e, { license: 'http://creativecommons.org/licenses/by/4.0/' })],
  ['a licence that is a path', (_, p) => Object.assign(p, { license: 'terms.html' })],
  ['usage terms that are not text', (_, p) => Object.assign(p, { usageTerms: 42 })],
  ['a weight of 0 bytes', (_, p) => Object.assign(p, { bytes: 0 })],
  ['a thumbnail without size', (_, p) => Object.assign(p, { thumbnail: { src: 'a.webp' } })],
];

describe('public/event.schema.json agrees with the runtime schema', () => {
  it.each(valid)('both accept %s', (_, change) => {
    const event = sample(change);
    expect(validateEvent(event)).toMatchObject({ ok: true });
    expect(validateJson(event), JSON.stringify(validateJson.errors)).toBe(true);
  });

  it.each(invalid)('both reject %s', (_, change) => {
    const event = sample(change);
    expect(validateEvent(event)).toMatchObject({ ok: false });
    expect(validateJson(event)).toBe(false);
  });

  // What JSON Schema cannot say: the runtime schema alone rejects these, as the schema's description tells editors.
  it.each<Sample>([
    ['an impossible date', (e) => Object.assign(e, { date: '2022-02-31', endDate: undefined })],
    ['an endDate before the date', (e) => Object.assign(e, { endDate: '2022-11-01' })],
  ])('only the runtime schema rejects %s', (_, change) => {
    const event = sample(change);
    expect(validateEvent(event)).toMatchObject({ ok: false });
    expect(validateJson(JSON.parse(JSON.stringify(event)))).toBe(true);
  });
});
