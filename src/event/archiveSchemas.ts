import * as v from 'valibot';
import { EntrySchema } from './eventsIndex.ts';

const Image = v.object({ src: v.string(), width: v.number(), height: v.number() });
const Years = v.array(v.object({ year: v.string(), count: v.number() }));

/**
 * The shapes of the archive's files (src/event/archive.ts), checked when the app fetches one: a
 * file from another build, or cut short, is said to be unreadable rather than half shown.
 */
export const archiveSchemas = {
  front: v.object({
    years: Years,
    latest: v.array(EntrySchema),
    languages: v.array(v.string()),
  }),
  year: v.object({
    year: v.string(),
    events: v.array(EntrySchema),
    years: Years,
    languages: v.array(v.string()),
    slice: v.optional(v.object({ page: v.number(), pages: v.number() })),
  }),
  people: v.object({
    people: v.array(v.object({ slug: v.string(), name: v.string(), photoCount: v.number(), eventCount: v.number() })),
  }),
  person: v.object({
    slug: v.string(),
    name: v.string(),
    photos: v.array(
      v.object({
        event: v.string(),
        lang: v.string(),
        translationKey: v.optional(v.string()),
        title: v.string(),
        date: v.string(),
        endDate: v.optional(v.string()),
        number: v.number(),
        role: v.optional(v.string()),
        alt: v.string(),
        image: Image,
      }),
    ),
  }),
};

export type ArchiveKind = keyof typeof archiveSchemas;
