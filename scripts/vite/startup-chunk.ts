import type { Plugin } from 'vite';
import { APP_PRELOAD_ID } from '../../src/app/pageData.ts';

/**
 * Keeps the app's start-up code in one chunk. Rolldown splits a module that both the app and a
 * lazily loaded page import into a chunk of its own (rolldown#10731), so each lazy page added
 * a start-up file, and each file costs its own gzip dictionary and request. Here the modules the
 * app's module imports statically, and the boot module does not, form the `main` chunk; the boot
 * module stays small, as it must load before the first photo.
 *
 * The built page also carries, inert in a `<template>`, the modulepreload links of that chunk and
 * of what it imports: the boot module puts them in the page once the first photo has arrived, so
 * the app is fetched and compiled while the photo is decoded and painted, and not after.
 */
export function startupChunk(app: RegExp, boot: RegExp) {
  const startup = new Set<string>();
  let base = '/';
  const plugin: Plugin = {
    name: 'event-gallery:startup-chunk',
    configResolved(config) {
      base = config.base;
    },
    buildEnd() {
      startup.clear();
      const closure = (root: string | undefined) => {
        const seen = new Set<string>();
        const queue = root ? [root] : [];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const booted = closure(ids.find((id) => boot.test(id)));
      for (const id of closure(ids.find((id) => app.test(id)))) if (!booted.has(id)) startup.add(id);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        const main = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.name === 'main');
        if (main?.type !== 'chunk') return;
        const files = [main.fileName, ...main.imports.filter((file) => file !== entry?.fileName)];
        // crossorigin as on Vite's own preloads: a preload must match the import's credentials mode.
        const links = files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
        }));
        return [{ tag: 'template', attrs: { id: APP_PRELOAD_ID }, children: links, injectTo: 'body' }];
      },
    },
  };
  const group = { name: 'main', test: (id: string) => startup.has(id) };
  return { plugin, group };
}
