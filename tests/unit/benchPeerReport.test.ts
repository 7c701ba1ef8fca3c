import { describe, expect, it } from 'vitest';
import { ratios } from '../../scripts/bench/compare.ts';
import { CONDITIONS, METRICS, type Metric } from '../../scripts/bench/measure.ts';
import { answerTable, behaviourTable, peersTable } from '../../scripts/bench/peers/report.ts';
import type { Comparison } from '../../scripts/bench/report.ts';

const metrics = (values: Partial<Record<Metric, number>>) =>
  Object.fromEntries(METRICS.map((key) => [key, values[key] ?? Number.NaN])) as Record<Metric, number>;

const ours = metrics({ lcpMs: 300, startupJsBytes: 90_000, requestsBeforeLcp: 4, domElements: 200, cls: 0 });
const bare = metrics({ lcpMs: 150, startupJsBytes: 0, requestsBeforeLcp: 2, domElements: 6, cls: 0 });
const peer = metrics({ lcpMs: 600, startupJsBytes: 80_500, requestsBeforeLcp: 9, domElements: 350, cls: 0.1 });

const comparison: Comparison = {
  page: 'otan-bucarest-2022',
  condition: CONDITIONS[1] ?? { id: 'cpu4', label: 'CPU 4×', cpuRate: 4 },
  app: { runs: [], median: ours },
  baseline: { runs: [], median: bare },
  static: { runs: [], median: ours },
  ratio: ratios(bare, ours),
  ratioToStatic: ratios(ours, ours),
  peers: [
    {
      name: 'yarl',
      label: 'YARL',
      runs: [],
      median: peer,
      ratioToOurs: ratios(ours, peer),
      ratioToBaseline: ratios(bare, peer),
    },
  ],
};

const rowsOf = (markdown: string) =>
  markdown
    .split('\n')
    .slice(2)
    .map((line) => line.slice(2, -2).split(' | '));

describe('peersTable', () => {
  it('lists ours, each peer, then the bare page, with LCP over ours and over the bare page', () => {
    const rows = rowsOf(peersTable([comparison]));
    expect(rows.map((row) => row[1])).toEqual(['ours', 'YARL', 'bare `<img>`']);
    expect(rows[0]?.slice(2, 5)).toEqual(['300', '1.00×', '2.00×']);
    expect(rows[1]?.slice(2, 5)).toEqual(['600', '2.00×', '4.00×']);
    expect(rows[2]?.slice(2, 5)).toEqual(['150', '0.50×', '1.00×']);
  });

  it('shows start-up JS in kB, requests before LCP and DOM size, and a dash for what was not measured', () => {
    const [, yarl] = rowsOf(peersTable([comparison]));
    expect(yarl?.slice(5)).toEqual(['—', '—', '0.100', '80.5', '9', '350']);
  });

  it('leaves out the pages measured without peers', () => {
    const { peers: _, ...withoutPeers } = comparison;
    expect(rowsOf(peersTable([withoutPeers]))).toEqual([]);
  });
});

describe('behaviourTable', () => {
  it('says cut or whole, yes or no, and a dash where the bench could not tell', () => {
    const markdown = behaviourTable([
      { page: 'ours', longCaptionCut: false, back: 'closes it', photoAddress: true, axeViolations: 0, note: '' },
      {
        page: 'YARL',
        longCaptionCut: true,
        back: 'no lightbox',
        photoAddress: null,
        axeViolations: null,
        note: 'a | b',
      },
    ]);
    expect(rowsOf(markdown)).toEqual([
      ['ours', 'whole', 'closes it', 'yes', '0', ''],
      ['YARL', 'cut', 'no lightbox', '—', '—', 'a \\| b'],
    ]);
  });
});

describe('answerTable', () => {
  const run = (answerMs: number, followedLink = false) => ({
    answerMs,
    sentMs: answerMs - 10,
    seenMs: answerMs + 200,
    fcpMs: 400,
    taps: 2,
    followedLink,
  });

  it('gives the median time until "next" answers and its ratio to ours, and says which runs never did', () => {
    const rows = rowsOf(
      answerTable([
        { condition: 'CPU 4×', page: 'ours', runs: [run(900), run(1_100), run(1_000)], medianMs: 1_000, toOurs: 1 },
        {
          condition: 'CPU 4×',
          page: 'PhotoSwipe',
          runs: [run(500, true), run(Number.NaN), run(700)],
          medianMs: 600,
          toOurs: 0.6,
        },
      ]),
    );
    expect(rows[0]).toEqual(['CPU 4×', 'ours', '1,000', '1.00×', '990', '1,200', '400', '2', '']);
    expect(rows[1]?.slice(2, 5)).toEqual(['600', '0.60×', '590']);
    expect(rows[1]?.[8]).toBe('1 of 3 taps followed the link to the file; 1 of 3 runs never answered');
  });
});
