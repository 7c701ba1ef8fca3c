import { accessSync, constants } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** 0–100 per category; null when Lighthouse gave no score (a failed audit run). */
  scores: Record<Category, number | null>;
  /** The metrics the performance score is made of, as Lighthouse estimated them (simulated slow 4G). */
  fcpMs: number | null;
  lcpMs: number | null;
  speedIndexMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits short of full marks outside performance, to say what a score below 100 lost. */
  failing: string[];
  /** Runtime warnings and errors, which make a score less trustworthy. */
  warnings: string[];
  error: string | null;
}

function emptyScores(): Record<Category, number | null> {
  return { performance: null, accessibility: null, 'best-practices': null, seo: null };
}

/**
 * One Lighthouse run with its defaults (mobile, simulated slow 4G and CPU 4×), in a Chromium of
 * its own so the bench's browser state never leaks in. Never throws: a failure is a table row.
 */
export async function runLighthouse(
  url: string,
  chromePath: string,
  flags: readonly string[],
): Promise<LighthouseResult> {
  const result: LighthouseResult = {
    url,
    scores: emptyScores(),
    fcpMs: null,
    lcpMs: null,
    speedIndexMs: null,
    tbtMs: null,
    cls: null,
    failing: [],
    warnings: [],
    error: null,
  };
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    // chrome-launcher reports a missing binary as an unhandled 'error' event that kills the bench.
    accessSync(chromePath, constants.X_OK);
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...flags], logLevel: 'silent' });
    const runner = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = runner?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      result.scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    result.fcpMs = metric('first-contentful-paint');
    result.lcpMs = metric('largest-contentful-paint');
    result.speedIndexMs = metric('speed-index');
    result.tbtMs = metric('total-blocking-time');
    result.cls = metric('cumulative-layout-shift');
    result.warnings = lhr.runWarnings;
    result.failing = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id}`),
    );
    if (lhr.runtimeError) result.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    try {
      chrome?.kill();
    } catch {
      // A browser that already died needs no killing; the bench goes on.
    }
  }
  return result;
}
