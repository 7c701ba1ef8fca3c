import type { GalleryEvent, Problem } from '../../src/event/schema.ts';
import { hasLeftToRightMarker } from '../../src/importer/captions.ts';
import type { Level } from '../../src/importer/report.ts';
import { checkBidiControls } from './bidi.ts';
import type { Parts } from './parts.ts';

/** A problem in an event file, and whether it makes the file wrong or only suspicious. */
export interface FileProblem extends Problem {
  level: Level;
}

/** An event as far as the schema accepted it: a valid event, or what is valid of a file with problems. */
export type EventParts = Parts<GalleryEvent>;

/**
 * What the schema cannot say: the id names the file, photos are distinct, people are not left in
 * captions, no text holds bidi controls. A part the schema refused is left out of these checks.
 */
export function checkEvent(event: EventParts, file?: string): FileProblem[] {
  const problems: FileProblem[] = [];
  // By hand rather than node:path's basename: the studio runs these checks in the browser.
  const name = file?.replace(/^.*[/\\]/, '').replace(/(.)\.json$/, '$1');
  if (name && event.id !== undefined && event.id !== name) {
    problems.push({ path: 'id', level: 'error', message: `expected "${name}", the file's name, found "${event.id}"` });
  }
  const firstUse = new Map<string, number>();
  for (const [i, photo] of (event.photos ?? []).entries()) {
    const earlier = photo?.src === undefined ? undefined : firstUse.get(photo.src);
    if (photo?.src !== undefined && earlier === undefined) firstUse.set(photo.src, i);
    if (earlier !== undefined)
      problems.push({
        path: `photos[${i}].src`,
        level: 'error',
        message: `expected a photo of its own, found the src of photos[${earlier}]`,
      });
    if (photo?.caption !== undefined && hasLeftToRightMarker(photo.caption)) {
      problems.push({
        path: `photos[${i}].caption`,
        level: 'warning',
        message: 'has a left-to-right marker: write these people as "people"',
      });
    }
  }
  return [...problems, ...checkBidiControls(event)];
}
