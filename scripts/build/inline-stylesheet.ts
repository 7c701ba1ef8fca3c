import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\bhref="([^"]+\.css)"[^>]*>/;

/**
 * Puts the page's stylesheet into the page: linked, it is one more round trip before the first
 * layout, which then lands while the first photo arrives (scripts/bench/README.md has the figures).
 * The CSS is small, so repeating it in each page costs little.
 *
 * A Content-Security-Policy meta tag allows exactly this stylesheet by its hash: a server's
 * header cannot know each build's hash, and the browser enforces both policies, so with the
 * header allowing inline styles (deploy/nginx.conf) only this one applies.
 *
 * The link stays, disabled: a browser neither fetches nor applies it, and Vite's loader of lazy
 * chunks, which lists the entry's stylesheet among their needs, finds it there. Without it, the
 * first lazy chunk fetched the stylesheet again, applied it twice and waited for it before the
 * chunk ran.
 */
export function inlineStylesheet(html: string, dist: string, base: string): string {
  const link = STYLESHEET_LINK.exec(html);
  if (!link?.[1]) throw new Error('inlineStylesheet: the built index.html links no stylesheet to inline');
  const href = link[1];
  if (!href.startsWith(base)) throw new Error(`inlineStylesheet: ${href} is not under the base path ${base}`);
  const css = readFileSync(join(dist, href.slice(base.length)), 'utf8');
  // Relative url()s would resolve against the page instead of the stylesheet once inlined.
  if (/url\(\s*['"]?(?!data:|https?:|\/)/i.test(css) || /<\/style/i.test(css)) {
    throw new Error(`inlineStylesheet: ${href} has a relative url() or "</style": it cannot be inlined as is`);
  }
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const policy = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'sha256-${hash}'">`;
  return html
    .replace(link[0], () => `<style>${css}</style>${link[0].replace(/\s*\/?>$/, ' disabled>')}`)
    .replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${policy}`);
}
