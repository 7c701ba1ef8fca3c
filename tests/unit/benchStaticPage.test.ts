import { describe, expect, it } from 'vitest';
import { staticHtml } from '../../scripts/bench/baseline.ts';
import { fillTemplate } from '../../scripts/build/prerender.ts';

// What Vite writes when the entry has a shared chunk: the entry script and a module preload.
const TEMPLATE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <style>h1{font-size:2rem}</style>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const page = fillTemplate(TEMPLATE, {
  lang: 'fr',
  head: '<title>Réunion</title>',
  preload: '<link rel="preload" as="image" href="/e/01.jpg">',
  app: '<h1>Réunion</h1><img src="/e/01.jpg" alt="Photo 1"><noscript><ol><li>Photo 2</li></ol></noscript>',
  data: '<script type="application/json" id="eg-data">{"event":{"title":"\\u003c/script"}}</script>',
});

describe('staticHtml (the bench page without the app)', () => {
  const html = staticHtml(page);

  it('takes out the app: no module script, no module preload, no page data', () => {
    expect(html).not.toMatch(/<script/);
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('"event"');
  });

  it('keeps everything a visitor sees and what loads it', () => {
    for (const part of [
      '<title>Réunion</title>',
      '<style>h1{font-size:2rem}</style>',
      '<link rel="preload" as="image" href="/e/01.jpg">',
      '<h1>Réunion</h1><img src="/e/01.jpg" alt="Photo 1">',
      '<noscript><ol><li>Photo 2</li></ol></noscript>',
    ]) {
      expect(html).toContain(part);
    }
  });
});
