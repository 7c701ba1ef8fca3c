import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../ci/chromium.ts';
import { writeBaseline, writeStaticPage } from './baseline.ts';
import { BIG_EVENT_ID, preparePublicDir } from './bigEvent.ts';
import { runLighthouse } from './lighthouse.ts';
import { CONDITIONS, type Condition, METRICS, type Metric, measure } from './measure.ts';
import { type Comparison, markdownReport, type Results, type Run } from './report.ts';
import { serve } from './serve.ts';
import { bundleSizes } from './sizes.ts';
import { medians, ratio } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, '.bench/dist');
const PUBLIC = join(ROOT, '.bench/public');
const RUNS = Number.parseInt(process.env.BENCH_RUNS ?? '7', 10);

interface Page {
  name: string;
  path: string;
  baseline: string;
  staticPage: string;
  photo: unknown;
}

const PAGES = [
  { name: 'otan-bucarest-2022', path: '/events/otan-bucarest-2022' },
  { name: BIG_EVENT_ID, path: `/events/${BIG_EVENT_ID}` },
];

// Progress goes to stderr so that `npm run bench > report.md` keeps only the tables.
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const phases: Record<string, number> = {};
async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  log(`${name}…`);
  try {
    return await work();
  } finally {
    phases[name] = Math.round(performance.now() - started);
  }
}

function build() {
  const bigEvent = preparePublicDir(join(ROOT, 'public'), PUBLIC);
  log(`generated ${bigEvent.file} (${bigEvent.bytes} bytes)`);
  // The bench server answers at the root, whatever base the caller's shell asks for.
  const env = { ...process.env, OUT_DIR: DIST, PUBLIC_DIR: PUBLIC, BASE_PATH: '/' };
  const done = spawnSync('npx', ['tsx', 'scripts/build/build.ts'], { cwd: ROOT, env, stdio: ['ignore', 2, 2] });
  if (done.status !== 0) throw new Error(`build failed (exit ${done.status ?? done.signal})`);
  return bigEvent;
}

const safely = async (work: () => Promise<Run>): Promise<Run> =>
  work().catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));

async function compare(browser: Browser, origin: string, page: Page, condition: Condition) {
  const sides = { app: page.path, baseline: page.baseline, static: page.staticPage };
  const runs: Record<keyof typeof sides, Run[]> = { app: [], baseline: [], static: [] };
  // Alternating spreads any drift of the machine (another job, thermal state) over every side.
  for (let run = 0; run < RUNS; run++) {
    for (const side of Object.keys(sides) as (keyof typeof sides)[]) {
      runs[side].push(await safely(() => measure(browser, origin + sides[side], condition)));
    }
  }
  const ok = (list: Run[]) => list.flatMap((item) => ('error' in item ? [] : [item]));
  const median = (side: keyof typeof sides) => medians(ok(runs[side]), METRICS);
  const [app, baseline, staticPage] = [median('app'), median('baseline'), median('static')];
  const ratios = (over: Record<Metric, number>) =>
    Object.fromEntries(METRICS.map((key) => [key, ratio(app[key], over[key])])) as Comparison['ratio'];
  return {
    app: { runs: runs.app, median: app },
    baseline: { runs: runs.baseline, median: baseline },
    static: { runs: runs.static, median: staticPage },
    ratio: ratios(baseline),
    ratioToStatic: ratios(staticPage),
  };
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a positive integer, got ${RUNS}`);
  const started = performance.now();
  const loadStart = loadavg()[0] ?? Number.NaN;
  const bigEvent = await phase('build', build);
  const sizes = bundleSizes(DIST);
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
  const comparisons: Comparison[] = [];
  const pages: Page[] = [];
  let chromiumVersion = '';
  try {
    chromiumVersion = browser.version();
    // A first, uncounted load per page finds the photo to copy and warms the server and disk.
    await phase('baselines', async () => {
      for (const page of PAGES) {
        const probe = await measure(browser, server.origin + page.path, CONDITIONS[0] as Condition);
        if (!probe.photoUrl) throw new Error(`${page.path}: no photo found to build the baseline from`);
        const photo = { path: new URL(probe.photoUrl).pathname, ...probe.photoBox };
        const html = await (await fetch(server.origin + page.path)).text();
        pages.push({
          ...page,
          baseline: writeBaseline(DIST, page.name, photo),
          staticPage: writeStaticPage(DIST, page.name, html),
          photo,
        });
      }
    });
    for (const condition of CONDITIONS) {
      await phase(`timing ${condition.id}`, async () => {
        for (const page of pages) {
          log(`  ${page.name}, ${condition.label}, ${RUNS} × 3 runs`);
          comparisons.push({ page: page.name, condition, ...(await compare(browser, server.origin, page, condition)) });
        }
      });
    }
  } finally {
    await browser.close();
  }
  // After the timing runs, never beside them: Lighthouse's own Chromium would compete for the CPU.
  const lighthouse = await phase('lighthouse', async () => {
    const results: Results['lighthouse'] = [];
    for (const { name, path } of PAGES) {
      results.push({ page: name, result: await runLighthouse(server.origin + path, CHROME_PATH, CHROMIUM_FLAGS) });
    }
    return results;
  });
  await server.close();

  const results: Results & { pages: typeof pages } = {
    date: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    phasesMs: phases,
    versions: {
      node: process.version,
      chromium: chromiumVersion,
      playwright: packageVersion('playwright'),
      lighthouse: packageVersion('lighthouse'),
    },
    loadAverage: { start: loadStart, end: loadavg()[0] ?? Number.NaN },
    runsPerSide: RUNS,
    bigEvent: { id: BIG_EVENT_ID, bytes: bigEvent.bytes },
    pages,
    comparisons,
    sizes,
    lighthouse,
  };
  writeFileSync(join(ROOT, '.bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdownReport(results));
}

main().catch((error: unknown) => {
  log(`could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
