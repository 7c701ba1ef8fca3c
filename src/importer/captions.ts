import type { Person } from '../event/schema.ts';

/**
 * What a caption says: the people in the photo from left to right, with the sentence that led
 * in to them when it says more than their names, or plain text.
 */
export type ParsedCaption = { people: Person[]; caption?: string } | { caption: string };

// The left-to-right phrases of published releases in French, German, English and
// Luxembourgish, with the dots and spaces that editors leave out or add.
const PHRASES = [
  String.raw`de\s*g(?:\.|auche)?\s*à\s*dr(?:\.|oite)?`,
  String.raw`v\.?\s*l\.?\s*n\.?\s*r\.?`,
  String.raw`von\s+links\s+nach\s+rechts`,
  String.raw`(?:from\s+)?left\s+to\s+right`,
  String.raw`l\.?\s*(?:-|to)\s*r\.?`,
  String.raw`vu\s+l[ée]nks\s+no\s+riets`,
].join('|');

// A phrase opens a list of people only when it is set off, in brackets or before a colon,
// so that a caption such as "Left to right lane closed" is never read as names.
const SET_OFF_MARKER = new RegExp(String.raw`\((?:${PHRASES})\)\s*:?|(?<!\p{L})(?:${PHRASES})\s*:`, 'iu');
const ANY_MARKER = new RegExp(String.raw`(?:^|[^\p{L}])(?:${PHRASES})(?!\p{L})`, 'iu');
// Words that join names in a lead-in without saying anything the names do not.
const JOINERS = new Set(['et', 'avec', 'und', 'mit', 'and', 'with', 'an', 'mat']);

/**
 * Reads a caption as people when a left-to-right marker stands in it: people are separated by
 * `;`, and each is split at the first comma into name and role (a role may hold commas). Without
 * a marker the caption is returned as it is, never guessed into people.
 */
export function parseCaption(text: string): ParsedCaption {
  const marker = SET_OFF_MARKER.exec(text);
  const list = marker ? text.slice(marker.index + marker[0].length) : '';
  const people = list
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(toPerson);
  // "Jean Asselborn (de g. à dr.) avec Hadja Lahbib" goes on with a sentence, not with names;
  // a name is written with a capital ("An Nguyen").
  const firstWord = /^\s*(\p{L}+)/u.exec(list)?.[1] ?? '';
  if (!marker || people.length === 0 || JOINERS.has(firstWord)) return { caption: text.trim() };
  const leadIn = text
    .slice(0, marker.index)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  return saysMoreThan(leadIn, people) ? { people, caption: leadIn } : { people };
}

/** Whether a lead-in holds words besides the people's names and roles and the words joining them. */
function saysMoreThan(leadIn: string, people: Person[]): boolean {
  const plain = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ');
  const told = people.flatMap(({ name, role }) => (role ? [name, role] : [name])).map(plain);
  // Longest first, so that a role is taken out whole before a name inside it.
  let rest = plain(leadIn);
  for (const said of told.toSorted((a, b) => b.length - a.length)) rest = rest.replaceAll(said, ' ');
  return rest.split(/[^\p{L}\p{N}]+/u).some((word) => word !== '' && !JOINERS.has(word));
}

function toPerson(text: string): Person {
  const comma = text.indexOf(',');
  if (comma === -1) return { name: text };
  const name = text.slice(0, comma).trim();
  const role = text.slice(comma + 1).trim();
  return role === '' ? { name } : { name, role };
}

/** True when a left-to-right phrase appears anywhere: a sign the text lists people. */
export function hasLeftToRightMarker(text: string): boolean {
  return ANY_MARKER.test(text);
}
