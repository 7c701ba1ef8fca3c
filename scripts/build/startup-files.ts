import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * The files a visitor needs to start the app, read from the build manifest: the entry, what it
 * imports, and the app it starts (src/app/boot.ts loads src/app/main.tsx once the first photo is shown).
 * Lazy features (the lightbox, the iframe page) are not among them. Paths are relative to dist/.
 */
export function startupFiles(dist: string): { js: string[]; css: string[] } {
  const manifest: Record<string, Chunk> = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const keys = new Set<string>();
  const add = (key: string) => {
    if (keys.has(key) || !manifest[key]) return;
    keys.add(key);
    for (const imported of manifest[key]?.imports ?? []) add(imported);
  };
  add('index.html');
  for (const started of manifest['index.html']?.dynamicImports ?? []) add(started);
  const chunks = [...keys].map((key) => manifest[key]);
  return {
    js: chunks.map((chunk) => chunk?.file ?? '').filter((file) => file.endsWith('.js')),
    css: [...new Set(chunks.flatMap((chunk) => chunk?.css ?? []))],
  };
}
