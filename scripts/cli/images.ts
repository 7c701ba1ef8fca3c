// npm run images [-- events/*.json]: writes each local photo in several widths and encodings,
// plus a thumbnail, next to the original, each carrying the photo's credit, caption and terms as
// XMP, and records them in the event file (srcSet, thumbnail, bytes).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigOrExit } from '../build/site-config.ts';
import { processEvent } from '../images/resize.ts';

const EVENTS_DIR = 'public/events';
const files = process.argv.slice(2);
const targets = files.length
  ? files
  : readdirSync(EVENTS_DIR)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .map((name) => join(EVENTS_DIR, name));
// The terms of photos whose event states none.
const site = siteConfigOrExit();
let failed = false;
// The versions of an event that share photos report the same disagreements: once is enough.
const noted = new Set<string>();
for (const file of targets) {
  try {
    const { data, done, notes, refused } = await processEvent(file, site);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    for (const note of notes.filter((line) => !noted.has(line))) {
      noted.add(note);
      console.log(note);
    }
    for (const line of refused) console.error(line);
    console.log(`${file}: ${done} of ${data.photos.length} photos`);
    failed ||= refused.length > 0;
  } catch (error) {
    console.error((error as Error).message);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
