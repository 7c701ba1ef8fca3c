import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type GalleryEvent, type Photo, validateEvent } from '../../src/event/schema.ts';
import { decodeUtf8 } from '../../src/event/text.ts';
import { loadMessages } from '../../src/i18n/messages.ts';
import { type PhotoMetadata, photoMetadata, type SiteTerms } from './metadata.ts';

/** An event file as written, and its checked copy. */
export interface EventFile {
  file: string;
  data: { translationKey?: unknown; photos: unknown[] };
  event: GalleryEvent;
}

function parse(file: string): { data: EventFile['data'] } | { problems: string[] } {
  const decoded = decodeUtf8(readFileSync(file));
  if (!decoded.ok) return { problems: [`${file}: ${decoded.message}`] };
  try {
    return { data: JSON.parse(decoded.text) };
  } catch (error) {
    return { problems: [`${file}: expected JSON: ${(error as Error).message}`] };
  }
}

function checked(file: string, data: EventFile['data']): EventFile | { problems: string[] } {
  const result = validateEvent(data);
  if (result.ok) return { file, data, event: result.event };
  return { problems: result.problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`) };
}

/** Reads and checks an event file, or throws with one line per problem, each naming the file and the field. */
export function readEventFile(file: string): EventFile {
  const parsed = parse(file);
  const read = 'data' in parsed ? checked(file, parsed.data) : parsed;
  if ('problems' in read) throw new Error(`cannot process an invalid event file:\n  ${read.problems.join('\n  ')}`);
  return read;
}

/**
 * The language versions of an event (itself included) among the event files of its folder, in
 * an order that does not depend on which of them is processed: the site's default language's
 * first, then by file name. A broken sibling is left out with a note: its own run reports it.
 */
export function versionsOf(own: EventFile, defaultLanguage: string, notes: string[]): EventFile[] {
  const key = own.event.translationKey;
  if (key === undefined) return [own];
  const dir = dirname(own.file);
  const siblings = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'index.json' && name !== basename(own.file))
    .flatMap((name) => {
      const file = join(dir, name);
      const parsed = parse(file);
      if ('data' in parsed && parsed.data?.translationKey !== key) return [];
      const read = 'data' in parsed ? checked(file, parsed.data) : parsed;
      if ('event' in read) return [read];
      notes.push(`${file}: left out of the photos it may share with ${own.file}: ${read.problems[0]}`);
      return [];
    });
  const byName = [own, ...siblings].sort((a, b) => (basename(a.file) < basename(b.file) ? -1 : 1));
  const preferred = byName.find((version) => version.event.lang === defaultLanguage) ?? byName[0] ?? own;
  return [preferred, ...byName.filter((version) => version !== preferred)];
}

/** One version's photo that resolves to a given image file. */
interface SharedPhoto {
  file: string;
  index: number;
  meta: PhotoMetadata;
}

const people = (meta: PhotoMetadata) => meta.people.join(', ') || 'nobody';

/** Where a version disagrees with the x-default one on what is written once: the credit and the people. */
function disagreements([first, ...others]: SharedPhoto[], src: string): string[] {
  if (!first) return [];
  const at = `${first.file} photos[${first.index}], which shares ${src}`;
  return others.flatMap(({ file, index, meta }) => [
    ...(meta.credit === first.meta.credit
      ? []
      : [
          `${file}: photos[${index}].credit: ${meta.credit}, but ${at}, gives ${first.meta.credit}: its files carry ${first.meta.credit}`,
        ]),
    ...(people(meta) === people(first.meta)
      ? []
      : [
          `${file}: photos[${index}].people: ${people(meta)}, but ${at}, names ${people(first.meta)}: its files carry the latter`,
        ]),
  ]);
}

/**
 * The metadata of one image file as every version that shows it tells it, x-default's first, and a
 * note per disagreement on the credit or the people: the same whichever version asks.
 */
export async function sharedMetadata(versions: EventFile[], input: string, src: string, site: SiteTerms) {
  const shared: SharedPhoto[] = [];
  for (const { file, event } of versions) {
    const index = event.photos.findIndex((photo) => resolve(dirname(file), photo.src) === input);
    if (index < 0) continue;
    const messages = await loadMessages(event.lang);
    shared.push({ file, index, meta: photoMetadata(event, event.photos[index] as Photo, messages, site) });
  }
  return { metas: shared.map((photo) => photo.meta), notes: disagreements(shared, src) };
}
