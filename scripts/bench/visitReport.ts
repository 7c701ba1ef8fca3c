import { type LatencyRow, THRESHOLD_MS } from './latency.ts';
import { integer, table, times } from './markdown.ts';
import { growth, type MemoryRow } from './memory.ts';
import type { Press } from './slides.ts';

const HOW: Record<Press, string> = { tap: 'tap', key: 'arrow key' };
const GROWTH_GOAL = 1.2;
const mb = (bytes: number | undefined) =>
  bytes !== undefined && Number.isFinite(bytes) ? (bytes / 1e6).toFixed(2) : '—';
const note = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 160);

/** Interaction latency (Event Timing duration of each press of "next"), ours first. */
export function latencyTable(rows: readonly LatencyRow[]): string {
  return table(
    ['Page', 'Where', 'Pressed by', 'Median (ms)', 'p90 (ms)', 'Presses timed', `Under ${THRESHOLD_MS} ms`, 'Note'],
    rows.map((row) => {
      const quick = row.durations.filter((value) => value === null).length;
      return [
        row.page,
        row.place,
        row.how ? HOW[row.how] : '—',
        integer(row.medianMs),
        integer(row.p90Ms),
        row.durations.length ? String(row.durations.length) : '—',
        row.durations.length ? String(quick) : '—',
        note(row.note),
      ];
    }),
  );
}

/** JS heap and DOM nodes after the first changes and after the long visit, with the growth. */
export function memoryTable(rows: readonly MemoryRow[]): string {
  const flagged = (value: number | null) =>
    value !== null && value > GROWTH_GOAL ? `**${times(value)}**` : times(value);
  return table(
    [
      'Page',
      'Where',
      'Pressed by',
      'Changes',
      'JS heap after 10 (MB)',
      'JS heap at the end (MB)',
      'Heap growth',
      'DOM nodes after 10',
      'DOM nodes at the end',
      'Node growth',
      'Note',
    ],
    rows.map((row) => {
      const grown = growth(row);
      const measured = row.first !== null;
      return [
        row.page,
        row.place,
        row.how ? HOW[row.how] : '—',
        measured ? integer(row.changes) : '—',
        mb(row.first?.heapBytes),
        mb(row.last?.heapBytes),
        flagged(grown.heap),
        integer(row.first?.nodes ?? Number.NaN),
        integer(row.last?.nodes ?? Number.NaN),
        flagged(grown.nodes),
        note(row.note),
      ];
    }),
  );
}
