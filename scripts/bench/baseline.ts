import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the baseline copies from our page: the very file it loaded and the size it showed it at. */
export interface BaselinePhoto {
  /** Path on the bench server, as the app's page requested it (its currentSrc). */
  path: string;
  width: number;
  height: number;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The fastest a page can show this photo: no script, no style sheet, nothing before the image.
 * Our page is judged against it, so a slower machine or network moves both sides together.
 */
export function baselineHtml(photo: BaselinePhoto, lang: string): string {
  const src = escapeAttribute(photo.path);
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Baseline</title>
</head>
<body>
<img src="${src}" width="${photo.width}" height="${photo.height}" fetchpriority="high" alt="">
</body>
</html>
`;
}

/**
 * Our prerendered page with the app taken out: no module script, no module preloads, no page
 * data. It shows the same title, photo, caption and article as plain HTML, so our page against it
 * is what the app costs, and it against the bare page is what the content itself costs.
 */
export function staticHtml(pageHtml: string): string {
  return pageHtml
    .replace(/<script\b[^>]*\btype="module"[^>]*>\s*<\/script>\s*/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<script\b[^>]*\btype="application\/json"[^>]*>[\s\S]*?<\/script>\s*/g, '');
}

function writePage(distDir: string, fileName: string, html: string): string {
  const folder = join(distDir, 'baseline');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, fileName), html);
  return `/baseline/${fileName}`;
}

/** Writes `baseline/<name>.html` under the served folder and returns its address path. */
export function writeBaseline(distDir: string, name: string, photo: BaselinePhoto, lang = 'fr'): string {
  return writePage(distDir, `${name}.html`, baselineHtml(photo, lang));
}

/** Writes `baseline/<name>-static.html` (see `staticHtml`) and returns its address path. */
export function writeStaticPage(distDir: string, name: string, pageHtml: string): string {
  return writePage(distDir, `${name}-static.html`, staticHtml(pageHtml));
}
