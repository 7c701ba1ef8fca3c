import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DroppedPhoto } from '../../src/event/forDisplay';
import { type LoadResult, loadEvent } from '../../src/event/load';
import { parseEvent } from '../../src/event/parseEvent';
import type { Problem } from '../../src/event/schema';
import { resolveUrl } from '../../src/event/urls';

const DIR = resolve('tests/fixtures/hostile');
const MISSING = 'required, but missing';
const POSITIVE = 'expected a positive integer';
const UNSAFE = 'expected an https: URL or a path relative to the event file';

/** What the app must make of a file: refuse it, show it without some photos, or show all of it. */
type Outcome =
  | { refused: Problem[] }
  | { kept: number[]; dropped: DroppedPhoto[] }
  | { shown: 'verbatim' | 'unknown fields removed' }
  | { notJson: (text: string) => number };

const refused = (...problems: [string, string][]): Outcome => ({
  refused: problems.map(([path, message]) => ({ path, message })),
});
/** Photo 2 of 3 dropped for one problem; photos 1 and 3 keep their numbers. */
const secondDropped = (path: string, message: string): Outcome => ({
  kept: [1, 3],
  dropped: [{ number: 2, problems: [{ path, message }] }],
});

// One row per file in tests/fixtures/hostile; `truncated` and `syntax-missing-comma` are .txt
// because the linter refuses to parse a broken .json file.
const cases: Record<string, Outcome> = {
  // Each required field of the event missing: the event cannot be shown.
  'missing-id': refused(['id', MISSING]),
  'missing-lang': refused(['lang', MISSING]),
  'missing-title': refused(['title', MISSING]),
  'missing-date': refused(['date', MISSING]),
  'missing-body': refused(['body', MISSING]),
  'missing-photos': refused(['photos', MISSING]),
  // Each required field of a photo missing: that photo alone is dropped.
  'photo-missing-src': secondDropped('photos[1].src', MISSING),
  'photo-missing-width': secondDropped('photos[1].width', MISSING),
  'photo-missing-height': secondDropped('photos[1].height', MISSING),
  'photo-missing-credit': secondDropped('photos[1].credit', MISSING),
  // Wrong types and values in the event.
  'title-number': refused(['title', 'expected title as text']),
  'title-blank': refused(['title', 'expected a non-empty title']),
  'body-string': refused(['body', 'expected a list of paragraphs']),
  'body-paragraph-number': refused(['body[1]', 'expected a paragraph as text']),
  'photos-object': refused(['photos', 'expected a list of photos']),
  'lang-number': refused(['lang', 'expected a language tag as text']),
  // A lang that would break out of the `lang="…"` attribute it ends up in.
  'lang-attribute-injection': refused(['lang', 'expected a BCP 47 language tag such as fr']),
  // `fr-12` is shaped like a tag but no locale: Intl throws a RangeError on it while rendering.
  'lang-not-a-locale': refused(['lang', 'expected a BCP 47 language tag such as fr']),
  'date-not-a-real-date': refused(['date', 'expected date as a real date YYYY-MM-DD']),
  'id-path-traversal': refused(['id', 'expected lower-case letters, digits and hyphens']),
  // A JSON array is an object to valibot: every field is reported missing.
  'event-array': refused(
    ['id', MISSING],
    ['lang', MISSING],
    ['title', MISSING],
    ['date', MISSING],
    ['body', MISSING],
    ['photos', MISSING],
  ),
  'event-null': refused(['(root)', 'expected an event object']),
  // Wrong types and values in a photo.
  'photo-width-string': secondDropped('photos[1].width', POSITIVE),
  // Reported once: a fraction is one mistake, not two.
  'photo-width-fraction': secondDropped('photos[1].width', POSITIVE),
  'photo-people-string': secondDropped('photos[1].people', 'expected a list of people'),
  // Worded like every other message, not echoing the value (which could be megabytes).
  'photo-not-an-object': secondDropped('photos[1]', 'expected a photo object'),
  // A credit of zero-width spaces is as empty as none: press photos must carry a visible one.
  'photo-credit-invisible': secondDropped('photos[1].credit', 'expected a non-empty credit'),
  // URL attacks in a photo's src: only https: and paths relative to the event file pass.
  'src-javascript': secondDropped('photos[1].src', UNSAFE),
  'src-javascript-mixed-case': secondDropped('photos[1].src', UNSAFE),
  'src-javascript-leading-spaces': secondDropped('photos[1].src', UNSAFE),
  'src-javascript-tab': secondDropped('photos[1].src', UNSAFE),
  'src-javascript-nul': secondDropped('photos[1].src', UNSAFE),
  'src-data': secondDropped('photos[1].src', UNSAFE),
  'src-vbscript': secondDropped('photos[1].src', UNSAFE),
  'src-http': secondDropped('photos[1].src', UNSAFE),
  'src-protocol-relative': secondDropped('photos[1].src', UNSAFE),
  'src-unc-backslashes': secondDropped('photos[1].src', UNSAFE),
  'src-slash-backslash': secondDropped('photos[1].src', UNSAFE),
  'src-https-without-slashes': secondDropped('photos[1].src', UNSAFE),
  // `https://[…` has the right scheme but is no URL: `new URL` throws on it while rendering.
  'src-https-unparseable': secondDropped('photos[1].src', UNSAFE),
  // Browsers never decode a scheme: this is the relative path /events/%6Aavascript:alert(1), kept.
  'src-percent-encoded-javascript': { shown: 'verbatim' },
  'thumbnail-javascript': secondDropped('photos[1].thumbnail.src', UNSAFE),
  'srcset-javascript': secondDropped('photos[1].srcSet[0].src', UNSAFE),
  // Markup in every text field: valid files, their text kept exactly (React shows it as text).
  'xss-img-onerror': { shown: 'verbatim' },
  'xss-script-breakout': { shown: 'verbatim' },
  'xss-svg-and-templates': { shown: 'verbatim' },
  // Invisible and direction-overriding characters inside names are the editor's text: kept.
  'names-zero-width-rtl-override': { shown: 'verbatim' },
  // `__proto__` and `constructor` keys pollute nothing and are dropped like any unknown field.
  'proto-pollution': { shown: 'unknown fields removed' },
  // Lists of photos.
  'photos-empty': refused(['photos', 'expected at least one photo']),
  'photos-all-invalid': refused(
    ['photos[0].width', POSITIVE],
    ['photos[1].credit', MISSING],
    ['photos[2].src', UNSAFE],
  ),
  'photo-one-invalid': secondDropped('photos[1].height', POSITIVE),
  'photo-invalid-among-five': {
    kept: [1, 3, 4, 5],
    dropped: [{ number: 2, problems: [{ path: 'photos[1].width', message: POSITIVE }] }],
  },
  // A fault of the whole lists every problem, the photos' included.
  'missing-title-and-photo-invalid': refused(['title', MISSING], ['photos[2].width', POSITIVE]),
  'end-date-before-date': refused(['endDate', 'expected endDate on or after date']),
  'id-mismatch': refused(['id', `expected "id-mismatch", the file's name, but found "otan-bucarest-2022"`]),
  // Not JSON: the parser's position points where the file breaks.
  truncated: { notJson: (text) => text.length },
  'syntax-missing-comma': { notJson: (text) => text.indexOf('"endDate"') },
};

function fixture(name: string): string {
  const file = readdirSync(DIR).find((entry) => entry.replace(/\.(json|txt)$/, '') === name);
  if (!file) throw new Error(`no fixture ${name}`);
  return readFileSync(resolve(DIR, file), 'utf8');
}

function outcomeOf(name: string): LoadResult {
  return parseEvent(`/events/${name}.json`, fixture(name), name);
}

/** The file's own data with the fields the format does not know taken out, as the app keeps it. */
// biome-ignore lint/suspicious/noExplicitAny: the raw JSON is edited freely
function withoutUnknownFields(data: any) {
  Reflect.deleteProperty(data, '__proto__');
  delete data.constructor;
  for (const photo of data.photos) delete photo.extra;
  return data;
}

describe('hostile event files', () => {
  it('has one case per fixture file, and at least 30 of them', () => {
    const names = readdirSync(DIR).map((file) => file.replace(/\.(json|txt)$/, ''));
    expect(names.sort()).toEqual(Object.keys(cases).sort());
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(cases))('%s', (name, outcome) => {
    const result = outcomeOf(name);
    const file = `/events/${name}.json`;
    if ('refused' in outcome) {
      expect(result).toEqual({ ok: false, error: { kind: 'invalid', file, problems: outcome.refused } });
    } else if ('notJson' in outcome) {
      expect(result.ok).toBe(false);
      if (result.ok || result.error.kind !== 'json') throw new Error(`expected a JSON error, got ${result}`);
      expect(result.error.file).toBe(file);
      // What an editor can go to: the line and column where the text stops being JSON.
      const before = fixture(name)
        .slice(0, outcome.notJson(fixture(name)))
        .split('\n');
      expect(result.error.detail).toMatch(
        new RegExp(` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}$`),
      );
    } else if ('kept' in outcome) {
      const photos = JSON.parse(fixture(name)).photos;
      expect(result).toMatchObject({ ok: true, numbers: outcome.kept, total: photos.length, dropped: outcome.dropped });
      if (!result.ok) return;
      expect(result.event.photos).toEqual(outcome.kept.map((number) => photos[number - 1]));
    } else {
      const data = JSON.parse(fixture(name));
      const expected = outcome.shown === 'verbatim' ? data : withoutUnknownFields(data);
      expect(result).toEqual({
        ok: true,
        event: expected,
        numbers: data.photos.map((_: unknown, index: number) => index + 1),
        total: data.photos.length,
        dropped: [],
      });
    }
  });

  it('leaves Object.prototype alone after reading a file with __proto__ and constructor keys', () => {
    const result = outcomeOf('proto-pollution');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.event)).toBe(Object.prototype);
    expect(Object.hasOwn(result.event, '__proto__')).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('resolves a percent-encoded "javascript:" src to a harmless path beside the event file', () => {
    const src = '%6Aavascript:alert(1)';
    expect(resolveUrl(src, '/events/src-percent-encoded-javascript.json')).toBe('/events/%6Aavascript:alert(1)');
    expect(new URL(src, 'https://site.example/events/x.json').protocol).toBe('https:');
  });

  it('reads a ~1 MB file of 2,000 photos, numbering them all', () => {
    const text = bigEventText(2000);
    expect(text.length).toBeGreaterThan(900_000);
    const result = parseEvent('/events/big.json', text, 'big');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.total).toBe(2000);
    expect(result.numbers).toEqual(Array.from({ length: 2000 }, (_, index) => index + 1));
    expect(result.dropped).toEqual([]);
    expect(result.event.photos[1999]).toEqual(JSON.parse(text).photos[1999]);
  });
});

/** The demo event's photos (without their sizes) repeated until there are `count`, under the id `big`. */
function bigEventText(count: number): string {
  const { $schema, ...demo } = JSON.parse(readFileSync(resolve('public/events/otan-bucarest-2022.json'), 'utf8'));
  const photos = Array.from({ length: count }, (_, index) => {
    const { srcSet, ...photo } = demo.photos[index % demo.photos.length];
    return photo;
  });
  return JSON.stringify({ ...demo, id: 'big', photos }, null, 2);
}

describe('loadEvent against a misbehaving server', () => {
  const FILE = '/events/otan-bucarest-2022.json';
  const demoText = readFileSync(resolve('public/events/otan-bucarest-2022.json'), 'utf8');

  afterEach(() => vi.unstubAllGlobals());

  /** A fetch that answers like a real one to an abort: it rejects with the signal's reason. */
  function stalledFetch() {
    return vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
  }

  it('says not-found on 404', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    expect(await loadEvent(FILE, 'otan-bucarest-2022')).toEqual({
      ok: false,
      error: { kind: 'not-found', file: FILE },
    });
  });

  it('says http with the status on 503', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('busy', { status: 503 })),
    );
    expect(await loadEvent(FILE)).toEqual({ ok: false, error: { kind: 'http', file: FILE, status: 503 } });
  });

  it('says network when fetch itself fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await loadEvent(FILE)).toEqual({ ok: false, error: { kind: 'network', file: FILE } });
  });

  it('says timeout when the server never answers', async () => {
    const fetch = stalledFetch();
    vi.stubGlobal('fetch', fetch);
    const started = Date.now();
    expect(await loadEvent(FILE, 'otan-bucarest-2022', undefined, 50)).toEqual({
      ok: false,
      error: { kind: 'timeout', file: FILE },
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fetch).toHaveBeenCalledWith(FILE, expect.objectContaining({ headers: { Accept: 'application/json' } }));
  });

  it('rejects when the caller aborts, rather than reporting an error to show', async () => {
    vi.stubGlobal('fetch', stalledFetch());
    const controller = new AbortController();
    const loading = loadEvent(FILE, 'otan-bucarest-2022', controller.signal, 10_000);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads a file that arrives in pieces, a character split between two of them', async () => {
    const bytes = new TextEncoder().encode(`\ufeff${demoText}`);
    const split = bytes.indexOf(0xc3) + 1; // inside the first two-byte character (é)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    const result = await loadEvent(FILE, 'otan-bucarest-2022');
    expect(result.ok && result.event.title).toBe(JSON.parse(demoText).title);
  });

  it('says json when the server answers an HTML page with 200', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html><title>Oops</title>', { status: 200 })),
    );
    expect(await loadEvent(FILE)).toEqual({
      ok: false,
      error: { kind: 'json', file: FILE, detail: expect.stringContaining('<') },
    });
  });
});
