import type { Plugin } from 'vite';

/**
 * Keeps the app's start-up code in one chunk. Rolldown splits a module that both the app and a
 * lazily loaded page import into a chunk of its own (rolldown#10731), so each lazy page added
 * a start-up file, and each file costs its own gzip dictionary and request. Here the modules the
 * app's module imports statically, and the boot module does not, form the `main` chunk; the boot
 * module stays small, as it must load before the first photo.
 */
export function startupChunk(app: RegExp, boot: RegExp) {
  const startup = new Set<string>();
  const plugin: Plugin = {
    name: 'event-gallery:startup-chunk',
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
  };
  const group = { name: 'main', test: (id: string) => startup.has(id) };
  return { plugin, group };
}
