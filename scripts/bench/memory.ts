import type { Browser, CDPSession, Page } from 'playwright';
import type { Place } from './latency.ts';
import { PHONE } from './measure.ts';
import type { Recipe } from './peers/behaviour.ts';
import { FIRST_READING } from './settings.ts';
import { atRest, direction, fastestPress, type Press, photoAt, press, type SlidePlace } from './slides.ts';
import { ratio } from './stats.ts';

/** The page's live JS heap and DOM nodes, read right after a forced garbage collection. */
export interface MemoryReading {
  heapBytes: number;
  nodes: number;
}

/** One page's long visit in one place: a reading after the first changes and one at the end. */
export interface MemoryRow {
  page: string;
  place: Place;
  how: Press | null;
  /**
   * Slide changes made before the second reading: the first count past the one asked for that
   * shows the photo of the first reading again.
   */
  changes: number;
  first: MemoryReading | null;
  last: MemoryReading | null;
  note: string;
}

/** The long visit's growth: the last reading over the first (goal ≤ 1.2×); null without both. */
export function growth(row: MemoryRow): { heap: number | null; nodes: number | null } {
  if (!row.first || !row.last) return { heap: null, nodes: null };
  return { heap: ratio(row.last.heapBytes, row.first.heapBytes), nodes: ratio(row.last.nodes, row.first.nodes) };
}

async function read(cdp: CDPSession): Promise<MemoryReading> {
  // Twice: objects freed by the first collection's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { heapBytes: value('JSHeapUsedSize'), nodes: value('Nodes') };
}

// A long visit presses as fast as the page allows: now and then a press comes a moment too soon.
const RETRIES = 3;

/** Where a long visit is: the changes made so far and the way it is going. */
interface Walk {
  changes: number;
  forward: boolean;
}

/** Changes the photo, back and forth over the `count` photos, until `done` says so. */
async function walk(
  page: Page,
  place: SlidePlace,
  how: Press,
  count: number,
  state: Walk,
  done: (at: number) => boolean,
) {
  for (let at = await photoAt(page, place); !done(at); at = await photoAt(page, place)) {
    state.forward = direction(at, count, state.forward);
    if (!(await press(page, place, state.forward, how, RETRIES))) {
      throw new Error(`change ${state.changes + 1}: the ${how} did not move the photo from ${at}`);
    }
    state.changes++;
  }
}

async function visit(browser: Browser, url: string, recipe: Recipe, where: Place, count: number, total: number) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    if (where === 'lightbox' && recipe.lightbox) {
      await recipe.lightbox.open(page);
      await page.locator(recipe.lightbox.selector).first().waitFor();
    }
    const place = recipe.slides[where] as SlidePlace;
    await atRest(page, place);
    const { how, moved } = await fastestPress(page, place, RETRIES);
    const state: Walk = { changes: moved ? 1 : 0, forward: true };
    await walk(page, place, how, count, state, () => state.changes >= FIRST_READING);
    // Let the last slide's images finish, so both readings see a page at rest.
    await page.waitForLoadState('networkidle');
    const first = await read(cdp);
    const firstAt = await photoAt(page, place);
    // The second reading shows the same photo as the first (its caption, its neighbours).
    await walk(page, place, how, count, state, (at) => state.changes >= total && at === firstAt);
    await page.waitForLoadState('networkidle');
    return { how, changes: state.changes, first, last: await read(cdp) };
  } finally {
    await context.close();
  }
}

/** Every page's carousel, then its lightbox, each in a fresh context at CPU 1×. */
export async function measureMemory(
  browser: Browser,
  origin: string,
  recipes: readonly Recipe[],
  count: number,
  total: number,
): Promise<MemoryRow[]> {
  const rows: MemoryRow[] = [];
  for (const recipe of recipes) {
    for (const where of ['carousel', 'lightbox'] as const) {
      const row = { page: recipe.page, place: where, how: null, changes: total, first: null, last: null };
      if (!recipe.slides[where] || (where === 'lightbox' && !recipe.lightbox)) {
        rows.push({ ...row, note: `no ${where}` });
        continue;
      }
      try {
        rows.push({ ...row, ...(await visit(browser, origin + recipe.path, recipe, where, count, total)), note: '' });
      } catch (error) {
        rows.push({ ...row, note: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return rows;
}
