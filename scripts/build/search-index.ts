import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { parseEvent } from '../../src/event/parseEvent.ts';
import { paths } from '../../src/event/paths.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { eventFileUrl } from '../../src/event/urls.ts';
import { readArchive } from './archive-pages.ts';
import { pageForIndex, photoRecords } from './search-records.ts';

/** Where the search page loads Pagefind from (`src/routes/search/pagefind.ts`). */
const BUNDLE = 'pagefind';

/** Pagefind's own interfaces, which our search page replaces: 400 KB nobody would load. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/** The index proper (what a search fetches pieces of), without Pagefind's scripts and WebAssembly. */
function indexBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.pf_(?:meta|index|fragment|filter)$/.test(entry.name))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/;

/**
 * The page's CSP meta tag (scripts/build/inline-stylesheet.ts) with `'wasm-unsafe-eval'`, which
 * Pagefind needs to compile its WebAssembly: for the search pages only, and never 'unsafe-eval'.
 */
export function allowWebAssembly(html: string): string {
  if (!POLICY.test(html)) throw new Error('allowWebAssembly: the page has no Content-Security-Policy meta tag');
  return html.replace(
    POLICY,
    (_, start: string, policy: string) => `${start}${policy}; script-src 'self' 'wasm-unsafe-eval'"`,
  );
}

/** Fails the build with Pagefind's own words, naming what it was given. */
function check(errors: readonly string[], what: string) {
  if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`);
}

/**
 * Writes the Pagefind index into `dist/pagefind/`, from the prerendered event pages (only their
 * `data-pagefind-body` parts: header and article) and one record per captioned photo, since a
 * page holds only its first photos. Returns how many records it holds and its size in bytes.
 */
export async function writeSearchIndex(dist: string, base: string): Promise<{ records: number; bytes: number }> {
  const { entries } = readArchive(dist);
  const created = await pagefind.createIndex({});
  check(created.errors, 'createIndex');
  const search = created.index;
  if (!search) throw new Error('search index: Pagefind created no index');
  let records = 0;
  for (const { id } of entries) {
    const fileUrl = eventFileUrl(base, id);
    const decoded = decodeUtf8(readFileSync(join(dist, 'events', `${id}.json`)));
    const result = decoded.ok ? parseEvent(fileUrl, decoded.text, id) : undefined;
    // The prerenderer left such an event out already, and said why.
    if (!result?.ok) continue;
    const url = paths.event.build(id);
    const html = readFileSync(join(dist, url.slice(1), 'index.html'), 'utf8');
    check((await search.addHTMLFile({ url, content: pageForIndex(html, result.event) })).errors, url);
    for (const record of photoRecords(result.event, fileUrl, result.numbers)) {
      check((await search.addCustomRecord(record)).errors, record.url);
      records += 1;
    }
    records += 1;
  }
  const output = join(dist, BUNDLE);
  check((await search.writeFiles({ outputPath: output })).errors, 'writeFiles');
  await pagefind.close();
  for (const name of readdirSync(output)) if (UNUSED.test(name)) rmSync(join(output, name));
  const bytes = indexBytes(output);
  console.log(`search index: ${records} pages and photos, ${(bytes / 1024).toFixed(1)} KB in ${output}/`);
  return { records, bytes };
}
