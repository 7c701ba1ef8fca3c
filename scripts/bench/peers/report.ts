import type { AnswerRow } from '../answer.ts';
import { integer, kB, table, times } from '../markdown.ts';
import type { Metric } from '../measure.ts';
import type { Comparison } from '../report.ts';
import { median } from '../stats.ts';

/** What a page does beyond its timings; `null` where the bench could not read it. */
export interface Behaviour {
  page: string;
  /** Photo 11's eight-person caption: is any of it hidden (clamped, clipped, scrolled)? */
  longCaptionCut: boolean | null;
  /** How the lightbox meets the Back button: "closes it", "leaves the page", "no lightbox". */
  back: string;
  /** Does showing photo 2 give the page an address of its own? */
  photoAddress: boolean | null;
  axeViolations: number | null;
  /** What was measured and what is only stated, and any error met. */
  note: string;
}

interface Row {
  label: string;
  median: Record<Metric, number>;
  toOurs: number | null;
  toBare: number | null;
}

/** Ours, each peer, then the bare page, for every condition the peers were measured under. */
export function peerRows(item: Comparison): Row[] {
  const lcp = (over: number, of: number) =>
    Number.isFinite(over) && Number.isFinite(of) && over !== 0 ? of / over : null;
  const ours = item.app.median.lcpMs;
  const bare = item.baseline.median.lcpMs;
  return [
    { label: 'ours', median: item.app.median, toOurs: 1, toBare: item.ratio.lcpMs },
    ...(item.peers ?? []).map((peer) => ({
      label: peer.label,
      median: peer.median,
      toOurs: peer.ratioToOurs.lcpMs,
      toBare: peer.ratioToBaseline.lcpMs,
    })),
    { label: 'bare `<img>`', median: item.baseline.median, toOurs: lcp(ours, bare), toBare: 1 },
  ];
}

export function peersTable(comparisons: readonly Comparison[]): string {
  const rows = comparisons
    .filter((item) => item.peers?.length)
    .flatMap((item) =>
      peerRows(item).map((row) => [
        item.condition.label,
        row.label,
        integer(row.median.lcpMs),
        times(row.toOurs),
        times(row.toBare),
        integer(row.median.photoMs),
        integer(row.median.fcpMs),
        Number.isFinite(row.median.cls) ? row.median.cls.toFixed(3) : '—',
        kB(row.median.startupJsBytes),
        integer(row.median.requestsBeforeLcp),
        integer(row.median.domElements),
      ]),
    );
  return table(
    [
      'Condition',
      'Page',
      'LCP (ms)',
      'LCP / ours',
      'LCP / bare',
      'First photo (ms)',
      'FCP (ms)',
      'CLS',
      'Start-up JS (kB on the wire)',
      'Requests before LCP',
      'DOM elements',
    ],
    rows,
  );
}

const yesNo = (value: boolean | null, yes: string, no: string) => (value === null ? '—' : value ? yes : no);

export function behaviourTable(behaviour: readonly Behaviour[]): string {
  return table(
    ['Page', 'Long caption (photo 11)', 'Back with the lightbox open', 'Per-photo address', 'axe violations', 'Note'],
    behaviour.map((item) => [
      item.page,
      yesNo(item.longCaptionCut, 'cut', 'whole'),
      item.back,
      yesNo(item.photoAddress, 'yes', 'no'),
      item.axeViolations === null ? '—' : String(item.axeViolations),
      item.note.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 200),
    ]),
  );
}

/** Time until "next" answers, ours first under each condition. */
export function answerTable(rows: readonly AnswerRow[]): string {
  return table(
    [
      'Condition',
      'Page',
      'Answers at (ms)',
      '/ ours',
      'That tap sent at (ms)',
      'Moved, seen by (ms)',
      'First paint (ms)',
      'Taps',
      'Note',
    ],
    rows.map((row) => {
      const followed = row.runs.filter((run) => run.followedLink).length;
      const failed = row.runs.filter((run) => !Number.isFinite(run.answerMs)).length;
      const notes = [
        followed ? `${followed} of ${row.runs.length} taps followed the link to the file` : '',
        failed ? `${failed} of ${row.runs.length} runs never answered` : '',
      ];
      return [
        row.condition,
        row.page,
        integer(row.medianMs),
        times(row.toOurs),
        integer(median(row.runs.map((run) => run.sentMs))),
        integer(median(row.runs.map((run) => run.seenMs))),
        integer(median(row.runs.map((run) => run.fcpMs))),
        integer(median(row.runs.map((run) => run.taps))),
        notes.filter(Boolean).join('; '),
      ];
    }),
  );
}
