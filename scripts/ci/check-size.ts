// The size budgets npm test enforces, gzipped as the server sends them: the JavaScript and CSS a
// visitor needs to start the app, and embed.js with what it imports. Exits non-zero when one is
// exceeded, naming the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startupFiles } from '../build/startup-files.ts';

/**
 * The app runs on preact/compat (scripts/vite/preact.ts): start-up fell from 96,363 to 37,063 B
 * and embed.js from 93,996 to 26,136 B (issue 19); React alone was about 66 KB. The lightbox's
 * stylesheet then moved into its chunk (CSS 3,735 -> 3,097 B, embed.js 25,377 B). The budgets keep
 * a little room over those, so that a heavy dependency or React itself coming back fails here.
 * The lightbox and the iframe page are lazy and not counted.
 */
const BUDGETS = { js: 39_000, css: 3_600, embed: 27_000 };

const dist = process.env.OUT_DIR ?? 'dist';
const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;
const { js: jsFiles, css: cssFiles } = startupFiles(dist);
const js = jsFiles.reduce((sum, file) => sum + gzipped(file), 0);
const css = cssFiles.reduce((sum, file) => sum + gzipped(file), 0);

// embed.js comes from its own build (no manifest): count the chunks it imports statically.
const embedCode = readFileSync(join(dist, 'embed.js'), 'utf8');
const embedImports = [
  ...embedCode.matchAll(/(?:^|;)\s*import\s*(?:[^'";]*?from\s*)?["']\.\/(assets\/[^"']+\.js)["']/g),
];
// A host page loads one language's messages: the largest table counts.
const embedMessages = Math.max(
  0,
  ...readdirSync(join(dist, 'assets'))
    .filter((file) => /^embed-[a-z]{2,3}-[\w-]+\.js$/.test(file))
    .map((file) => gzipped(`assets/${file}`)),
);
const embed =
  gzipped('embed.js') + embedImports.reduce((sum, match) => sum + gzipped(match[1] ?? ''), 0) + embedMessages;

const rows = [
  [`app start-up JS (${jsFiles.join(', ')})`, js, BUDGETS.js],
  [`app CSS (${cssFiles.join(', ')})`, css, BUDGETS.css],
  [`embed.js with ${embedImports.length} static import(s) and its messages`, embed, BUDGETS.embed],
] as const;
let over = false;
for (const [name, size, budget] of rows) {
  over ||= size > budget;
  console.log(`${size <= budget ? 'ok  ' : 'OVER'} ${name}: ${size} B gzip (budget ${budget} B)`);
}
if (over) {
  console.error('size budget exceeded');
  process.exitCode = 1;
}
