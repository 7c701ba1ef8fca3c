import type { Browser, Page } from 'playwright';
import { type Condition, PHONE, throttle } from './measure.ts';
import { median, ratio } from './stats.ts';

/** What "next" is on a page and how the page shows that it moved to photo 2. */
export interface AnswerSpec {
  /** The control a visitor taps: ours and the carousels' "next", PhotoSwipe's first photo. */
  tap: string;
  /** In-page expression, true once the page has left photo 1 (PhotoSwipe: opened its lightbox). */
  moved: string;
}

export interface AnswerRun {
  /**
   * Navigation start to when the page's main thread handled the tap that worked (the first
   * moment it could move); NaN if none did within the time allowed.
   */
  answerMs: number;
  /** When that tap was sent: earlier than `answerMs` by the long task it waited behind. */
  sentMs: number;
  /**
   * When the bench saw the page off photo 1, at most a judging pause after it moved: later than
   * `answerMs` by what the tap set off (PhotoSwipe's core fetched on the first open).
   */
  seenMs: number;
  /** Navigation start to the first paint, when the tapping began. */
  fcpMs: number;
  taps: number;
  /** The tap followed a plain link (PhotoSwipe before its script) instead of opening the lightbox. */
  followedLink: boolean;
  error?: string;
}

const GIVE_UP_MS = 30_000;
// A tap is judged after this long: the next tap comes then, so a figure is at most this late.
const JUDGE_MS = 150;

const now = (page: Page) => page.evaluate(() => performance.now());

/**
 * Opens the page and taps "next" from its first paint until a tap moves it to photo 2. A tap
 * that lands before the page's script is ready does nothing, or follows a link: the wait a
 * visitor feels is the time of the first tap that works.
 */
export async function timeToAnswer(
  browser: Browser,
  url: string,
  condition: Condition,
  spec: AnswerSpec,
): Promise<AnswerRun> {
  const context = await browser.newContext(PHONE);
  try {
    // On the page's own clock, read on window before any handler of the page: when the tap was
    // sent, and when the page's main thread got to it (later while a long task holds it).
    await context.addInitScript(() => {
      addEventListener(
        'touchstart',
        (event) => Object.assign(window, { __tap: { sent: event.timeStamp, handled: performance.now() } }),
        { capture: true },
      );
    });
    const page = await context.newPage();
    await throttle(context, page, condition);
    await page.goto(url, { waitUntil: 'commit' });
    const painted = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    let fcpMs: number | null = null;
    for (let waited = 0; fcpMs === null && waited < GIVE_UP_MS; waited += 20) {
      fcpMs = await page.evaluate(painted);
      if (fcpMs === null) await page.waitForTimeout(20);
    }
    if (fcpMs === null) throw new Error(`${url}: no first paint within ${GIVE_UP_MS} ms`);
    const start = new URL(url).pathname;
    const left = () => new URL(page.url()).pathname !== start;
    let taps = 0;
    // Used only when a tap left the page, whose clock went with it.
    let tappedAt = Number.NaN;
    while (!left() && (await now(page)) < GIVE_UP_MS) {
      tappedAt = await now(page);
      // Forced: our controls are marked unavailable until hydration, and that is what is measured.
      const tapped = await page
        .locator(spec.tap)
        .first()
        .tap({ force: true, timeout: 500, noWaitAfter: true })
        .then(() => true)
        .catch(() => false);
      if (!tapped) continue;
      taps++;
      await page.waitForTimeout(JUDGE_MS);
      if (left()) break;
      const seen = await page
        .evaluate(`(${spec.moved}) ? { tap: window.__tap, at: performance.now() } : null`)
        .catch(() => null);
      if (seen) {
        const { tap, at } = seen as { tap?: { sent: number; handled: number }; at: number };
        return {
          answerMs: tap?.handled ?? tappedAt,
          sentMs: tap?.sent ?? tappedAt,
          seenMs: at,
          fcpMs,
          taps,
          followedLink: false,
        };
      }
    }
    if (left()) return { answerMs: tappedAt, sentMs: tappedAt, seenMs: tappedAt, fcpMs, taps, followedLink: true };
    return { answerMs: Number.NaN, sentMs: Number.NaN, seenMs: Number.NaN, fcpMs, taps, followedLink: false };
  } finally {
    await context.close();
  }
}

/** One page's runs under one condition, with its median and its ratio to ours. */
export interface AnswerRow {
  condition: string;
  page: string;
  runs: AnswerRun[];
  medianMs: number;
  toOurs: number | null;
}

/** Every page in turn, run after run, under each condition; the first page is ours. */
export async function measureAnswers(
  browser: Browser,
  origin: string,
  pages: readonly { page: string; path: string; answer: AnswerSpec }[],
  conditions: readonly Condition[],
  runs: number,
): Promise<AnswerRow[]> {
  const rows: AnswerRow[] = [];
  for (const condition of conditions) {
    const found = pages.map(() => [] as AnswerRun[]);
    for (let run = 0; run < runs; run++) {
      for (const [index, page] of pages.entries()) {
        const result = await timeToAnswer(browser, origin + page.path, condition, page.answer).catch((error) => ({
          error: error instanceof Error ? error.message : String(error),
          answerMs: Number.NaN,
          sentMs: Number.NaN,
          seenMs: Number.NaN,
          fcpMs: Number.NaN,
          taps: 0,
          followedLink: false,
        }));
        found[index]?.push(result);
      }
    }
    const medians = found.map((list) => median(list.map((item) => item.answerMs)));
    const ours = medians[0] ?? Number.NaN;
    for (const [index, page] of pages.entries()) {
      rows.push({
        condition: condition.label,
        page: page.page,
        runs: found[index] ?? [],
        medianMs: medians[index] ?? Number.NaN,
        toOurs: ratio(medians[index] ?? Number.NaN, ours),
      });
    }
  }
  return rows;
}
