import type { PageData } from '../../src/app/AppRoutes';
import { parseEvent } from '../../src/event/parseEvent';
import { personSlug } from '../../src/event/slug';
import { eventText } from './fakeServer';

export const DEMO = '/events/otan-bucarest-2022';

/** What the build gives the demo's prerendered page: the parsed event and its people's slugs. */
export function demoPageData(): PageData {
  const parsed = parseEvent(`${DEMO}.json`, eventText('otan-bucarest-2022'), 'otan-bucarest-2022');
  if (!parsed.ok) throw new Error('the demo event does not parse');
  const names = parsed.event.photos.flatMap((photo) => photo.people ?? []).map((person) => person.name);
  return { url: DEMO, event: parsed, slugs: Object.fromEntries(names.map((name) => [name, personSlug(name) ?? ''])) };
}
