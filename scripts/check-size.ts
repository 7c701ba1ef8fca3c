// The size budget npm test enforces: what a visitor downloads before the page can start, gzipped
// as the server sends it. Exits non-zero when a budget is exceeded, naming the files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Initial JavaScript: React alone is about 66 KB; the lightbox is not in here (lazy chunk). */
const BUDGETS = { js: 95_000, css: 10_000, embed: 120_000 };

const dist = process.env.OUT_DIR ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="([^"]+\.(js|css))"/g)].map((match) => ({
  file: match[1] ?? '',
  kind: match[2] as 'js' | 'css',
}));

function gzipped(file: string): number {
  // Files are referenced under the base path; on disk they sit at dist/assets/….
  const path = join(dist, file.replace(/^.*?\/(assets\/)/, '$1'));
  return gzipSync(readFileSync(path), { level: 6 }).length;
}

const totals = { js: 0, css: 0 };
for (const { file, kind } of initial) totals[kind] += gzipped(file);
// embed.js and the chunks it imports statically, which a host page downloads with it.
const embedCode = readFileSync(join(dist, 'embed.js'), 'utf8');
const embedImports = [
  ...embedCode.matchAll(/(?:^|;)\s*import\s*(?:[^'";]*?from\s*)?["']\.\/(assets\/[^"']+\.js)["']/g),
];
const embed = gzipped('/embed.js') + embedImports.reduce((sum, match) => sum + gzipped(`/${match[1]}`), 0);

const rows = [
  ['initial JS', totals.js, BUDGETS.js],
  ['initial CSS', totals.css, BUDGETS.css],
  [`embed.js with ${embedImports.length} static import(s)`, embed, BUDGETS.embed],
] as const;
let over = false;
for (const [name, size, budget] of rows) {
  const ok = size <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${size} B gzip (budget ${budget} B)`);
}
if (over) {
  console.error(`size budget exceeded; initial files: ${initial.map((entry) => entry.file).join(', ')}`);
  process.exitCode = 1;
}
