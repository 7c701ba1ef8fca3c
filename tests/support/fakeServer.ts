import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { site } from 'virtual:site-config';
import { vi } from 'vitest';
import { archiveOf } from '../../scripts/build/archive';
import { buildEventsIndex } from '../../src/event/eventsIndex';
import { UI_LANGUAGES } from '../../src/i18n/messages';
import { peopleLanguages } from '../../src/routes/people/languages';

/** What the server answers at one address instead of its file: a body, or a network failure. */
export type Answer = { status: number; body: string } | 'network-error';

const EVENTS_DIR = resolve('public/events');

/** The event files a deployed site holds, by name. */
export const eventFiles = readdirSync(EVENTS_DIR)
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .sort()
  .map((name) => ({ name, text: readFileSync(resolve(EVENTS_DIR, name), 'utf8') }));

const built = buildEventsIndex(eventFiles);

/** The text of `public/events/<id>.json`. */
export function eventText(id: string): string {
  const file = eventFiles.find(({ name }) => name === `${id}.json`);
  if (!file) throw new Error(`public/events has no ${id}.json`);
  return file.text;
}

/** The address a fetch was called with, as the caller wrote it. */
function addressOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

const absolute = (address: string) => new URL(address, window.location.href).href;

/**
 * Stubs `fetch` with the site as the production server holds it under `base` (the page's own
 * origin by default): `events/<id>.json` from public/, the archive's files as the build makes them,
 * 404 for anything else. `answers` replaces what an address returns for as long as it stays in
 * the map, so a test can end a failure by deleting its entry.
 */
export function fakeServer({ answers = new Map<string, Answer>(), base = '/' } = {}) {
  const root = absolute(base);
  const files = new Map(eventFiles.map(({ name, text }) => [new URL(`events/${name}`, root).href, text]));
  for (const [path, data] of archiveOf(
    built.index,
    built.events,
    new URL(root).pathname,
    UI_LANGUAGES,
    site.defaultLanguage,
    peopleLanguages(site),
  )) {
    files.set(new URL(path, root).href, `${JSON.stringify(data)}\n`);
  }
  const replaced = () => new Map([...answers].map(([address, answer]) => [absolute(address), answer]));

  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const address = absolute(addressOf(input));
    const answer = replaced().get(address);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer) return new Response(answer.body, { status: answer.status });
    const body = files.get(address);
    return body === undefined
      ? new Response('Not found', { status: 404 })
      : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  /** Every address fetched so far, as the app wrote it. */
  const requested = () => fetch.mock.calls.map(([input]) => addressOf(input));
  return { fetch, requested };
}
