// The whole event format in one file, field after field as editors read it: longer than our usual files on purpose.
import * as v from 'valibot';
import { isCalendarDate, isLocale, isSafeUrl, isVisible, staysInSite } from './checks.ts';
import { ID_PATTERN, MAX_ID_LENGTH, RESERVED_ID } from './ids.ts';

const text = (what: string) =>
  v.pipe(v.string(`expected ${what} as text`), v.trim(), v.check(isVisible, `expected a non-empty ${what}`));
const optionalText = (what: string) => v.optional(v.string(`expected ${what} as text`));
const date = (what: string) =>
  v.pipe(
    v.string(`expected ${what} as a date YYYY-MM-DD`),
    v.check(isCalendarDate, `expected ${what} as a real date YYYY-MM-DD`),
  );
/** The largest width or height: beyond it a number is a typing slip, and layouts overflow. */
export const MAX_DIMENSION = 50_000;
const isPositiveInteger = (n: number) => Number.isInteger(n) && n >= 1;
// One check, not integer() and minValue(): 0.5 fails both and would be reported twice. The bound
// is checked only on what passed, for the same reason.
const dimension = v.pipe(
  v.number('expected a positive integer'),
  v.check(isPositiveInteger, 'expected a positive integer'),
  v.check((n) => !isPositiveInteger(n) || n <= MAX_DIMENSION, 'expected at most 50000 pixels'),
);
/** A licence or terms page: always a full web address, since it is shown and linked from other sites. */
const licence = v.pipe(
  v.string('expected the licence as text, an https: URL'),
  v.check((text) => /^https:\/\//i.test(text) && URL.canParse(text), 'expected the licence as an https: URL'),
);
/** A file's weight, told beside its download link. */
const bytes = v.pipe(v.number('expected a number of bytes'), v.check(isPositiveInteger, 'expected a positive integer'));
const url = v.pipe(
  v.string('expected a URL as text'),
  v.check(isSafeUrl, 'expected an https: URL or a path relative to the event file'),
  v.check(
    (text) => !isSafeUrl(text) || staysInSite(text),
    'expected a path inside the site: at most one ../, at the start (event files are in events/), and no leading /',
  ),
);

/** One encoding of a photo at one size, for `srcset`. */
export const ImageSourceSchema = v.object(
  {
    src: url,
    width: dimension,
    height: dimension,
    type: v.optional(
      v.picklist(
        ['image/avif', 'image/webp', 'image/jpeg', 'image/png'],
        'expected image/avif, image/webp, image/jpeg or image/png',
      ),
    ),
    bytes: v.optional(bytes),
  },
  'expected an image source object',
);

export const PersonSchema = v.object({ name: text('name'), role: optionalText('role') }, 'expected a person object');

export const PhotoSchema = v.object(
  {
    src: url,
    width: dimension,
    height: dimension,
    credit: text('credit'),
    people: v.optional(v.array(PersonSchema, 'expected a list of people')),
    caption: optionalText('caption'),
    alt: optionalText('alt'),
    srcSet: v.optional(v.array(ImageSourceSchema, 'expected a list of image sources')),
    thumbnail: v.optional(v.object({ src: url, width: dimension, height: dimension }, 'expected a thumbnail object')),
    bytes: v.optional(bytes),
    license: v.optional(licence),
    usageTerms: optionalText('usageTerms'),
  },
  'expected a photo object',
);

/** A translationKey: words of lower-case ASCII letters and digits joined by single hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_EXAMPLE = 'expected a slug such as otan-bucarest-2022: lower-case letters, digits and hyphens between them';
// The bound is checked only on a slug, so that a long text of the wrong characters is reported once.
export const TranslationKeySchema = v.pipe(
  v.string('expected a translationKey as text, a slug such as otan-bucarest-2022'),
  v.regex(SLUG_PATTERN, SLUG_EXAMPLE),
  v.check(
    (key) => !SLUG_PATTERN.test(key) || key.length <= MAX_ID_LENGTH,
    `expected at most ${MAX_ID_LENGTH} characters`,
  ),
);

const eventEntries = {
  id: v.pipe(
    v.string('expected an id as text'),
    v.regex(ID_PATTERN, 'expected lower-case letters, digits and hyphens'),
    v.maxLength(MAX_ID_LENGTH, `expected at most ${MAX_ID_LENGTH} characters`),
    v.notValue(RESERVED_ID, `expected another id: events/${RESERVED_ID}.json is a name no event may take`),
  ),
  lang: v.pipe(
    v.string('expected a language tag as text'),
    v.check(isLocale, 'expected a BCP 47 language tag such as fr'),
  ),
  /** Events sharing it are one event in several languages, one file per language (Hugo's convention). */
  translationKey: v.optional(TranslationKeySchema),
  title: text('title'),
  date: date('date'),
  endDate: v.optional(date('endDate')),
  location: optionalText('location'),
  lead: optionalText('lead'),
  body: v.array(v.string('expected a paragraph as text'), 'expected a list of paragraphs'),
  source: optionalText('source'),
  updated: v.optional(date('updated')),
  /** The terms every photo is under unless it says otherwise; else the site's (site.config.json). */
  license: v.optional(licence),
  usageTerms: optionalText('usageTerms'),
};

function eventSchema<TPhoto extends v.GenericSchema>(photo: TPhoto) {
  return v.pipe(
    v.object(
      {
        ...eventEntries,
        photos: v.pipe(v.array(photo, 'expected a list of photos'), v.minLength(1, 'expected at least one photo')),
      },
      'expected an event object',
    ),
    v.forward(
      v.partialCheck(
        [['date'], ['endDate']],
        // A malformed date is reported once, at its own path, not again as an order problem.
        ({ date, endDate }) =>
          endDate === undefined || !isCalendarDate(date) || !isCalendarDate(endDate) || endDate >= date,
        'expected endDate on or after date',
      ),
      ['endDate'],
    ),
  );
}

/** The whole format, every photo included: what editors' tools hold a file to. */
export const EventSchema = eventSchema(PhotoSchema);

/**
 * The event without looking inside its photos: the app checks each photo on its own, so that
 * one bad photo costs only itself.
 */
export const EventShapeSchema = eventSchema(v.unknown());

/** An event as the app uses it: validated, unknown fields removed. */
export type GalleryEvent = v.InferOutput<typeof EventSchema>;
export type Photo = v.InferOutput<typeof PhotoSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type ImageSource = v.InferOutput<typeof ImageSourceSchema>;

/** One problem in an event file: where it is (`photos[3].width`) and what was expected. */
export interface Problem {
  /** Path of the field in the file, `(root)` for the file as a whole. */
  path: string;
  /** What the field should have been. */
  message: string;
}

function formatPath(issue: v.BaseIssue<unknown>, prefix: string): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  let path = prefix;
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path || '(root)';
}

/** Turns valibot's issues into problems with paths; `prefix` places them inside a larger file. */
export function problemsOf(issues: readonly v.BaseIssue<unknown>[], prefix = ''): Problem[] {
  return issues.map((issue) => ({
    path: formatPath(issue, prefix),
    // valibot words a missing key as an invalid key; editors think of it as a missing field.
    message:
      issue.kind === 'schema' && issue.input === undefined && issue.path ? 'required, but missing' : issue.message,
  }));
}

export type ValidationResult = { ok: true; event: GalleryEvent } | { ok: false; problems: Problem[] };

/** Checks any parsed JSON against the event format and lists every problem, never throwing. */
export function validateEvent(data: unknown): ValidationResult {
  const result = v.safeParse(EventSchema, data);
  return result.success ? { ok: true, event: result.output } : { ok: false, problems: problemsOf(result.issues) };
}
