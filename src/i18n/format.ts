// ICU versions differ in the spaces they put in dates (thin, narrow no-break); prerendered HTML
// from Node must match what the visitor's browser renders, so all of them become plain spaces.
const unusualSpaces = /[\u00a0\u2009\u202f]/g;

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function dayFormat(lang: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `29–30 novembre 2022`: Intl knows each language's way of sharing month and year. */
export function formatDateRange(lang: string, start: string, end?: string): string {
  const format = dayFormat(lang);
  const text =
    end === undefined || end === start
      ? format.format(utcDate(start))
      : format.formatRange(utcDate(start), utcDate(end));
  return text.replace(unusualSpaces, ' ');
}

export function formatDate(lang: string, date: string): string {
  return dayFormat(lang).format(utcDate(date)).replace(unusualSpaces, ' ');
}

// Creating a formatter costs more than using it, and a large event formats a list per photo.
const listFormats = new Map<string, Intl.ListFormat>();

/** `Jean Asselborn et Jens Stoltenberg`. */
export function formatList(lang: string, items: readonly string[]): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}
