import * as v from 'valibot';
import type { FrontData, PeopleData, PersonData, YearData } from './archive.ts';
import { EntrySchema } from './eventsIndex.ts';

// The build writes these files: a check catches a file from another version of the site, so the
// page says it cannot show it rather than breaking on a missing field.
const count = v.pipe(v.number('expected a count'), v.integer('expected a whole number'));
const text = (what: string) => v.string(`expected ${what} as text`);

const PersonSummarySchema = v.object({
  slug: text('the slug'),
  name: text('the name'),
  photoCount: count,
  eventCount: count,
});

export const PeopleDataSchema: v.GenericSchema<unknown, PeopleData> = v.object({
  people: v.array(PersonSummarySchema, 'expected the people as a list'),
});

const PersonPhotoSchema = v.object({
  event: text('the event id'),
  lang: text('the language'),
  translationKey: v.optional(text('the translation key')),
  title: text('the title'),
  date: text('the date'),
  endDate: v.optional(text('the end date')),
  number: count,
  role: v.optional(text('the role')),
  alt: text('the alt text'),
  image: v.object({ src: text('the image address'), width: count, height: count }),
});

export const PersonDataSchema: v.GenericSchema<unknown, PersonData> = v.object({
  slug: text('the slug'),
  name: text('the name'),
  lang: text('the language'),
  photoCount: count,
  roles: v.array(
    v.object({ role: text('the role'), first: text('a date'), last: text('a date') }),
    'expected the roles as a list',
  ),
  photos: v.array(PersonPhotoSchema, 'expected the photos as a list'),
  page: count,
  pages: count,
});

const YearsSchema = v.array(v.object({ year: text('the year'), count }), 'expected the years as a list');
const languages = v.array(text('a language tag'), 'expected the languages as a list');

export const FrontDataSchema: v.GenericSchema<unknown, FrontData> = v.object({
  years: YearsSchema,
  latest: v.array(EntrySchema, 'expected the latest events as a list'),
  languages,
});

export const YearDataSchema: v.GenericSchema<unknown, YearData> = v.object({
  year: text('the year'),
  events: v.array(EntrySchema, 'expected the events as a list'),
  years: YearsSchema,
  languages,
  slice: v.optional(v.object({ page: count, pages: count })),
});
