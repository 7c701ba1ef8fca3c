// Luxembourgish dates and lists written by hand: Node's ICU has lb data and Chromium's does not,
// so Intl would prerender one text and hydrate another. The patterns are CLDR's for lb.
const months = [
  'Januar',
  'Februar',
  'Mäerz',
  'Abrëll',
  'Mee',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

function dayMonth(date: Date): string {
  return `${date.getUTCDate()}. ${months[date.getUTCMonth()]}`;
}

/** `29. November 2022`. */
export function lbDate(date: Date): string {
  return `${dayMonth(date)} ${date.getUTCFullYear()}`;
}

/** `29.–30. November 2022`, `29. November – 1. Dezember 2022`, `30. Dezember 2022 – 2. Januar 2023`. */
export function lbDateRange(start: Date, end: Date): string {
  if (start.getUTCFullYear() !== end.getUTCFullYear()) return `${lbDate(start)} – ${lbDate(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${dayMonth(start)} – ${lbDate(end)}`;
  return `${start.getUTCDate()}.–${lbDate(end)}`;
}

// The n-rule (Eifeler Regel): "an" keeps its n before a vowel and before d, h, n, t, z; elsewhere
// it is "a". CLDR writes "a(n)" to dodge it; a caption names people, so we apply it.
const keepsN = /^[aeiouyäëéèöüâêîôûàáíóúdhntz]/iu;
// Whether a number said aloud starts with a sound that keeps the n: 0 null, 1 eent, 2 zwee,
// 3 dräi, 8 aacht… keep it; 4 véier, 5 fënnef, 6 sechs, 7 siwen drop it.
const numberKeepsN = [true, true, true, true, false, false, false, false, true, true, true, true, true];

function spokenKeepsN(n: number): boolean {
  if (n >= 1000) return n < 2000 || spokenKeepsN(Math.floor(n / 1000)); // dausend, zweedausend…
  if (n >= 100) return n < 200 || spokenKeepsN(Math.floor(n / 100)); // honnert, zweehonnert…
  if (n > 12) return spokenKeepsN(n % 10 || Math.floor(n / 10)); // eenanzwanzeg: the units come first
  return numberKeepsN[n] ?? true;
}

function and(next: string): string {
  const number = /^\d+/.exec(next);
  const keep = number ? spokenKeepsN(Number(number[0])) : keepsN.test(next);
  return keep ? 'an' : 'a';
}

/** `Jean Asselborn a Jens Stoltenberg`, `3, 5 an 8`. */
export function lbList(items: readonly string[]): string {
  const last = items.at(-1);
  if (last === undefined) return '';
  if (items.length === 1) return last;
  return `${items.slice(0, -1).join(', ')} ${and(last)} ${last}`;
}
