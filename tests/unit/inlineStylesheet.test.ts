import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../../scripts/build/inline-stylesheet.ts';

const PAGE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <script type="module" crossorigin src="/galleries/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/galleries/assets/index-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

let dist = '';

function builtWith(css: string): string {
  dist = mkdtempSync(join(tmpdir(), 'inline-stylesheet-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets/index-abc.css'), css);
  return dist;
}

afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('inlineStylesheet', () => {
  it('puts the stylesheet in the page and allows exactly that stylesheet by its hash', () => {
    const css = '.eg-root{color:#1b1b1b;content:"é"}';
    const html = inlineStylesheet(PAGE, builtWith(css), '/galleries/');
    expect(html).toContain(`<style>${css}</style>`);
    // Disabled, the link is neither fetched nor applied: it tells Vite's chunk loader the stylesheet is there.
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" crossorigin href="/galleries/assets/index-abc.css" disabled>',
    ]);
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(policy).toBe(`style-src 'self' 'sha256-${hash}'`);
    // The policy must come before the style it allows, and the script stays a file.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toContain('src="/galleries/assets/index-abc.js"');
  });

  it('keeps "$" sequences in the CSS as they are', () => {
    const css = '.a::after{content:"$& $1"}';
    expect(inlineStylesheet(PAGE, builtWith(css), '/galleries/')).toContain(`<style>${css}</style>`);
  });

  it('refuses a stylesheet whose relative url() would break once inlined', () => {
    expect(() => inlineStylesheet(PAGE, builtWith('.a{background:url(photo.png)}'), '/galleries/')).toThrow(
      /index-abc\.css has a relative url\(\)/,
    );
  });

  it('says so when the page links no stylesheet', () => {
    expect(() => inlineStylesheet('<html><head></head></html>', builtWith(''), '/')).toThrow(/links no stylesheet/);
  });
});
