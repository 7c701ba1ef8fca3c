import { findNumericDate } from './dates.ts';
import { type Line, type ReleasePhoto, readPhotoList } from './photo-list.ts';
import { excerpt, type Report } from './report.ts';

/** The parts of a published release, each in the place the event file gives it. */
export interface Release {
  title: string;
  lead?: string;
  /** Line of the lead, where the date and the place are looked for. */
  leadLine?: number;
  body: string[];
  /** The closing line, `Communiqué par …`, `Matgedeelt vum …`. */
  source?: string;
  /** Date after the update marker, when the page printed one. */
  updated?: string;
  /** Language of the closing line or the update marker. */
  lang?: string;
  photos: ReleasePhoto[];
  reports: Report[];
}

interface Paragraph {
  line: number;
  text: string;
}

const CLOSINGS = [
  { lang: 'fr', source: /^Communiqué par\b/, updated: /^Dernière mise à jour\b/ },
  { lang: 'de', source: /^Mitgeteilt vom\b/, updated: /^Letzte Aktualisierung\b/ },
  { lang: 'en', source: /^Communicated by\b/, updated: /^Last update\b/ },
  { lang: 'lb', source: /^(?:Matgedeelt|Kommunikatioun) vu[mn]\b/, updated: /^Lescht Aktualiséierung\b/ },
];
const isClosing = (text: string) => CLOSINGS.some((c) => c.source.test(text) || c.updated.test(text));

/** Paragraphs are runs of non-blank lines; closing lines stand alone even without a blank before. */
function paragraphs(lines: Line[]): Paragraph[] {
  const found: Paragraph[] = [];
  let open = false;
  for (const { number, text } of lines) {
    const last = found.at(-1);
    if (text !== '' && open && last && !isClosing(text)) last.text += ` ${text}`;
    else if (text !== '') found.push({ line: number, text });
    open = text !== '';
  }
  return found;
}

/** The article after the photos: body paragraphs, then the closing line and the update marker. */
function readArticle(release: Release, article: Paragraph[]): void {
  for (const { line, text } of article) {
    const marker = CLOSINGS.find((c) => c.updated.test(text));
    const closing = CLOSINGS.find((c) => c.source.test(text));
    if (marker) {
      // The marker is page furniture, not a paragraph; only the date it may carry is kept.
      release.lang ??= marker.lang;
      release.updated = findNumericDate(text);
    } else if (closing && release.source === undefined) {
      release.source = text;
      release.lang = closing.lang;
    } else if (release.source !== undefined) {
      const message = `this paragraph comes after the closing line and belongs nowhere: ${excerpt(text)}`;
      release.reports.push({ line, level: 'error', message });
    } else release.body.push(text);
  }
}

/** Splits a release's text into title, lead, photos, body and closing line, reporting what it cannot place. */
export function parseRelease(text: string): Release {
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ number: i + 1, text: raw.trim(), indented: /^\s/.test(raw) }));
  const reports: Report[] = [];
  const titleIndex = lines.findIndex((line) => line.text !== '');
  const list = readPhotoList(lines, titleIndex + 1, reports);
  const [lead, ...early] = paragraphs(lines.slice(titleIndex + 1, list.start));
  if (titleIndex === -1) reports.push({ level: 'error', message: 'the release is empty' });
  else if (list.photos.length === 0)
    reports.push({ level: 'error', message: 'found no numbered photos ("1. ©credit")' });
  else {
    const message = 'this paragraph comes between the lead and the photos; it was placed first in the body';
    for (const { line } of early) reports.push({ line, level: 'warning', message });
  }
  const title = lines[titleIndex]?.text ?? '';
  const release: Release = { title, lead: lead?.text, leadLine: lead?.line, body: [], photos: list.photos, reports };
  readArticle(release, [...early, ...paragraphs(lines.slice(list.end))]);
  return release;
}
