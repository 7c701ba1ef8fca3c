import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildEventsIndex } from '../../src/event/eventsIndex.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { EVENTS_INDEX_FILE } from '../../src/event/urls.ts';

/** Why an entry of the events folder is no event file to read, or undefined when it is one. */
function unreadable(dir: string, name: string): string | undefined {
  // The app asks for `<id>.json`: on a case-sensitive server, `x.JSON` would never be found.
  if (!name.endsWith('.json')) return 'expected the extension .json in lower case';
  if (name === 'index.json') return 'expected another name: this is the events index, which the build writes';
  const path = join(dir, name);
  try {
    if (statSync(path).isDirectory()) return 'expected an event file, found a folder';
  } catch (error) {
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
      return `expected a file, found a link to ${readlinkSync(path)}, which does not exist`;
    }
    return `cannot be read: ${(error as Error).message}`;
  }
}

/**
 * The event files of `dir` as text, decoded as the browser decodes them (a byte-order mark is
 * dropped); what cannot be read as one, a line each, naming the file.
 */
export function readEventFiles(dir: string) {
  const files: { name: string; text: string }[] = [];
  const messages: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.json$/i.test(name)) continue;
    const decoded = unreadable(dir, name) ?? decodeUtf8(readFileSync(join(dir, name)));
    if (typeof decoded === 'string' || !decoded.ok) {
      const why = typeof decoded === 'string' ? decoded : decoded.message;
      messages.push(`events/${name}: ${why}, left out of the events index`);
    } else files.push({ name, text: decoded.text });
  }
  return { files, messages };
}

/** The index's text and what the build must tell about the event files of `dir`. */
export function eventsIndexOf(dir: string) {
  const read = readEventFiles(dir);
  const { index, messages } = buildEventsIndex(read.files);
  return { text: `${JSON.stringify(index)}\n`, messages: [...read.messages, ...messages] };
}

/**
 * Serves and emits `events/index.json`, built from the event files in `public/events/`, so that
 * adding an event means adding its file and photos, nothing else, in `npm start` as in the build.
 */
export function eventsIndexPlugin(): Plugin {
  let dir = '';
  let base = '/';
  let ssr = false;
  const build = (warn: (message: string) => void) => {
    const { text, messages } = eventsIndexOf(dir);
    for (const message of messages) warn(message);
    return text;
  };
  return {
    name: 'event-gallery:events-index',
    configResolved(config) {
      dir = join(config.publicDir, 'events');
      base = config.base;
      ssr = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${EVENTS_INDEX_FILE}`) return next();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(build((message) => server.config.logger.warn(message)));
      });
    },
    generateBundle() {
      // The server bundle, built from the same config for prerendering, is never deployed: the
      // index it would emit too is what printed every problem twice.
      if (ssr) return;
      this.emitFile({ type: 'asset', fileName: EVENTS_INDEX_FILE, source: build((message) => this.warn(message)) });
    },
  };
}
