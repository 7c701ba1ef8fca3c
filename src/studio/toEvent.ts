import slugify from '@sindresorhus/slugify';
import type { Draft, DraftFields, DraftPhoto } from './draft.ts';

/** The event file's `$schema`, as `npm run import` writes it: relative to a file in public/events/. */
export const SCHEMA_REF = '../event.schema.json';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif' };

/** `01.jpg`, `02.jpg`…: the photos renamed in their order, with as many digits as the last needs. */
export function photoFileName(photo: Pick<DraftPhoto, 'blob'>, number: number, total: number): string {
  const digits = Math.max(2, String(total).length);
  return `${String(number).padStart(digits, '0')}.${EXTENSIONS[photo.blob.type] ?? 'jpg'}`;
}

/** A blank line (spaces allowed) ends a paragraph; a single line break stays inside it. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Ids stay short enough to read in an address: the title's first words. */
const SUGGESTED_ID_LENGTH = 60;

/** The id an event gets when none is typed: its title's words and its year, `visite-d-etat-2024`. */
export function suggestedId(fields: Pick<DraftFields, 'title' | 'date'>): string {
  const words = slugify(fields.title, { decamelize: false });
  const cut = words.length > SUGGESTED_ID_LENGTH ? words.slice(0, SUGGESTED_ID_LENGTH).replace(/-[^-]*$/, '') : words;
  return [cut, fields.date.slice(0, 4)].filter(Boolean).join('-');
}

/** The id the file will have: the one typed, else the suggested one. */
export function eventId(fields: DraftFields): string {
  return fields.id.trim() || suggestedId(fields);
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

function photoOf(photo: DraftPhoto, index: number, draft: Draft) {
  const people = photo.people.map((person) => ({ name: person.name.trim(), role: optional(person.role) }));
  return {
    src: `${eventId(draft.fields)}/${photoFileName(photo, index + 1, draft.photos.length)}`,
    width: photo.width,
    height: photo.height,
    credit: photo.credit.trim(),
    people: people.length > 0 ? people : undefined,
    caption: optional(photo.caption),
    alt: optional(photo.alt),
  };
}

/**
 * The event file the draft makes, field for field as `npm run validate` reads it: empty optional
 * fields left out, required ones kept even empty so the schema names them.
 */
export function toEventFile(draft: Draft) {
  const { fields } = draft;
  const file = {
    $schema: SCHEMA_REF,
    id: eventId(fields),
    lang: fields.lang.trim(),
    translationKey: optional(fields.translationKey),
    title: fields.title.trim(),
    date: fields.date,
    endDate: optional(fields.endDate),
    location: optional(fields.location),
    lead: optional(fields.lead),
    body: paragraphs(fields.body),
    source: optional(fields.source),
    updated: optional(fields.updated),
    license: optional(fields.license),
    usageTerms: optional(fields.usageTerms),
    photos: draft.photos.map((photo, index) => photoOf(photo, index, draft)),
  };
  // JSON leaves undefined out; so does this, for a draft compared or validated before it is written.
  return JSON.parse(JSON.stringify(file)) as typeof file;
}

export type EventFile = ReturnType<typeof toEventFile>;
