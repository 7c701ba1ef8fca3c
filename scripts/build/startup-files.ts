import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The interface's message tables, one per language: `src/i18n/fr.ts`. */
const MESSAGE_TABLE = /^src\/i18n\/[a-z]{2,3}\.ts$/;

/**
 * The files a visitor needs to start the app, read from the build manifest: the entry, what it
 * imports, and the app it starts (src/app/boot.ts loads src/app/main.tsx once the first photo is shown).
 * A page loads the messages of its own language only: the largest table stands for them. Lazy
 * features (the lightbox, the iframe page) are not among them. Paths are relative to dist/.
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
  const started = manifest['index.html']?.dynamicImports ?? [];
  const tables = started.filter((key) => MESSAGE_TABLE.test(key));
  const size = (key: string) => statSync(join(dist, manifest[key]?.file ?? '')).size;
  const largest = tables.sort((a, b) => size(b) - size(a))[0];
  for (const key of started) if (!MESSAGE_TABLE.test(key)) add(key);
  if (largest) add(largest);
  const chunks = [...keys].map((key) => manifest[key]);
  return {
    js: chunks.map((chunk) => chunk?.file ?? '').filter((file) => file.endsWith('.js')),
    css: [...new Set(chunks.flatMap((chunk) => chunk?.css ?? []))],
  };
}
