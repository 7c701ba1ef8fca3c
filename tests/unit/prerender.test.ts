import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../scripts/build/prerender.ts';

const TEMPLATE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe('fillTemplate', () => {
  it('puts each part in its place: language, preload before the script, head tags, app, then its data', () => {
    const html = fillTemplate(TEMPLATE, {
      lang: 'de',
      head: '<title>Treffen</title>',
      preload: '<link rel="preload" as="image" href="/e/01.jpg">',
      app: '<h1>Treffen</h1>',
      data: '<script type="application/json" id="page-data">{}</script>',
    });
    expect(html).toContain('<html lang="de">');
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('<script type="module"'));
    expect(html).toContain('<title>Treffen</title>\n  </head>');
    expect(html).toContain(
      '<div id="root"><h1>Treffen</h1></div><script type="application/json" id="page-data">{}</script>',
    );
  });

  it("keeps an event's text that looks like a replacement pattern as it is", () => {
    const text = "Prix: 5 $& plus $' et $` ou $1";
    const html = fillTemplate(TEMPLATE, {
      lang: 'fr',
      head: `<title>${text}</title>`,
      preload: '',
      app: `<h1>${text}</h1>`,
      data: `<script type="application/json" id="page-data">{"title":"${text}"}</script>`,
    });
    expect(html).toContain(`<title>${text}</title>`);
    expect(html).toContain(`<div id="root"><h1>${text}</h1></div>`);
    expect(html).toContain(`{"title":"${text}"}`);
    expect(html).not.toContain('rel="preload"');
  });
});
