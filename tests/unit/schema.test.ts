import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/event/checks';
import { type Problem, validateEvent } from '../../src/event/schema';

const demoText = readFileSync(resolve('public/events/otan-bucarest-2022.json'), 'utf8');

/** A fresh, mutable copy of the demo event for each case. */
// biome-ignore lint/suspicious/noExplicitAny: a test edits the raw JSON freely, as an editor would
function demo(): any {
  return JSON.parse(demoText);
}

function problemsOf(data: unknown): Problem[] {
  const result = validateEvent(data);
  if (result.ok) throw new Error('expected the event to be refused, but it validated');
  return result.problems;
}

describe('validateEvent', () => {
  it('accepts the demo event and returns its content', () => {
    const result = validateEvent(demo());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event.id).toBe('otan-bucarest-2022');
    expect(result.event.title).toBe(demo().title);
    expect(result.event.photos).toHaveLength(14);
    expect(result.event.photos[1]?.credit).toBe('NATO');
  });

  it.each(['id', 'lang', 'title', 'date', 'body', 'photos'])('reports a missing %s at its path', (field) => {
    const event = demo();
    delete event[field];
    expect(problemsOf(event)).toEqual([{ path: field, message: 'required, but missing' }]);
  });

  it.each(['src', 'width', 'height', 'credit'])('reports a photo without %s at photos[i].%s', (field) => {
    const first = demo();
    delete first.photos[0][field];
    expect(problemsOf(first)).toEqual([{ path: `photos[0].${field}`, message: 'required, but missing' }]);

    const later = demo();
    delete later.photos[12][field];
    expect(problemsOf(later)).toEqual([{ path: `photos[12].${field}`, message: 'required, but missing' }]);
  });

  it('reports a person without a name at photos[i].people[j].name', () => {
    const event = demo();
    delete event.photos[1].people[2].name;
    expect(problemsOf(event)).toEqual([{ path: 'photos[1].people[2].name', message: 'required, but missing' }]);
  });

  it('accepts optional fields left out', () => {
    const event = demo();
    for (const field of ['endDate', 'location', 'lead', 'source']) delete event[field];
    delete event.photos[0].people;
    expect(validateEvent(event).ok).toBe(true);
  });

  it.each([
    ['title', 42, 'expected title as text'],
    ['title', '   ', 'expected a non-empty title'],
    ['id', 'Otan Bucarest', 'expected lower-case letters, digits and hyphens'],
    ['lang', 'français', 'expected a BCP 47 language tag such as fr'],
    ['body', 'one paragraph', 'expected a list of paragraphs'],
    ['photos', {}, 'expected a list of photos'],
    ['photos', [], 'expected at least one photo'],
    ['date', 20221129, 'expected date as a date YYYY-MM-DD'],
  ])('refuses %s = %j', (field, value, message) => {
    const event = demo();
    event[field] = value;
    expect(problemsOf(event)).toEqual([{ path: field, message }]);
  });

  it.each([
    ['width', '2000'],
    ['width', 0],
    ['width', -1],
    ['width', 1333.5],
    ['height', null],
  ])('refuses a photo %s of %j', (field, value) => {
    const event = demo();
    event.photos[3][field] = value;
    expect(problemsOf(event)).toEqual([{ path: `photos[3].${field}`, message: 'expected a positive integer' }]);
  });

  it('refuses a photo whose src is not a safe address', () => {
    const event = demo();
    event.photos[2].src = 'javascript:alert(1)';
    expect(problemsOf(event)).toEqual([
      { path: 'photos[2].src', message: 'expected an https: URL or a path relative to the event file' },
    ]);
  });

  it.each([
    ['id', 'a'.repeat(201), 'expected at most 200 characters'],
    ['id', 'index', 'expected another id: events/index.json is a name no event may take'],
  ])('refuses %s = %s, once', (field, value, message) => {
    const event = demo();
    event[field] = value;
    expect(problemsOf(event)).toEqual([{ path: field, message }]);
  });

  it.each([
    ['photos[3].width', (p: Record<string, unknown>) => Object.assign(p, { width: 50_001 })],
    ['photos[3].height', (p: Record<string, unknown>) => Object.assign(p, { height: 1e308 })],
    [
      'photos[3].srcSet[0].width',
      (p: Record<string, unknown>) => Object.assign(p, { srcSet: [{ src: 'a.avif', width: 60_000, height: 1 }] }),
    ],
  ])('refuses %s above 50000 pixels, once', (path, change) => {
    const event = demo();
    change(event.photos[3]);
    expect(problemsOf(event)).toEqual([{ path, message: 'expected at most 50000 pixels' }]);
  });

  it.each([
    ['photos[2].src', '../../../etc/passwd'],
    ['photos[2].src', '/etc/passwd'],
    ['photos[2].thumbnail.src', '../../t.webp'],
  ])('refuses %s = %s, which leaves the site, once', (path, src) => {
    const event = demo();
    if (path.includes('thumbnail')) event.photos[2].thumbnail = { src, width: 192, height: 128 };
    else event.photos[2].src = src;
    expect(problemsOf(event)).toEqual([
      {
        path,
        message:
          'expected a path inside the site: at most one ../, at the start (event files are in events/), and no leading /',
      },
    ]);
  });

  it('accepts a translationKey and keeps it', () => {
    const event = demo();
    event.translationKey = 'otan-bucarest-2022';
    expect(validateEvent(event)).toMatchObject({ ok: true, event: { translationKey: 'otan-bucarest-2022' } });
  });

  const slug = 'expected a slug such as otan-bucarest-2022: lower-case letters, digits and hyphens between them';
  it.each([
    ['Otan-Bucarest', slug],
    ['otan_bucarest', slug],
    ['otan--bucarest', slug],
    ['otan-bucarest-', slug],
    ['', slug],
    ['Ä'.repeat(300), slug],
    ['a'.repeat(201), 'expected at most 200 characters'],
    [42, 'expected a translationKey as text, a slug such as otan-bucarest-2022'],
  ])('refuses translationKey = %j, once', (value, message) => {
    const event = demo();
    event.translationKey = value;
    expect(problemsOf(event)).toEqual([{ path: 'translationKey', message }]);
  });

  it('refuses a file that is not an event object', () => {
    expect(problemsOf(null)).toEqual([{ path: '(root)', message: 'expected an event object' }]);
    expect(problemsOf('otan-bucarest-2022')).toEqual([{ path: '(root)', message: 'expected an event object' }]);
  });

  it.each(['2022-02-31', '2022-13-01', '22-11-29', '2022-11-29T10:00', '29/11/2022'])(
    'reports the date %s at date',
    (value) => {
      const event = demo();
      event.date = value;
      expect(problemsOf(event)).toContainEqual({ path: 'date', message: 'expected date as a real date YYYY-MM-DD' });
    },
  );

  it('reports a malformed date once, without blaming a correct endDate', () => {
    // The editor meant 29 November 2022; the endDate (30 November 2022) is right and must not be flagged.
    const event = demo();
    event.date = '22-11-29';
    expect(problemsOf(event)).toEqual([{ path: 'date', message: 'expected date as a real date YYYY-MM-DD' }]);
  });

  it('refuses a bad endDate at endDate', () => {
    const event = demo();
    event.endDate = '2022-11-31';
    expect(problemsOf(event)).toEqual([{ path: 'endDate', message: 'expected endDate as a real date YYYY-MM-DD' }]);
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    const leap = demo();
    leap.date = '2024-02-29';
    leap.endDate = '2024-03-01';
    expect(validateEvent(leap).ok).toBe(true);

    const common = demo();
    common.date = '2023-02-29';
    delete common.endDate;
    expect(problemsOf(common)).toEqual([{ path: 'date', message: 'expected date as a real date YYYY-MM-DD' }]);
  });

  it('refuses an endDate before the date, at endDate', () => {
    const event = demo();
    event.endDate = '2022-11-28';
    expect(problemsOf(event)).toEqual([{ path: 'endDate', message: 'expected endDate on or after date' }]);
  });

  it('accepts an endDate equal to the date', () => {
    const event = demo();
    event.endDate = event.date;
    expect(validateEvent(event).ok).toBe(true);
  });

  it('drops unknown fields, $schema included, from the output', () => {
    const event = demo();
    event.author = 'someone';
    event.photos[0].exif = { iso: 400 };
    event.photos[0].people[0].twitter = '@someone';
    const result = validateEvent(event);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).not.toHaveProperty('$schema');
    expect(result.event).not.toHaveProperty('author');
    expect(result.event.photos[0]).not.toHaveProperty('exif');
    expect(result.event.photos[0]?.people?.[0]).toEqual({
      name: 'Jean Asselborn',
      role: 'ministre des Affaires étrangères et européennes',
    });
  });

  it('reports every problem in the file, not just the first', () => {
    const event = demo();
    delete event.title;
    event.lang = 42;
    event.photos[3].width = -1;
    delete event.photos[7].credit;
    event.photos[10].src = '//evil.example/a.jpg';
    event.endDate = '2022-11-01';
    expect(problemsOf(event)).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'required, but missing' },
        { path: 'lang', message: 'expected a language tag as text' },
        { path: 'photos[3].width', message: 'expected a positive integer' },
        { path: 'photos[7].credit', message: 'required, but missing' },
        { path: 'photos[10].src', message: 'expected an https: URL or a path relative to the event file' },
        { path: 'endDate', message: 'expected endDate on or after date' },
      ]),
    );
    expect(problemsOf(event)).toHaveLength(6);
  });
});

describe('isSafeUrl', () => {
  it.each([
    'otan-bucarest-2022/01.jpg',
    './01.jpg',
    '../photos/01.jpg',
    '/events/otan-bucarest-2022/01.jpg',
    '01.jpg?v=2',
    'https://cdn.example.lu/photos/01.jpg',
    'HTTPS://cdn.example.lu/photos/01.jpg',
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'vbscript:msgbox(1)',
    'http://example.lu/01.jpg',
    'ftp://example.lu/01.jpg',
    'file:///etc/passwd',
    'https:01.jpg',
    '//evil.example/01.jpg',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\\\\evil.example\\01.jpg',
    '/\\evil.example/01.jpg',
    'https:\\\\evil.example/01.jpg',
    '',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
