import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, staysInSite } from '../../src/event/checks';
import { type DisplayValidation, validateForDisplay } from '../../src/event/forDisplay';
import { parseEvent } from '../../src/event/parseEvent';
import { type Problem, validateEvent } from '../../src/event/schema';
import { resolveUrl } from '../../src/event/urls';
import { type Json, type Key, pathsIn } from '../support/json';

const RUNS = { numRuns: 300 };
const demoText = readFileSync(resolve('public/events/otan-bucarest-2022.json'), 'utf8');

function parentOf(root: Json, path: Key[]): Record<Key, Json> {
  return path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Key, Json>)[key] as Json, root) as Record<
    Key,
    Json
  >;
}

/** One edit an editor's slip (or an attacker) could make to an event file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), order: fc.array(fc.nat(), { maxLength: 20 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations in turn to a fresh copy of the demo event, each at a path of the current state. */
function mutate(edits: readonly Mutation[]): Json {
  const root = JSON.parse(demoText) as Json;
  for (const edit of edits) {
    const paths = pathsIn(root);
    const arrays = edit.kind === 'shuffle' ? paths.filter((path) => Array.isArray(valueAt(root, path))) : paths;
    const path = arrays[edit.at % Math.max(arrays.length, 1)];
    if (!path) continue;
    const parent = parentOf(root, path);
    const key = path[path.length - 1] as Key;
    if (edit.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (edit.kind === 'replace') {
      parent[key] = edit.value as Json;
    } else {
      const items = parent[key] as Json[];
      const weights = items.map((_, index) => edit.order[index] ?? index);
      parent[key] = items
        .map((item, index) => [weights[index] ?? 0, item] as const)
        .sort(([a], [b]) => a - b)
        .map(([, item]) => item);
    }
  }
  return root;
}
function valueAt(root: Json, path: Key[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<Key, Json>)[key] as Json, root);
}

const mutatedDemo = fc.array(mutation, { minLength: 1, maxLength: 4 }).map(mutate);

function expectReadable(problems: readonly Problem[]) {
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.path).not.toBe('');
    expect(typeof problem.message).toBe('string');
    expect(problem.message).not.toBe('');
  }
}

/** The invariants of the app's two-level validation. */
function expectConsistent(result: DisplayValidation) {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expectReadable(result.problems);
    return;
  }
  const { numbers, dropped, total, event } = result;
  expect(numbers.length).toBe(event.photos.length);
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.length + dropped.length).toBe(total);
  numbers.forEach((number, index) => {
    expect(number).toBeGreaterThanOrEqual(1);
    expect(number).toBeLessThanOrEqual(total);
    if (index > 0) expect(number).toBeGreaterThan(numbers[index - 1] as number);
  });
  const all = [...numbers, ...dropped.map((photo) => photo.number)].sort((a, b) => a - b);
  expect(all).toEqual(Array.from({ length: total }, (_, index) => index + 1));
  for (const photo of dropped) {
    expect(photo.problems.length).toBeGreaterThan(0);
    expectReadable(photo.problems);
  }
}

const sortedLines = (problems: readonly Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).sort();

describe.each([
  ['any JSON value', fc.jsonValue()],
  ['any JavaScript value', fc.anything()],
  ['a mutated demo event', mutatedDemo],
])('validation of %s', (_, values: fc.Arbitrary<unknown>) => {
  it('never throws and reports readable problems (editors’ validator)', () => {
    fc.assert(
      fc.property(values, (value) => {
        const result = validateEvent(value);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expectReadable(result.problems);
        }
      }),
      RUNS,
    );
  });

  it('never throws, keeps numbers in order and accounts for every photo (app)', () => {
    fc.assert(
      fc.property(values, (value) => expectConsistent(validateForDisplay(value))),
      RUNS,
    );
  });

  it('agrees with the editors’ validator: same problems, and a clean pass only together', () => {
    fc.assert(
      fc.property(values, (value) => {
        const strict = validateEvent(value);
        const display = validateForDisplay(value);
        const shown = display.ok && display.dropped.length === 0;
        expect(shown).toBe(strict.ok);
        if (strict.ok) return;
        const displayProblems = display.ok ? display.dropped.flatMap((photo) => photo.problems) : display.problems;
        expect(sortedLines(displayProblems)).toEqual(sortedLines(strict.problems));
      }),
      RUNS,
    );
  });
});

describe('parseEvent on random texts', () => {
  const texts = fc.oneof(
    fc.string(),
    fc.json(),
    mutatedDemo.map((event) => JSON.stringify(event)),
    // A file cut anywhere.
    fc.nat({ max: demoText.length }).map((end) => demoText.slice(0, end)),
  );

  it('never throws, and every failure names the file and a reason', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = parseEvent('/events/otan-bucarest-2022.json', text, 'otan-bucarest-2022');
        if (result.ok) return expectConsistent(result);
        expect(result.error.file).toBe('/events/otan-bucarest-2022.json');
        if (result.error.kind === 'json') expect(result.error.detail).not.toBe('');
        else expectReadable(result.error.problems);
      }),
      RUNS,
    );
  });
});

describe('isSafeUrl', () => {
  const BASE = 'https://site.example/events/x.json';
  // An address in three parts, so that odd schemes meet odd hosts often enough to matter.
  const schemes = fc.constantFrom(
    '',
    'https://',
    'HTTPS://',
    'https:',
    'http://',
    'javascript:',
    'JaVaScRiPt:',
    '//',
    '/\\',
    ' ',
    '\t',
    '%6A',
  );
  const hosts = fc.constantFrom(
    '',
    'site.example',
    'evil.example',
    '[',
    '[::1]',
    'a:b',
    'a:99999',
    '@',
    '%zz',
    '..',
    ' ',
    '\u0000',
    '\u00a0',
  );
  const candidates = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.tuple(schemes, hosts, fc.string({ maxLength: 8 })).map((parts) => parts.join('')),
    fc.webUrl(),
  );

  it('lets through only what resolves to https:, on the site itself when it names no scheme', () => {
    fc.assert(
      fc.property(candidates, (text) => {
        fc.pre(isSafeUrl(text));
        const url = new URL(text, BASE);
        expect(url.protocol).toBe('https:');
        if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) expect(url.host).toBe('site.example');
      }),
      { numRuns: 300 },
    );
  });

  it('with staysInSite, lets a path name nothing above the folder that holds events/', () => {
    const paths = fc
      .array(fc.constantFrom('..', '.', '%2e%2E', '.%2e', 'a', '..a', '', '?', '#', '/'), { maxLength: 6 })
      .map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.oneof(paths, candidates), (text) => {
        fc.pre(isSafeUrl(text) && staysInSite(text) && !/^[a-z][a-z0-9+.-]*:/i.test(text));
        expect(new URL(text, 'https://site.example/base/events/x.json').pathname).toMatch(/^\/base\//);
      }),
      { numRuns: 300 },
    );
  });

  it('lets through only what the app can resolve beside an event file without throwing', () => {
    fc.assert(
      fc.property(candidates, (text) => {
        fc.pre(isSafeUrl(text));
        expect(() => resolveUrl(text, '/events/x.json')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveUrl', () => {
  const NO_ORIGIN = 'https://no-origin.invalid';
  /** What the browser's own URL resolution gives, which resolveUrl's shortcut must match. */
  const viaUrl = (src: string, fileUrl: string) => {
    const url = new URL(src, new URL(fileUrl, NO_ORIGIN));
    return url.origin === NO_ORIGIN ? url.pathname + url.search : url.href;
  };
  const segment = fc.oneof(fc.stringMatching(/^[\w~.%?#é -]{1,6}$/), fc.constantFrom('.', '..', ''));
  const src = fc
    .tuple(fc.constantFrom('', '/', '//', './', '../'), fc.array(segment, { minLength: 1, maxLength: 5 }))
    .map(([start, segments]) => start + segments.join('/'));
  const fileUrl = fc.constantFrom(
    '/events/x.json',
    '/galleries/events/x.json',
    'events/x.json',
    '/events/',
    'https://maee.example.lu/galleries/events/x.json?v=2',
    'http://localhost:5173/events/x.json',
  );

  it('resolves a path as URL does, for any path and event file address', () => {
    fc.assert(
      fc.property(src, fileUrl, (path, file) => {
        let expected: string | Error;
        try {
          expected = viaUrl(path, file);
        } catch (error) {
          expected = error as Error;
        }
        if (typeof expected === 'string') expect(resolveUrl(path, file)).toBe(expected);
        else expect(() => resolveUrl(path, file)).toThrow();
      }),
      RUNS,
    );
  });
});
