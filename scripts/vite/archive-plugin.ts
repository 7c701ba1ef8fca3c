import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildEventsIndex } from '../../src/event/eventsIndex.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { UI_LANGUAGES } from '../../src/i18n/messages.ts';
import { peopleLanguages } from '../../src/routes/people/languages.ts';
import type { SiteConfig } from '../../src/site/schema.ts';
import { archiveOf } from '../build/archive.ts';

/** Why an entry of the events folder is no event file to read, or undefined when it is one. */
function unreadable(dir: string, name: string): string | undefined {
  // The app asks for `<id>.json`: on a case-sensitive server, `x.JSON` would never be found.
  if (!name.endsWith('.json')) return 'expected the extension .json in lower case';
  if (name === 'index.json') return 'expected another name: no event may be called index';
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

/** The archive's files as text, by path, and what the build must tell about the event files of `dir`. */
export function archiveFilesOf(dir: string, base: string, site: Pick<SiteConfig, 'defaultLanguage' | 'languages'>) {
  const read = readEventFiles(dir);
  const { index, events, messages } = buildEventsIndex(read.files);
  const files = new Map<string, string>();
  for (const [path, data] of archiveOf(
    index,
    events,
    base,
    UI_LANGUAGES,
    site.defaultLanguage,
    peopleLanguages(site),
  )) {
    files.set(path, `${JSON.stringify(data)}\n`);
  }
  return { files, messages: [...read.messages, ...messages] };
}

/**
 * Serves and emits the archive's files (src/event/archive.ts), built from the event files in
 * `public/events/`, so that adding an event means adding its file and photos, nothing else, in
 * `npm start` as in the build.
 */
export function archivePlugin(site: Pick<SiteConfig, 'defaultLanguage' | 'languages'>): Plugin {
  let dir = '';
  let base = '/';
  let ssr = false;
  const build = (warn: (message: string) => void) => {
    const { files, messages } = archiveFilesOf(dir, base, site);
    for (const message of messages) warn(message);
    return files;
  };
  return {
    name: 'event-gallery:archive',
    configResolved(config) {
      dir = join(config.publicDir, 'events');
      base = config.base;
      ssr = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (!path.startsWith(`${base}archive/`)) return next();
        const text = build((message) => server.config.logger.warn(message)).get(path.slice(base.length));
        if (text === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(text);
      });
    },
    generateBundle() {
      // The server bundle, built from the same config for prerendering, is never deployed: the
      // files it would emit too are what printed every problem twice.
      if (ssr) return;
      for (const [fileName, source] of build((message) => this.warn(message))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
