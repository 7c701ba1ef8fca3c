import { describe, expect, it } from 'vitest';
import { archivePages } from '../../scripts/bench/archivePages.ts';
import { type LatencyRow, summarise } from '../../scripts/bench/latency.ts';
import { growth, type MemoryRow } from '../../scripts/bench/memory.ts';
import { visitCounts } from '../../scripts/bench/settings.ts';
import { direction } from '../../scripts/bench/slides.ts';
import { percentile } from '../../scripts/bench/stats.ts';
import { latencyTable, memoryTable } from '../../scripts/bench/visitReport.ts';

const rowsOf = (markdown: string) =>
  markdown
    .split('\n')
    .slice(2)
    .map((line) => line.slice(2, -2).split(' | '));

describe('percentile', () => {
  it('gives a value a run really had: the 18th of 20 for p90', () => {
    const values = Array.from({ length: 20 }, (_, index) => (index + 1) * 10);
    expect(percentile(values, 90)).toBe(180);
    expect(percentile([5, 1, 3], 50)).toBe(3);
  });

  it('leaves gaps out and is NaN for no values', () => {
    expect(percentile([Number.NaN, 40], 90)).toBe(40);
    expect(percentile([], 90)).toBeNaN();
  });
});

describe('summarise', () => {
  it('counts a press with no Event Timing entry as the 16 ms threshold', () => {
    expect(summarise([null, null, 48, 64, 200])).toEqual({ medianMs: 48, p90Ms: 200 });
    expect(summarise([null, null, null])).toEqual({ medianMs: 16, p90Ms: 16 });
  });
});

describe('direction', () => {
  it('goes back from the last photo and forward again from the first', () => {
    expect(direction(14, 14, true)).toBe(false);
    expect(direction(7, 14, false)).toBe(false);
    expect(direction(1, 14, false)).toBe(true);
    expect(direction(7, 14, true)).toBe(true);
  });
});

describe('visitCounts (BENCH_LATENCY_TAPS, BENCH_LONG_VISIT)', () => {
  it('times 20 taps and makes 500 changes by default, and 0 leaves a phase out', () => {
    expect(visitCounts({})).toEqual({ latencyTaps: 20, longVisit: 500 });
    expect(visitCounts({ BENCH_LATENCY_TAPS: '0', BENCH_LONG_VISIT: '0' })).toEqual({ latencyTaps: 0, longVisit: 0 });
  });

  it('refuses a long visit no longer than the first reading, naming the variable', () => {
    expect(() => visitCounts({ BENCH_LONG_VISIT: '10' })).toThrow(
      'BENCH_LONG_VISIT must be 0 or more than 10 (the first reading), got "10"',
    );
    expect(() => visitCounts({ BENCH_LATENCY_TAPS: 'many' })).toThrow(
      'BENCH_LATENCY_TAPS must be 0 or a positive integer',
    );
  });
});

const latency: LatencyRow[] = [
  { page: 'ours', place: 'carousel', how: 'tap', durations: [null, 56, 72], medianMs: 56, p90Ms: 72, note: '' },
  {
    page: 'PhotoSwipe 5',
    place: 'carousel',
    how: null,
    durations: [],
    medianMs: Number.NaN,
    p90Ms: Number.NaN,
    note: 'no carousel',
  },
  { page: 'PhotoSwipe 5', place: 'lightbox', how: 'key', durations: [40], medianMs: 40, p90Ms: 40, note: 'a | b' },
];

describe('latencyTable', () => {
  it('shows the median, p90, presses timed and those under the threshold per page and place', () => {
    const [ours, grid, lightbox] = rowsOf(latencyTable(latency));
    expect(ours).toEqual(['ours', 'carousel', 'tap', '56', '72', '3', '1', '']);
    expect(grid).toEqual(['PhotoSwipe 5', 'carousel', '—', '—', '—', '—', '—', 'no carousel']);
    expect(lightbox?.slice(2, 5)).toEqual(['arrow key', '40', '40']);
    expect(lightbox?.at(-1)).toBe('a \\| b');
  });
});

const memory: MemoryRow[] = [
  {
    page: 'ours',
    place: 'lightbox',
    how: 'key',
    changes: 504,
    first: { heapBytes: 5_000_000, nodes: 600 },
    last: { heapBytes: 7_500_000, nodes: 660 },
    note: '',
  },
  { page: 'YARL', place: 'lightbox', how: null, changes: 500, first: null, last: null, note: 'no lightbox' },
];

describe('growth and memoryTable', () => {
  it('divides the last reading by the first, and has none without both', () => {
    expect(growth(memory[0] as MemoryRow)).toEqual({ heap: 1.5, nodes: 1.1 });
    expect(growth(memory[1] as MemoryRow)).toEqual({ heap: null, nodes: null });
  });

  it('shows both readings, marks a growth past the 1.2× goal, and dashes what was not measured', () => {
    const [ours, yarl] = rowsOf(memoryTable(memory));
    expect(ours).toEqual([
      'ours',
      'lightbox',
      'arrow key',
      '504',
      '5.00',
      '7.50',
      '**1.50×**',
      '600',
      '660',
      '1.10×',
      '',
    ]);
    expect(yarl).toEqual(['YARL', 'lightbox', '—', '—', '—', '—', '—', '—', '—', '—', 'no lightbox']);
  });
});

describe('archivePages', () => {
  it('takes the busiest year, the most photographed person and searches their last name', () => {
    const pages = archivePages(
      {
        years: [
          { year: '2021', count: 1 },
          { year: '2022', count: 3 },
        ],
        people: [
          { slug: 'jens-stoltenberg', name: 'Jens Stoltenberg', photoCount: 5 },
          { slug: 'jean-asselborn', name: 'Jean Asselborn', photoCount: 12 },
        ],
      },
      'fr',
    );
    expect(pages).toEqual([
      { page: 'front page', path: '/' },
      { page: 'year 2022', path: '/years/2022' },
      { page: 'person jean-asselborn', path: '/people/jean-asselborn' },
      { page: 'search "Asselborn"', path: '/search?q=Asselborn' },
    ]);
  });

  it('leaves out the pages an empty archive does not have', () => {
    expect(archivePages({ years: [], people: [] }, 'fr')).toEqual([{ page: 'front page', path: '/' }]);
  });
});
