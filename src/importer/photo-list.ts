import { excerpt, type Level, type Report } from './report.ts';

/** One line of a release text. */
export interface Line {
  /** 1-based, as editors see it. */
  number: number;
  /** The text without the spaces around it. */
  text: string;
  /** Page text indents the photo list, not the article around it. */
  indented: boolean;
}

/** One numbered photo of a release, as its text describes it. */
export interface ReleasePhoto {
  /** The number printed before the photo; it names the photo's file (`01.jpg`). */
  number: number;
  /** Line of the number, for reports. */
  line: number;
  /** Credit from the `©` line, without the sign. */
  credit?: string;
  /** The caption once, its repeats collapsed. */
  caption?: string;
}

interface Draft {
  number: number;
  line: number;
  indented: boolean;
  credits: string[];
  /** Each caption once, at its first line. */
  captions: { text: string; line: number }[];
  /** The captions with their spaces collapsed, to find a repeat without going through them all. */
  seen: Set<string>;
}

const ITEM = /^(\d{1,3})\.(?:\s+(.*))?$/;
const normalise = (text: string) => text.replace(/\s+/g, ' ');

/** Index of the last numbered line followed by a `©` credit: the list cannot end before it. */
function lastPhotoIndex(lines: Line[]): number {
  let after = '';
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    const item = ITEM.exec(text);
    const next = item && (item[2] ?? after);
    if (next?.startsWith('©')) return i;
    if (text !== '') after = text;
  }
  return -1;
}

/**
 * A line is the photo's when indented or a credit. Text copied from a browser loses its
 * indentation: then the photo also takes its first caption and that caption's repeats, and
 * everything up to the next photo.
 */
function belongs(draft: Draft, line: Line, beforeLastPhoto: boolean): boolean {
  if (line.indented || line.text.startsWith('©')) return true;
  if (draft.indented) return false;
  return beforeLastPhoto || draft.captions.length === 0 || draft.seen.has(normalise(line.text));
}

function add(draft: Draft, text: string, line: number): void {
  if (text.startsWith('©')) draft.credits.push(text.slice(1).trim());
  else {
    const key = normalise(text);
    if (draft.seen.has(key)) return;
    draft.seen.add(key);
    draft.captions.push({ text, line });
  }
}

function toPhoto(draft: Draft, index: number, reports: Report[]): ReleasePhoto {
  const { number, line } = draft;
  const say = (level: Level, message: string) => reports.push({ line, level, message: `photo ${number} ${message}` });
  if (number !== index + 1) say('warning', `is photo ${index + 1} of the list; its file is named after its number`);
  const credits = [...new Set(draft.credits)];
  if (credits.length > 1) say('error', `has several credits (${credits.map(excerpt).join(', ')}); keep one`);
  if (!credits[0]) say('error', 'has no "©" credit line');
  // Pages print a caption twice (alt text and caption); when the two differ, the longer one
  // is taken as the more complete, and the other is shown to the editor rather than lost.
  const [kept, ...others] = draft.captions.toSorted((a, b) => b.text.length - a.text.length);
  if (!kept) say('warning', 'has no caption');
  for (const other of others.toSorted((a, b) => a.line - b.line)) {
    const choice = `kept line ${kept?.line}, the most complete, over line ${other.line}`;
    say('warning', `has captions that differ; ${choice}: ${excerpt(other.text)}`);
  }
  return { number, line, credit: credits[0] || undefined, caption: kept?.text };
}

/**
 * Reads the numbered photo list, which starts at the first numbered line at or after `from`.
 * Returns the photos and the indexes where the list starts and ends (both `lines.length`
 * when there is none); a line inside the list that belongs to no photo is reported.
 */
export function readPhotoList(lines: Line[], from: number, reports: Report[]) {
  const start = lines.findIndex((line, i) => i >= from && ITEM.test(line.text));
  if (start === -1) return { photos: [], start: lines.length, end: lines.length };
  const lastPhoto = lastPhotoIndex(lines);
  const drafts: Draft[] = [];
  let end = start;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (!line || line.text === '') continue;
    const item = ITEM.exec(line.text);
    const draft = drafts.at(-1);
    if (item) {
      const next: Draft = {
        number: Number(item[1]),
        line: line.number,
        indented: line.indented,
        credits: [],
        captions: [],
        seen: new Set(),
      };
      drafts.push(next);
      if (item[2]) add(next, item[2], line.number);
    } else if (draft && belongs(draft, line, end < lastPhoto)) add(draft, line.text, line.number);
    else if (end < lastPhoto) {
      const message = `this line inside the photo list belongs to no photo: ${excerpt(line.text)}`;
      reports.push({ line: line.number, level: 'error', message });
    } else break;
  }
  return { photos: drafts.map((draft, i) => toPhoto(draft, i, reports)), start, end };
}
