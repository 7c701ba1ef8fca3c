import type { Page } from '@playwright/test';

/** Two people and a credit ending in U+202E (RIGHT-TO-LEFT OVERRIDE), which once reversed the line. */
export const OVERRIDE_EVENT = JSON.stringify({
  id: 'credit-rlo',
  lang: 'fr',
  title: 'Jean Asselborn et Hadja Lahbib',
  date: '2022-11-29',
  body: [],
  photos: [
    {
      src: 'otan-bucarest-2022/01.jpg',
      width: 2000,
      height: 1334,
      credit: 'MAEE\u202E',
      people: [
        { name: 'Jean Asselborn', role: 'ministre des Affaires étrangères et européennes' },
        { name: 'Hadja Lahbib', role: 'ministre des Affaires étrangères de la Belgique' },
      ],
    },
    { src: 'otan-bucarest-2022/02.jpg', width: 2000, height: 1334, credit: 'MAEE' },
  ],
});

const TALL = '<p class="filler">Texte de la page.</p>'.repeat(30);

/**
 * A ministry page of the careless kind: rules for every element and for ours, a body that sets
 * every inherited text style, a masthead pinned with a z-index no number beats, and the content in
 * a stacking context of its own (`position: relative; z-index: 1`), as CMS themes have it.
 */
export function hostilePage(gallery: string): string {
  return hostPage(gallery, HOSTILE_CSS);
}

const HOSTILE_CSS = `* { letter-spacing: 2px; }
body { line-height: 1; text-transform: uppercase; text-align: justify; font-style: italic; word-spacing: 4px;
  cursor: crosshair; }
event-gallery { font-weight: 300; font-variant: small-caps; text-indent: 30px; white-space: pre; color: red;
  text-shadow: 1px 1px red; --event-gallery-accent: #8a1538; }
main { position: relative; z-index: 1; }`;

/** The same page without the careless rules: what the gallery looks like on a quiet host. */
export function hostPage(gallery: string, css = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Ministère</title><script type="module" src="/embed.js"></script>
<style>
body { margin: 0; }
.masthead { position: sticky; top: 0; z-index: 2147483000; height: 96px; background: #002b49; color: #fff; }
main { padding: 0 16px; }
${css}
</style></head><body>
<header class="masthead"><p>Ministère des Affaires étrangères et européennes</p></header>
<main>${TALL}${gallery}${TALL}</main></body></html>`;
}

/** Serves `html` at `path`, and `event` (a JSON text) at `/events/<id>.json` when given. */
export async function serveHost(page: Page, path: string, html: string, event?: { id: string; json: string }) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  if (event) {
    await page.route(`**/events/${event.id}.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: event.json }),
    );
  }
}
