import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildEventsIndex } from '../../src/event/eventsIndex.ts';

const INDEX = 'events/index.json';

function readEventFiles(dir: string) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Serves and emits `events/index.json`, built from the event files in `public/events/`, so that
 * adding an event means adding its file and photos, nothing else, in `npm start` as in the build.
 */
export function eventsIndexPlugin(): Plugin {
  let dir = '';
  let base = '/';
  const build = (warn: (message: string) => void) => {
    const { index, skipped } = buildEventsIndex(readEventFiles(dir));
    for (const { file, problems } of skipped) {
      warn(`events/${file} left out of the events index:\n  ${problems.join('\n  ')}`);
    }
    return `${JSON.stringify(index)}\n`;
  };
  return {
    name: 'event-gallery:events-index',
    configResolved(config) {
      dir = join(config.publicDir, 'events');
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${INDEX}`) return next();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(build((message) => server.config.logger.warn(message)));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: INDEX, source: build((message) => this.warn(message)) });
    },
  };
}
