import { lbDate, lbDateRange, lbList } from './format-lb.ts';

/**
 * Languages whose dates and lists Node's Intl and Chromium's write alike, region tags included
 * (`en-GB`, `de-AT`, `fr-LU` too). Found by formatting a single day, the three kinds of range and
 * lists of two and three in both (Node 20.20 with ICU 78, Chromium 156) and keeping the languages
 * where every text matched; tests/e2e/languages-format.spec.ts checks it again in the browser.
 * Left out on purpose: ga, mt, is, eu, cy, sq, gl, mk, be… (Chromium has no data: it writes
 * English) and bs, az (Chromium knows the tag but writes `2022 M11 29`).
 */
export const INTL_LANGUAGES: readonly string[] =
  'bg ca cs da de el en es et fi fr hr hu it lt lv nb nl no pl pt ro sk sl sr sv ar he ja ru tr uk zh'.split(' ');
const intlLanguages = new Set(INTL_LANGUAGES);
/** What every other language gets: text both sides write alike, rather than a hydration error. */
const FALLBACK = 'en';

function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The language dates and lists for `tag` are written in: the tag itself when we can write its
 * language, `en` otherwise. An element showing them sets `lang` to it when it differs from the
 * content's, so that a screen reader reads `November 29, 2022` in English on an Irish page.
 */
export function formatLanguage(tag: string): string {
  const base = baseLanguage(tag);
  return base === 'lb' || intlLanguages.has(base) ? tag : FALLBACK;
}

/** The `lang` an element showing a date or list for content in `tag` needs: none when it is `tag`'s own. */
export function formattedLanguage(tag: string): string | undefined {
  const written = formatLanguage(tag);
  return written === tag ? undefined : written;
}

// ICU versions differ in the spaces they put in dates (thin, narrow no-break); prerendered HTML
// from Node must match what the visitor's browser renders, so all of them become plain spaces.
const unusualSpaces = /[\u00a0\u2009\u202f]/g;

/*
 * A language's first Intl formatter loads its data: 45 ms at CPU 4x, a sixth of hydrating the
 * demo event. The prerender records every text it formats and the page carries them
 * (`PageData.formatted`), so hydrating the page it drew formats nothing: the texts are the ones
 * the HTML already shows. Anything else (another photo, another page) is formatted as it comes.
 */
const formattedAhead = new Map<string, string>();
let recording: Map<string, string> | null = null;

function remembered(key: string, format: () => string): string {
  const text = formattedAhead.get(key) ?? format();
  recording?.set(key, text);
  return text;
}

/** The texts a prerendered page's server formatted, for its hydration. */
export function addFormattedAhead(texts: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(texts)) formattedAhead.set(key, text);
}

/** Starts recording the texts formatted, until the returned function gives them (the prerender's). */
export function recordFormatted(): () => Record<string, string> {
  const texts = new Map<string, string>();
  recording = texts;
  return () => {
    if (recording === texts) recording = null;
    return Object.fromEntries(texts);
  };
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

// Creating a formatter costs more than using it (~1–3 ms each at a phone's speed), and a
// person's page formats a date per photo while it hydrates.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(tag: string): Intl.DateTimeFormat {
  const lang = formatLanguage(tag);
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  return format;
}

/** `29–30 novembre 2022`: Intl knows each language's way of sharing month and year. */
export function formatDateRange(tag: string, start: string, end?: string): string {
  const single = end === undefined || end === start;
  if (baseLanguage(tag) === 'lb') {
    return single ? lbDate(utcDate(start)) : lbDateRange(utcDate(start), utcDate(end));
  }
  return remembered(`range ${tag} ${start} ${single ? '' : end}`, () => {
    const format = dayFormat(tag);
    const text = single ? format.format(utcDate(start)) : format.formatRange(utcDate(start), utcDate(end));
    return text.replace(unusualSpaces, ' ');
  });
}

export function formatDate(tag: string, date: string): string {
  if (baseLanguage(tag) === 'lb') return lbDate(utcDate(date));
  return remembered(`date ${tag} ${date}`, () => dayFormat(tag).format(utcDate(date)).replace(unusualSpaces, ' '));
}

// Creating a formatter costs more than using it, and a large event formats a list per photo.
const listFormats = new Map<string, Intl.ListFormat>();

/** `Jean Asselborn et Jens Stoltenberg`. */
export function formatList(tag: string, items: readonly string[]): string {
  if (baseLanguage(tag) === 'lb') return lbList(items);
  return remembered(`list ${tag} ${JSON.stringify(items)}`, () => {
    const lang = formatLanguage(tag);
    let format = listFormats.get(lang);
    if (!format) {
      format = new Intl.ListFormat(lang, { type: 'conjunction' });
      listFormats.set(lang, format);
    }
    return format.format(items);
  });
}
