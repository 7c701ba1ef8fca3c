/** One person in a photo, as the form holds it: empty texts until typed. */
export interface DraftPerson {
  name: string;
  role: string;
}

/** A photo being edited: its file and the texts typed for it. */
export interface DraftPhoto {
  /** Stable across moves, for React keys and object URLs. */
  key: string;
  /** The file's own name, which sets the first order. */
  fileName: string;
  blob: Blob;
  width: number;
  height: number;
  credit: string;
  /** Left to right, as they stand. */
  people: DraftPerson[];
  caption: string;
  alt: string;
}

/** The event's fields as typed, every one a text (the paragraphs in one, blank-line separated). */
export interface DraftFields {
  id: string;
  title: string;
  lang: string;
  date: string;
  endDate: string;
  location: string;
  lead: string;
  body: string;
  source: string;
  updated: string;
  translationKey: string;
  license: string;
  usageTerms: string;
}

export type FieldName = keyof DraftFields;

/** Everything the editor has made so far: what the browser keeps between visits. */
export interface Draft {
  fields: DraftFields;
  photos: DraftPhoto[];
}

export function emptyDraft(lang: string): Draft {
  const fields: DraftFields = {
    id: '',
    title: '',
    lang,
    date: '',
    endDate: '',
    location: '',
    lead: '',
    body: '',
    source: '',
    updated: '',
    translationKey: '',
    license: '',
    usageTerms: '',
  };
  return { fields, photos: [] };
}

/** Moves the item at `from` by `by` places; out of range leaves the list as it was. */
export function move<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  const copy = [...items];
  const item = copy[from];
  if (item === undefined || to < 0 || to >= copy.length) return copy;
  copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Moves the item at `from` to stand before the one now at `before` (the list's length: last). */
export function moveBefore<T>(items: readonly T[], from: number, before: number): T[] {
  const item = items[from];
  if (item === undefined || before < 0 || before > items.length) return [...items];
  const rest = items.filter((_, i) => i !== from);
  rest.splice(before > from ? before - 1 : before, 0, item);
  return rest;
}

const collator = new Intl.Collator('en', { numeric: true });

/** New photos join the list in file-name order (`IMG_2.jpg` before `IMG_10.jpg`), after those already there. */
export function addPhotos(draft: Draft, added: readonly DraftPhoto[]): Draft {
  const sorted = [...added].sort((a, b) => collator.compare(a.fileName, b.fileName));
  return { ...draft, photos: [...draft.photos, ...sorted] };
}

export function updatePhoto(draft: Draft, index: number, change: Partial<DraftPhoto>): Draft {
  return { ...draft, photos: draft.photos.map((photo, i) => (i === index ? { ...photo, ...change } : photo)) };
}
