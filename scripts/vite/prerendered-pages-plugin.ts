import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` answers `/events/x` with its SPA fallback, not with the prerendered
 * `events/x/index.html`: this serves the prerendered file, as the nginx configuration does.
 */
export function prerenderedPagesPlugin(): Plugin {
  return {
    name: 'event-gallery:prerendered-pages',
    configurePreviewServer(server) {
      const { base, build } = server.config;
      const dist = join(server.config.root, build.outDir);
      server.middlewares.use((request, _response, next) => {
        const [path = '', query] = (request.url ?? '').split('?');
        if (!path.startsWith(base) || /\.[a-z0-9]+$/i.test(path)) return next();
        const page = join(path.slice(base.length), 'index.html');
        if (existsSync(join(dist, page))) request.url = `${base}${page}${query ? `?${query}` : ''}`;
        next();
      });
    },
  };
}
