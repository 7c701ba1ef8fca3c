import * as v from 'valibot';
import { parseEvent } from './parseEvent.ts';
import type { GalleryEvent } from './schema.ts';

const EntrySchema = v.object({
  id: v.string(),
  lang: v.string(),
  title: v.string(),
  date: v.string(),
  endDate: v.optional(v.string()),
  location: v.optional(v.string()),
  photoCount: v.number(),
  cover: v.object({
    src: v.string(),
    width: v.number(),
    height: v.number(),
    alt: v.optional(v.string()),
    srcSet: v.optional(
      v.array(v.object({ src: v.string(), width: v.number(), height: v.number(), type: v.optional(v.string()) })),
    ),
  }),
});

/** `events/index.json`: one entry per event, newest first, generated from the event files. */
export const EventsIndexSchema = v.object({ events: v.array(EntrySchema) });

export type EventsIndexEntry = v.InferOutput<typeof EntrySchema>;
export type EventsIndex = v.InferOutput<typeof EventsIndexSchema>;

/** What the index needs of an event. The index sits beside the event files, so `src` stays valid. */
export function indexEntry(event: GalleryEvent): EventsIndexEntry {
  const [cover] = event.photos;
  if (!cover) throw new Error(`event ${event.id} has no photo`);
  return {
    id: event.id,
    lang: event.lang,
    title: event.title,
    date: event.date,
    endDate: event.endDate,
    location: event.location,
    photoCount: event.photos.length,
    cover: { src: cover.src, width: cover.width, height: cover.height, alt: cover.alt, srcSet: cover.srcSet },
  };
}

export interface IndexBuild {
  index: EventsIndex;
  /** Files left out of the index, each with its problems, for the build to report. */
  skipped: { file: string; problems: string[] }[];
}

/** Builds the index from event files' names and texts; a broken file is reported, not fatal. */
export function buildEventsIndex(files: readonly { name: string; text: string }[]): IndexBuild {
  const entries: EventsIndexEntry[] = [];
  const skipped: IndexBuild['skipped'] = [];
  for (const { name, text } of files) {
    const result = parseEvent(name, text, name.replace(/\.json$/, ''));
    if (result.ok) entries.push(indexEntry(result.event));
    else if (result.error.kind === 'json') skipped.push({ file: name, problems: [`not JSON: ${result.error.detail}`] });
    else if (result.error.kind === 'invalid') {
      skipped.push({ file: name, problems: result.error.problems.map((p) => `${p.path}: ${p.message}`) });
    }
  }
  entries.sort((a, b) => (b.endDate ?? b.date).localeCompare(a.endDate ?? a.date) || a.id.localeCompare(b.id));
  return { index: { events: entries }, skipped };
}
