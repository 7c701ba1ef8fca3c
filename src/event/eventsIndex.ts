import * as v from 'valibot';
import type { DisplayEvent } from './forDisplay.ts';
import type { LoadResult } from './load.ts';
import { parseEvent } from './parseEvent.ts';
import type { GalleryEvent } from './schema.ts';
import { translationProblems } from './translations.ts';

export const EntrySchema = v.object({
  id: v.string(),
  lang: v.string(),
  /** Shared by the versions of one event in several languages. */
  translationKey: v.optional(v.string()),
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

export type EventsIndexEntry = v.InferOutput<typeof EntrySchema>;
/** One entry per event, newest first, built from the event files: the archive's files are made of it. */
export interface EventsIndex {
  events: EventsIndexEntry[];
}

/**
 * What the index needs of an event, given with only the photos the page shows: those are what
 * `photoCount` counts. The index sits beside the event files, so `src` stays valid.
 */
export function indexEntry(event: GalleryEvent): EventsIndexEntry {
  const [cover] = event.photos;
  if (!cover) throw new Error(`event ${event.id} has no photo`);
  return {
    id: event.id,
    lang: event.lang,
    translationKey: event.translationKey,
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
  /** The events of the index, as their pages show them. */
  events: DisplayEvent[];
  /**
   * What the build must tell, one problem a line, naming the file and the field:
   * `events/x.json: photos[1].width: expected a positive integer, photo 2 left out`.
   */
  messages: string[];
}

const LEFT_OUT = 'left out of the events index';

function messagesOf(name: string, result: LoadResult): string[] {
  const file = `events/${name}`;
  if (result.ok) {
    return result.dropped.flatMap(({ number, problems }) =>
      problems.map((p) => `${file}: ${p.path}: ${p.message}, photo ${number} left out`),
    );
  }
  if (result.error.kind === 'json') return [`${file}: not JSON: ${result.error.detail}, ${LEFT_OUT}`];
  if (result.error.kind === 'invalid')
    return result.error.problems.map((p) => `${file}: ${p.path}: ${p.message}, ${LEFT_OUT}`);
  return [`${file}: cannot be read, ${LEFT_OUT}`];
}

/**
 * Builds the index from event files' names and texts. A broken file is reported, not fatal; a
 * photo the page will not show is reported too, and not counted.
 */
export function buildEventsIndex(files: readonly { name: string; text: string }[]): IndexBuild {
  const entries: EventsIndexEntry[] = [];
  const shown: DisplayEvent[] = [];
  const messages: string[] = [];
  const versions: { file: string; id: string; lang: string; translationKey?: string; photoCount: number }[] = [];
  for (const { name, text } of files) {
    const result = parseEvent(name, text, name.replace(/\.json$/, ''));
    if (result.ok) {
      const entry = indexEntry(result.event);
      entries.push(entry);
      shown.push(result);
      versions.push({ ...entry, file: `events/${name}` });
    }
    messages.push(...messagesOf(name, result));
  }
  // The validator's checks across versions, so that a build tells what `npm run validate` would.
  for (const { file, path, level, message } of translationProblems(versions)) {
    messages.push(`${file}: ${path}: ${level === 'error' ? message : `warning: ${message}`}`);
  }
  entries.sort((a, b) => (b.endDate ?? b.date).localeCompare(a.endDate ?? a.date) || a.id.localeCompare(b.id));
  return { index: { events: entries }, events: shown, messages };
}
