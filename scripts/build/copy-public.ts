import { cpSync, existsSync, readlinkSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Copies `publicDir` into the build as Vite would, the build's own files winning, but passes over
 * a link to nothing with a line naming it: Vite's copy stopped the whole build there, with a stack
 * trace. `reported` tells which such links another step has named already (event files).
 */
export function copyPublic(publicDir: string, outDir: string, reported: (path: string) => boolean) {
  cpSync(publicDir, outDir, {
    recursive: true,
    dereference: true,
    force: false,
    filter: (source) => {
      if (existsSync(source)) return true;
      const path = relative(publicDir, source).split('\\').join('/');
      if (!reported(path)) console.warn(`${path}: a link to ${readlinkSync(source)}, which does not exist, left out`);
      return false;
    },
  });
}
