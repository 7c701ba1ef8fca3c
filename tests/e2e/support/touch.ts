import type { CDPSession, Locator, Page } from '@playwright/test';

/**
 * Finger gestures for Playwright's Chromium (the context needs `hasTouch: true`). They go through
 * the DevTools protocol, so the browser turns them into touch *and* pointer events, taps, scrolls
 * and flings as it would for a real finger: YARL listens to pointer events only, and a synthetic
 * `TouchEvent` dispatched from the page would reach neither YARL nor the browser's own scrolling.
 */

export interface Point {
  x: number;
  y: number;
}

/** Where a gesture moves, as a visitor says it: `left` is a finger going from right to left. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One DevTools session per page, opened on first use. */
function session(page: Page): Promise<CDPSession> {
  let opened = sessions.get(page);
  if (!opened) {
    opened = page.context().newCDPSession(page);
    sessions.set(page, opened);
  }
  return opened;
}

type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

/** `at` is when the finger did it, in seconds since the epoch; the browser's clock when left out. */
async function touch(page: Page, type: TouchType, points: readonly Point[], at?: number) {
  const cdp = await session(page);
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((point, id) => ({ x: point.x, y: point.y, id, radiusX: 4, radiusY: 4, force: 1 })),
    ...(at === undefined ? {} : { timestamp: at }),
  });
}

/** A rendering frame, so that each move is its own event, as a finger's are (never a fixed sleep). */
function nextFrame(page: Page) {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

const between = (from: Point, to: Point, t: number): Point => ({
  x: from.x + (to.x - from.x) * t,
  y: from.y + (to.y - from.y) * t,
});

/** The middle of what a visitor sees of an element. */
export async function centreOf(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target} is not laid out`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** One finger down at `from`, through `steps` moves, up at `to`. */
export async function drag(page: Page, from: Point, to: Point, steps = 10) {
  await touch(page, 'touchStart', [from]);
  for (let step = 1; step <= steps; step++) {
    await touch(page, 'touchMove', [between(from, to, step / steps)]);
    await nextFrame(page);
  }
  await touch(page, 'touchEnd', []);
}

/**
 * A swipe across the middle of `target`, `distance` pixels long. `drift` moves the finger a little
 * across the main direction too, as a thumb never travels in a straight line.
 */
export async function swipe(target: Locator, direction: Direction, distance = 200, drift = 0) {
  const centre = await centreOf(target);
  const half = distance / 2;
  const moves: Record<Direction, [Point, Point]> = {
    left: [
      { x: centre.x + half, y: centre.y },
      { x: centre.x - half, y: centre.y + drift },
    ],
    right: [
      { x: centre.x - half, y: centre.y },
      { x: centre.x + half, y: centre.y + drift },
    ],
    up: [
      { x: centre.x, y: centre.y + half },
      { x: centre.x + drift, y: centre.y - half },
    ],
    down: [
      { x: centre.x, y: centre.y - half },
      { x: centre.x + drift, y: centre.y + half },
    ],
  };
  const [from, to] = moves[direction];
  await drag(target.page(), from, to);
}

/** Two fingers on `target`'s middle, `from` pixels apart, moving apart (or together) to `to` pixels. */
export async function pinch(target: Locator, from: number, to: number, steps = 10) {
  const page = target.page();
  const centre = await centreOf(target);
  const fingers = (gap: number): Point[] => [
    { x: centre.x - gap / 2, y: centre.y },
    { x: centre.x + gap / 2, y: centre.y },
  ];
  await touch(page, 'touchStart', fingers(from));
  for (let step = 1; step <= steps; step++) {
    await touch(page, 'touchMove', fingers(from + ((to - from) * step) / steps));
    await nextFrame(page);
  }
  await touch(page, 'touchEnd', []);
}

/**
 * Two quick taps on the same spot, 120 ms apart, well within a double tap's 300 ms. The events
 * carry their own times: on a loaded machine the protocol's round trips alone can take longer
 * than 300 ms, which would turn the gesture into two single taps.
 */
export async function doubleTap(target: Locator) {
  const page = target.page();
  const centre = await centreOf(target);
  const start = Date.now() / 1000;
  for (const at of [start, start + 0.12]) {
    await touch(page, 'touchStart', [centre], at);
    await touch(page, 'touchEnd', [], at + 0.04);
  }
}
