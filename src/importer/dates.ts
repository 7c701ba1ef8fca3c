/** The days an event covers, as the event file writes them. */
export interface EventDates {
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day when the event lasts several days. */
  endDate?: string;
}

// Month names in the languages of the releases (French, German, English, Luxembourgish).
const MONTHS = [
  ['janvier', 'januar', 'january'],
  ['février', 'februar', 'february'],
  ['mars', 'märz', 'march', 'mäerz'],
  ['avril', 'april', 'abrëll'],
  ['mai', 'may', 'mee'],
  ['juin', 'juni', 'june'],
  ['juillet', 'juli', 'july'],
  ['août', 'august'],
  ['septembre', 'september'],
  ['octobre', 'oktober', 'october'],
  ['novembre', 'november'],
  ['décembre', 'dezember', 'december'],
];

const MONTH = String.raw`(${MONTHS.flat().join('|')})(?!\p{L})`;
const DAY = String.raw`(?<!\d)(\d{1,2})(?:er|st|nd|rd|th|\.)?`;
const UNTIL = String.raw`\s*(?:-|–|et|und|an|and|to|au|bis)\s*(?:(?:le|am|zum|den|the)\s+)?`;

// "les 29 et 30 novembre 2022", "am 14. und 15. Mai 2022", "on 29-30 November 2022",
// "du 30 novembre au 1er décembre 2022", "vum 30. November bis den 1. Dezember 2022": the first
// day may carry its own month and year.
const RANGE = new RegExp(String.raw`${DAY}(?:\s+${MONTH}(?:\s+(\d{4}))?)?${UNTIL}${DAY}\s+${MONTH}\s+(\d{4})`, 'iu');
const SINGLE = new RegExp(String.raw`${DAY}\s+${MONTH}\s+(\d{4})`, 'iu');
// "November 29-30, 2022" and "November 29, 2022".
const MONTH_FIRST = new RegExp(String.raw`${MONTH}\s+${DAY}(?:\s*[-–]\s*${DAY})?,?\s+(\d{4})`, 'iu');
// "Dernière mise à jour 30.11.2022" and the like.
const NUMERIC = /(\d{1,2})[./-](\d{1,2})[./-](\d{4})/;

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((names) => names.includes(lower)) + 1;
}

function iso(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function fromRange(m: RegExpExecArray): EventDates {
  const [, firstDay = '', firstMonth, firstYear, lastDay = '', lastMonth = '', year = ''] = m;
  const month = monthNumber(lastMonth);
  return {
    date: iso(firstYear ?? year, firstMonth ? monthNumber(firstMonth) : month, firstDay),
    endDate: iso(year, month, lastDay),
  };
}

function fromSingle(m: RegExpExecArray): EventDates {
  const [, day = '', month = '', year = ''] = m;
  return { date: iso(year, monthNumber(month), day) };
}

function fromMonthFirst(m: RegExpExecArray): EventDates {
  const [, month = '', day = '', lastDay, year = ''] = m;
  const date = iso(year, monthNumber(month), day);
  return lastDay ? { date, endDate: iso(year, monthNumber(month), lastDay) } : { date };
}

/**
 * The first date or range of days written out in words in the text, or undefined.
 * The earliest match wins; at the same place a range wins over its last day alone.
 */
export function findDates(text: string): EventDates | undefined {
  const readers = [
    [RANGE, fromRange],
    [SINGLE, fromSingle],
    [MONTH_FIRST, fromMonthFirst],
  ] as const;
  let best: { index: number; dates: EventDates } | undefined;
  for (const [pattern, read] of readers) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, dates: read(match) };
  }
  return best?.dates;
}

/** A date written with figures (`30.11.2022`, `30/11/2022`, `30-11-2022`), day first. */
export function findNumericDate(text: string): string | undefined {
  const match = NUMERIC.exec(text);
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  return iso(year, Number(month), day);
}
