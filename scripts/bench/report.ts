import type { AnswerRow } from './answer.ts';
import type { LatencyRow } from './latency.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { integer, kB, table, times } from './markdown.ts';
import type { Condition, Metric, RunResult } from './measure.ts';
import type { MemoryRow } from './memory.ts';
import { answerTable, type Behaviour, behaviourTable, peersTable } from './peers/report.ts';
import type { Sizes } from './sizes.ts';
import { latencyTable, memoryTable } from './visitReport.ts';

/** Everything one bench run found, as written to .bench/results.json. */
export interface Results {
  date: string;
  durationMs: number;
  phasesMs: Record<string, number>;
  versions: { node: string; chromium: string; playwright: string; lighthouse: string };
  /** 1-minute load average before and after: other jobs on the machine show up as noise. */
  loadAverage: { start: number; end: number };
  runsPerSide: number;
  /** Runs per peer page (BENCH_PEER_RUNS); 0 when the peers were left out. */
  peerRunsPerSide: number;
  /** The generated event's file size: it grows with every image field the schema gains. */
  bigEvent: { id: string; bytes: number };
  comparisons: Comparison[];
  /** How each page behaves beyond its timings (caption, Back, address, axe); absent when not read. */
  behaviour?: Behaviour[];
  /** Time until "next" answers, ours and each peer; absent when not measured. */
  answers?: AnswerRow[];
  /** Interaction latency of "next" at CPU 4×, carousel and lightbox; absent when left out. */
  latency?: LatencyRow[];
  /** Memory over a long visit at CPU 1×, carousel and lightbox; absent when left out. */
  memory?: MemoryRow[];
  sizes: Sizes;
  lighthouse: { page: string; result: LighthouseResult }[];
}

/** A run that failed keeps its message, so results.json shows every attempt. */
export type Run = RunResult | { error: string };

/** Our page against the two reference pages for one page and condition. */
export interface Comparison {
  page: string;
  condition: Condition;
  app: { runs: Run[]; median: Record<Metric, number> };
  /** The bare page: only the photo. */
  baseline: { runs: Run[]; median: Record<Metric, number> };
  /** Our page's own HTML without the app (see `staticHtml` in baseline.ts). */
  static: { runs: Run[]; median: Record<Metric, number> };
  ratio: Record<Metric, number | null>;
  ratioToStatic: Record<Metric, number | null>;
  /** Other galleries showing the same event, measured in the same alternation (demo event only). */
  peers?: PeerComparison[];
}

/** A peer page's medians and its ratios to ours and to the bare page. */
export interface PeerComparison {
  name: string;
  label: string;
  runs: Run[];
  median: Record<Metric, number>;
  ratioToOurs: Record<Metric, number | null>;
  ratioToBaseline: Record<Metric, number | null>;
}

function cell(item: Comparison, metric: Metric, format: (value: number) => string, withRatio = true): string {
  const pair = `${format(item.app.median[metric])} / ${format(item.baseline.median[metric])}`;
  return withRatio ? `${pair} (${times(item.ratio[metric])})` : pair;
}

export function timingTable(comparisons: readonly Comparison[]): string {
  return table(
    [
      'Page',
      'Condition',
      'LCP ours (ms)',
      'LCP baseline (ms)',
      'LCP ratio',
      'LCP static page (ms)',
      'LCP ours / static',
      'First photo ours (ms)',
      'First photo baseline (ms)',
      'First photo ratio',
    ],
    comparisons.map((item) => [
      item.page,
      item.condition.label,
      integer(item.app.median.lcpMs),
      integer(item.baseline.median.lcpMs),
      times(item.ratio.lcpMs),
      integer(item.static.median.lcpMs),
      times(item.ratioToStatic.lcpMs),
      integer(item.app.median.photoMs),
      integer(item.baseline.median.photoMs),
      times(item.ratio.photoMs),
    ]),
  );
}

export function loadingTable(comparisons: readonly Comparison[]): string {
  return table(
    ['Page', 'Condition', 'FCP ms', 'kB before photo', 'Image requests before photo', 'CLS', 'DOM elements', '`<img>`'],
    comparisons.map((item) => [
      item.page,
      item.condition.label,
      cell(item, 'fcpMs', integer),
      cell(item, 'bytesBeforePhoto', kB),
      cell(item, 'imagesBeforePhoto', integer, false),
      cell(item, 'cls', (value) => value.toFixed(3), false),
      cell(item, 'domElements', integer),
      cell(item, 'imgElements', integer, false),
    ]),
  );
}

export function sizesTable(sizes: Sizes): string {
  const bytes = (value: number) => value.toLocaleString('en-US');
  const rows = sizes.files.map((file) => [file.file, file.kind, bytes(file.raw), bytes(file.gzip), bytes(file.brotli)]);
  for (const [name, total] of Object.entries(sizes.initial)) {
    rows.push([`**initial ${name}**`, 'initial', bytes(total.raw), bytes(total.gzip), bytes(total.brotli)]);
  }
  return table(['File', 'Loads', 'Raw (B)', 'gzip -9 (B)', 'brotli 11 (B)'], rows);
}

export function lighthouseTable(results: readonly { page: string; result: LighthouseResult }[]): string {
  const score = (value: number | null) => (value === null ? '—' : String(value));
  return table(
    [
      'Page',
      'Performance',
      'Accessibility',
      'Best practices',
      'SEO',
      'LH FCP (ms)',
      'LH LCP (ms)',
      'LH Speed Index (ms)',
      'LH TBT (ms)',
      'LH CLS',
      'Short of 100',
      'Error',
    ],
    results.map(({ page, result }) => [
      page,
      score(result.scores.performance),
      score(result.scores.accessibility),
      score(result.scores['best-practices']),
      score(result.scores.seo),
      integer(result.fcpMs ?? Number.NaN),
      integer(result.lcpMs ?? Number.NaN),
      integer(result.speedIndexMs ?? Number.NaN),
      integer(result.tbtMs ?? Number.NaN),
      result.cls === null ? '—' : result.cls.toFixed(3),
      result.failing.join(', '),
      (result.error ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 200),
    ]),
  );
}

/** Runs that failed or stopped waiting for network idle: the medians above rest on the others. */
function runNotes(comparisons: readonly Comparison[]): string[] {
  const notes: string[] = [];
  for (const item of comparisons) {
    for (const [side, runs] of [
      ['ours', item.app.runs],
      ['baseline', item.baseline.runs],
      ['static page', item.static.runs],
      ...(item.peers ?? []).map((peer) => [peer.label, peer.runs] as const),
    ] as const) {
      const failed = runs.filter((run) => 'error' in run).length;
      const noIdle = runs.filter((run) => !('error' in run) && run.idleTimedOut).length;
      if (failed) notes.push(`${item.page}, ${item.condition.label}, ${side}: ${failed} run(s) failed`);
      if (noIdle) notes.push(`${item.page}, ${item.condition.label}, ${side}: ${noIdle} run(s) never reached idle`);
    }
  }
  return notes;
}

export function markdownReport(results: Results): string {
  const { versions, comparisons } = results;
  const notes = runNotes(comparisons).map((note) => `- ${note}`);
  const phases = Object.entries(results.phasesMs).map(([name, ms]) => `${name} ${Math.round(ms / 1000)} s`);
  const load = `load average ${results.loadAverage.start.toFixed(1)} → ${results.loadAverage.end.toFixed(1)}`;
  return [
    `## Benchmark ${results.date.slice(0, 10)}: node ${versions.node}, Chromium ${versions.chromium}, ` +
      `${results.runsPerSide} runs per side (peers ${results.peerRunsPerSide}), phone 390×844 @2x, ${load}, ` +
      `${results.bigEvent.id}.json ${(results.bigEvent.bytes / 1e6).toFixed(1)} MB`,
    `### First photo: ours vs a bare page with the same photo\n\n${timingTable(comparisons)}`,
    `### Loading (median ours / median baseline, ratio)\n\n${loadingTable(comparisons)}`,
    ...(comparisons.some((item) => item.peers?.length)
      ? [
          `### Peers: other galleries with the same event and photo files\n\n${peersTable(comparisons)}`,
          ...(results.behaviour ? [`### Behaviour (read once, CPU 1×)\n\n${behaviourTable(results.behaviour)}`] : []),
          ...(results.answers?.length
            ? [
                `### Time until "next" answers (median of ${results.answers[0]?.runs.length} runs)\n\n${answerTable(results.answers)}`,
              ]
            : []),
        ]
      : []),
    ...(results.latency?.length
      ? [
          '### Interaction latency: a press of "next" to the next paint (Event Timing, CPU 4×, loopback)\n\n' +
            latencyTable(results.latency),
        ]
      : []),
    ...(results.memory?.length
      ? [
          '### Memory over a long visit (forced GC before each reading, CPU 1×; goal: growth ≤ 1.20×)\n\n' +
            memoryTable(results.memory),
        ]
      : []),
    ...(notes.length ? [notes.join('\n')] : []),
    `### Bundle sizes\n\n${sizesTable(results.sizes)}`,
    `### Lighthouse ${versions.lighthouse} (mobile defaults, one run each)\n\n${lighthouseTable(results.lighthouse)}`,
    'How to read this: a ratio is our median over the median of a bare HTML page showing the same photo at the same ' +
      'size, measured in alternation under the same condition; 1.00× is as fast as the photo alone can be, lower is ' +
      'better. "Static page" is our own prerendered HTML with the app taken out (no script, no page data): ours / ' +
      "static is what the app costs, static / baseline what the page's text and layout cost. Absolute milliseconds " +
      'depend on the machine, ratios much less; nothing here is asserted.',
    `Bench took ${(results.durationMs / 60_000).toFixed(1)} min (${phases.join(', ')}); raw runs in .bench/results.json.`,
  ].join('\n\n');
}
