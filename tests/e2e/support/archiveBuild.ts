import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Archive, generateArchive } from '../../../scripts/archive/generate.ts';
import type { GalleryEvent } from '../../../src/event/schema.ts';
import { type ServedBuild, serveBuildWith } from './servedBuild.ts';

const DEMO_EVENTS = fileURLToPath(new URL('../../../public/events', import.meta.url));

/** Event files of the generated archive, language versions counted. */
export const ARCHIVE_EVENTS = 300;
/**
 * The year that takes its neighbours' events: 300 events spread over ten years make about 25 a
 * year, under a page of 48, and a long year is what the pagination needs. A leap year, so that
 * every day of the others exists in it.
 */
export const LONG_YEAR = '2020';
const MERGED = ['2019', '2021'];
/**
 * The address the archive is built for, not the one it is served at: sitemaps and feeds need an
 * absolute one, and a fixed one shows that they take it from SITE_URL.
 */
export const ARCHIVE_SITE_URL = 'https://www.example.lu';

/** A build of the archive served by nginx, and every event file it was built from (the demo's too). */
export interface ServedArchive extends ServedBuild {
  events: GalleryEvent[];
  /** What a search must find in one place only (scripts/archive/generate.ts). */
  uniqueWords: Archive['uniqueWords'];
  uniquePeople: Archive['uniquePeople'];
}

function intoLongYear(event: GalleryEvent): GalleryEvent {
  if (!MERGED.includes(event.date.slice(0, 4))) return event;
  const moved = (day: string) => `${LONG_YEAR}${day.slice(4)}`;
  return { ...event, date: moved(event.date), ...(event.endDate ? { endDate: moved(event.endDate) } : {}) };
}

function demoEvents(): GalleryEvent[] {
  return readdirSync(DEMO_EVENTS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(DEMO_EVENTS, file), 'utf8')) as GalleryEvent);
}

/** Generates the archive (the same every time), builds it under /galleries/ and serves it with deploy/nginx.conf. */
export async function serveArchive(): Promise<ServedArchive> {
  const { events, uniqueWords, uniquePeople } = generateArchive({ events: ARCHIVE_EVENTS });
  const generated = events.map(intoLongYear);
  const served = await serveBuildWith(generated, 'archive', { SITE_URL: ARCHIVE_SITE_URL });
  return { ...served, events: [...generated, ...demoEvents()], uniqueWords, uniquePeople };
}
