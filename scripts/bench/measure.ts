import type { Browser, BrowserContext, Page, Request } from 'playwright';
import { type PageFacts, readPage, watchPaints } from './pageProbe.ts';

/** One set of device and network limits every page is measured under. */
export interface Condition {
  id: string;
  label: string;
  /** Chromium slows its main thread by this factor (CDP Emulation.setCPUThrottlingRate). */
  cpuRate: number;
  network?: { latencyMs: number; downBytesPerSecond: number; upBytesPerSecond: number };
}

export const CONDITIONS: readonly Condition[] = [
  { id: 'cpu1', label: 'CPU 1×', cpuRate: 1 },
  { id: 'cpu4', label: 'CPU 4×', cpuRate: 4 },
  {
    id: 'slow',
    label: 'slow 4G + CPU 4×',
    cpuRate: 4,
    // Lighthouse's mobile "slow 4G" figures, applied to the real connection rather than simulated.
    network: { latencyMs: 150, downBytesPerSecond: 200_000, upBytesPerSecond: 93_750 },
  },
];

/** Numbers compared between our page and the baseline; every one is a median over runs. */
export const METRICS = [
  'lcpMs',
  'photoMs',
  'fcpMs',
  'cls',
  'bytesBeforePhoto',
  'imagesBeforePhoto',
  'domElements',
  'imgElements',
  'startupJsBytes',
  'requestsBeforeLcp',
] as const;
export type Metric = (typeof METRICS)[number];

export type RunResult = Record<Metric, number> &
  Omit<PageFacts, Metric> & {
    idleTimedOut: boolean;
    /** Requests still open when the bench stopped waiting for network idle: what kept it busy. */
    pending: string[];
    wallMs: number;
  };

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// A gallery whose lazy images keep loading must not hold the bench forever: metrics after load
// are still meaningful, and the run records that it stopped waiting.
const IDLE_TIMEOUT_MS = 15_000;
const SETTLE_MS = 500;

/** Applies a condition's CPU and network limits to a page before it loads anything. */
export async function throttle(context: BrowserContext, page: Page, condition: Condition): Promise<void> {
  const cdp = await context.newCDPSession(page);
  if (condition.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuRate });
  if (condition.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: condition.network.latencyMs,
      downloadThroughput: condition.network.downBytesPerSecond,
      uploadThroughput: condition.network.upBytesPerSecond,
    });
  }
}

/**
 * Loads one address in a fresh context (cold cache, new connections) and reads its metrics;
 * `photoSelector` as in `readPage`.
 */
export async function measure(
  browser: Browser,
  url: string,
  condition: Condition,
  photoSelector: string | null = null,
): Promise<RunResult> {
  const started = performance.now();
  const context = await browser.newContext(PHONE);
  try {
    // tsx compiles with esbuild's keepNames, which wraps inner named functions in `__name(...)`:
    // functions serialised into the page need that helper there too.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await context.addInitScript(watchPaints);
    const page = await context.newPage();
    const open = new Set<Request>();
    page.on('request', (request) => open.add(request));
    page.on('requestfinished', (request) => open.delete(request));
    page.on('requestfailed', (request) => open.delete(request));
    await throttle(context, page, condition);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let idleTimedOut = false;
    await page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT_MS }).catch(() => {
      idleTimedOut = true;
    });
    await page.waitForTimeout(SETTLE_MS);
    const facts = await page.evaluate(readPage, photoSelector);
    const pending = idleTimedOut ? [...open].map((request) => request.url()) : [];
    return { ...facts, idleTimedOut, pending, wallMs: Math.round(performance.now() - started) };
  } finally {
    await context.close();
  }
}
