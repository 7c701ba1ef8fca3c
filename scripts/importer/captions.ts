import type { Person } from '../../src/event/schema.ts';

/** What a caption says: the people in the photo from left to right, or plain text. */
export type ParsedCaption = { people: Person[] } | { caption: string };

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
const LEADING_MARKER = new RegExp(String.raw`^\s*(?:\((?:${PHRASES})\)\s*:?|(?:${PHRASES})\s*:)`, 'iu');
const ANY_MARKER = new RegExp(String.raw`(?:^|[^\p{L}])(?:${PHRASES})(?!\p{L})`, 'iu');

/**
 * Reads a caption as people when it starts with a left-to-right marker: people are separated
 * by `;`, and each is split at the first comma into name and role (a role may hold commas).
 * Without a marker the caption is returned as it is, never guessed into people.
 */
export function parseCaption(text: string): ParsedCaption {
  const marker = LEADING_MARKER.exec(text);
  const list = marker ? text.slice(marker[0].length) : '';
  const people = list
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(toPerson);
  return people.length > 0 ? { people } : { caption: text.trim() };
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
