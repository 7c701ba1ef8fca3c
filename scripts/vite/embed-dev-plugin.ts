import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const OUT_DIR = 'node_modules/.cache/event-gallery-embed-dev';

/**
 * `npm start` serves embed.js as the build makes it, rebuilt after a source change, so the demo
 * host page works in development too (a Vite dev module would need an inline preamble script,
 * which the demo page's strict CSP refuses). A separate process keeps it a production build.
 */
export function embedDevPlugin(): Plugin {
  let built: Promise<unknown> | null = null;
  const build = () =>
    promisify(execFile)(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '-c', 'scripts/build/embed.config.ts'],
      {
        env: { ...process.env, NODE_ENV: 'production', OUT_DIR },
      },
    );
  return {
    name: 'event-gallery:embed-dev',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.includes('/src/')) built = null;
      });
      server.middlewares.use(async (request, response, next) => {
        const base = server.config.base;
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (path !== `${base}embed.js` && !path.startsWith(`${base}assets/embed-`)) return next();
        built ??= build();
        await built;
        const file = join(OUT_DIR, path.slice(base.length));
        if (!existsSync(file)) return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(readFileSync(file));
      });
    },
  };
}
