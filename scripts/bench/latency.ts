import type { Browser, Page } from 'playwright';
import { CONDITIONS, type Condition, PHONE, throttle } from './measure.ts';
import type { Recipe } from './peers/behaviour.ts';
import { atRest, direction, type Press, photoAt, press, type SlidePlace } from './slides.ts';
import { median, percentile } from './stats.ts';

/** Where on the page "next" was pressed. */
export type Place = 'carousel' | 'lightbox';

/** One page's taps in one place: each interaction's duration as the page's Event Timing saw it. */
export interface LatencyRow {
  page: string;
  place: Place;
  /** How "next" was pressed; null when the page has no such place. */
  how: Press | null;
  /** Each timed press, in ms; null when under the observer's 16 ms threshold (no entry). */
  durations: (number | null)[];
  medianMs: number;
  p90Ms: number;
  note: string;
}

/** The Event Timing threshold: quicker interactions give no entry, and count as this much. */
export const THRESHOLD_MS = 16;
const ENTRY_WAIT_MS = 1_000;
const SETTLE_MS = 500;
// A visitor looks at the photo before the next tap; react-image-gallery also drops taps made
// during its 450 ms slide, and a dropped tap is no interaction to time.
const BETWEEN_TAPS_MS = 700;

/**
 * Median and p90 of the timed presses; a press with no entry was quicker than the threshold and
 * counts as the threshold, so both figures are upper bounds when some are missing.
 */
export function summarise(durations: readonly (number | null)[]): { medianMs: number; p90Ms: number } {
  const values = durations.map((value) => value ?? THRESHOLD_MS);
  return { medianMs: median(values), p90Ms: percentile(values, 90) };
}

// In the page before its own scripts: every interaction's events (pointerdown, pointerup, click,
// keydown…) share an interactionId; its duration is the longest of theirs, as INP counts it.
const OBSERVE = `
  window.__egEvents = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.__egEvents.push({ id: entry.interactionId, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: ${THRESHOLD_MS}, buffered: true });
`;

type Entry = { id: number; start: number; duration: number };

/** The duration of the first interaction that began after `since`, or null if none came in time. */
async function interactionAfter(page: Page, since: number): Promise<number | null> {
  const read = () =>
    page.evaluate(
      (from) => (window as unknown as { __egEvents: Entry[] }).__egEvents.filter((e) => e.start >= from),
      since,
    );
  for (let waited = 0; waited < ENTRY_WAIT_MS; waited += 50) {
    const found = await read();
    const first = found[0];
    if (first) {
      // An interaction's events can come in two batches (pointerdown, then click a frame later).
      await page.waitForTimeout(100);
      const all = (await read()).filter((entry) => entry.id === first.id);
      return Math.max(...all.map((entry) => entry.duration));
    }
    await page.waitForTimeout(50);
  }
  return null;
}

async function timePlace(page: Page, place: SlidePlace, count: number, taps: number) {
  const how: Press = place.next ? 'tap' : 'key';
  const durations: (number | null)[] = [];
  let failures = 0;
  while (durations.length < taps && failures < 5) {
    // Every timed press goes forward to a photo the page has not wrapped to: back to photo 1 first.
    while (!direction(await photoAt(page, place), count, true)) {
      if (!(await press(page, place, false, how))) throw new Error(`"previous" did not move the ${how}`);
    }
    const since = await page.evaluate(() => performance.now());
    if (!(await press(page, place, true, how))) {
      failures++;
      continue;
    }
    durations.push(await interactionAfter(page, since));
    await page.waitForTimeout(BETWEEN_TAPS_MS);
  }
  return { how, durations, note: failures ? `${failures} presses did not move the photo` : '' };
}

/** Opens the page at CPU 4× on loopback and times `taps` presses of "next" in one place. */
async function timeOne(browser: Browser, url: string, recipe: Recipe, where: Place, count: number, taps: number) {
  const condition = CONDITIONS.find((item) => item.cpuRate === 4 && !item.network) as Condition;
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript({ content: OBSERVE });
    const page = await context.newPage();
    await throttle(context, page, condition);
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    if (where === 'lightbox' && recipe.lightbox) {
      await recipe.lightbox.open(page);
      await page.locator(recipe.lightbox.selector).first().waitFor();
    }
    const place = recipe.slides[where] as SlidePlace;
    await atRest(page, place);
    return await timePlace(page, place, count, taps);
  } finally {
    await context.close();
  }
}

/** Every page's carousel and lightbox, where it has them; a failure is a row with its message. */
export async function measureLatency(
  browser: Browser,
  origin: string,
  recipes: readonly Recipe[],
  count: number,
  taps: number,
): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const recipe of recipes) {
    for (const where of ['carousel', 'lightbox'] as const) {
      const row = {
        page: recipe.page,
        place: where,
        how: null,
        durations: [],
        medianMs: Number.NaN,
        p90Ms: Number.NaN,
      };
      if (!recipe.slides[where] || (where === 'lightbox' && !recipe.lightbox)) {
        rows.push({ ...row, note: `no ${where}` });
        continue;
      }
      try {
        const timed = await timeOne(browser, origin + recipe.path, recipe, where, count, taps);
        rows.push({ ...row, ...timed, ...summarise(timed.durations) });
      } catch (error) {
        rows.push({ ...row, note: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return rows;
}
