function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function dayFormat(lang: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `29–30 novembre 2022`: Intl knows each language's way of sharing month and year. */
export function formatDateRange(lang: string, start: string, end?: string): string {
  const format = dayFormat(lang);
  if (end === undefined || end === start) return format.format(utcDate(start));
  return format.formatRange(utcDate(start), utcDate(end));
}

export function formatDate(lang: string, date: string): string {
  return dayFormat(lang).format(utcDate(date));
}

/** `Jean Asselborn et Jens Stoltenberg`. */
export function formatList(lang: string, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
