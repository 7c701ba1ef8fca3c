import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startupFiles } from '../build/startup-files.ts';

export interface FileSize {
  file: string;
  kind: 'initial' | 'lazy';
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Sizes {
  files: FileSize[];
  initial: { js: Omit<FileSize, 'file' | 'kind'>; css: Omit<FileSize, 'file' | 'kind'> };
}

function measureFile(path: string) {
  const body = readFileSync(path);
  return {
    raw: body.length,
    // The strongest settings a server would precompress with: what a visitor downloads at best.
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of every script and style sheet the build emitted, split into what starts the app and what loads later. */
export function bundleSizes(distDir: string): Sizes {
  const assetsDir = join(distDir, 'assets');
  const startup = startupFiles(distDir);
  const initial = new Set([...startup.js, ...startup.css].map((file) => file.replace(/^assets\//, '')));
  const files: FileSize[] = readdirSync(assetsDir)
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => ({
      file: `assets/${file}`,
      kind: initial.has(file) ? 'initial' : 'lazy',
      ...measureFile(join(assetsDir, file)),
    }));
  const total = (extension: string) => {
    const picked = files.filter((file) => file.kind === 'initial' && file.file.endsWith(extension));
    return {
      raw: picked.reduce((sum, file) => sum + file.raw, 0),
      gzip: picked.reduce((sum, file) => sum + file.gzip, 0),
      brotli: picked.reduce((sum, file) => sum + file.brotli, 0),
    };
  };
  return { files, initial: { js: total('.js'), css: total('.css') } };
}
