import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../ci/chromium.ts';
import { type AnswerRow, measureAnswers } from './answer.ts';
import { archivePages, readArchiveFacts } from './archivePages.ts';
import { writeBaseline, writeStaticPage } from './baseline.ts';
import { BIG_EVENT_ID } from './bigEvent.ts';
import { compare } from './compare.ts';
import { type LatencyRow, measureLatency } from './latency.ts';
import { runLighthouse } from './lighthouse.ts';
import { CONDITIONS, type Condition, measure } from './measure.ts';
import { type MemoryRow, measureMemory } from './memory.ts';
import { readBehaviour } from './peers/behaviour.ts';
import { buildPeers, PEERS } from './peers/build.ts';
import { recipes } from './peers/recipes.ts';
import type { Behaviour } from './peers/report.ts';
import { type Comparison, markdownReport, type Results } from './report.ts';
import { serve } from './serve.ts';
import { runCounts, visitCounts } from './settings.ts';
import { buildSite, packageVersion } from './site.ts';
import { bundleSizes } from './sizes.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, '.bench/dist');
const PUBLIC = join(ROOT, '.bench/public');
const PEER_EVENT = 'otan-bucarest-2022';

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

async function main() {
  const { runs, peerRuns, answerRuns } = runCounts(process.env);
  const { latencyTaps, longVisit } = visitCounts(process.env);
  const started = performance.now();
  const loadStart = loadavg()[0] ?? Number.NaN;
  const bigEvent = await phase('build', () => buildSite(ROOT, DIST, PUBLIC, log));
  // After our build, which empties the folder the peers are built into.
  const peerPaths = await phase('peers', () =>
    peerRuns === 0
      ? ({} as Record<string, string>)
      : buildPeers(
          DIST,
          join(ROOT, '.bench/peers-src'),
          join(PUBLIC, `events/${PEER_EVENT}.json`),
          `/events/${PEER_EVENT}.json`,
        ),
  );
  const peerSides = PEERS.flatMap((peer) => {
    const path = peerPaths[peer.name];
    return path ? [{ key: peer.name, label: peer.label, path, runs: peerRuns, photoSelector: peer.photoSelector }] : [];
  });
  const sizes = bundleSizes(DIST);
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
  const comparisons: Comparison[] = [];
  let behaviour: Behaviour[] | undefined;
  let answers: AnswerRow[] | undefined;
  let latency: LatencyRow[] | undefined;
  let memory: MemoryRow[] | undefined;
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
          const peers = page.name === PEER_EVENT ? peerSides : [];
          log(
            `  ${page.name}, ${condition.label}, ${runs} × 3 runs${peers.length ? ` + ${peerRuns} × ${peers.length} peers` : ''}`,
          );
          const measured = await compare(browser, server.origin, page, condition, runs, peers);
          comparisons.push({ page: page.name, condition, ...measured });
        }
      });
    }
    const demo = pages.find((page) => page.name === PEER_EVENT);
    const drives = recipes(demo?.path ?? '', peerPaths);
    if (peerSides.length) {
      behaviour = await phase('behaviour', () => readBehaviour(browser, server.origin, drives, demo?.baseline ?? '/'));
      // Only where the wait is long enough to feel: a phone's CPU, and that CPU on a slow network.
      const slowOnes = CONDITIONS.filter((condition) => condition.cpuRate > 1);
      answers = await phase('answers', () => measureAnswers(browser, server.origin, drives, slowOnes, answerRuns));
    }
    // Ours always, each peer when built: the same event, so the same photo count for every page.
    const count = JSON.parse(readFileSync(join(PUBLIC, `events/${PEER_EVENT}.json`), 'utf8')).photos.length;
    if (latencyTaps > 0) {
      latency = await phase('latency', () => measureLatency(browser, server.origin, drives, count, latencyTaps));
    }
    if (longVisit > 0) {
      memory = await phase('long visit', () => measureMemory(browser, server.origin, drives, count, longVisit));
    }
  } finally {
    await browser.close();
  }
  // After the timing runs, never beside them: Lighthouse's own Chromium would compete for the CPU.
  const lighthouse = await phase('lighthouse', async () => {
    const results: Results['lighthouse'] = [];
    const site = JSON.parse(readFileSync(join(ROOT, 'site.config.json'), 'utf8'));
    const archive = archivePages(readArchiveFacts(DIST), site.defaultLanguage);
    for (const { name, path } of [
      ...PAGES,
      ...archive.map(({ page, path }) => ({ name: `${page} (${path})`, path })),
    ]) {
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
      playwright: packageVersion(ROOT, 'playwright'),
      lighthouse: packageVersion(ROOT, 'lighthouse'),
    },
    loadAverage: { start: loadStart, end: loadavg()[0] ?? Number.NaN },
    runsPerSide: runs,
    peerRunsPerSide: peerRuns,
    bigEvent: { id: BIG_EVENT_ID, bytes: bigEvent.bytes },
    pages,
    comparisons,
    ...(behaviour ? { behaviour, answers } : {}),
    ...(latency ? { latency } : {}),
    ...(memory ? { memory } : {}),
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
