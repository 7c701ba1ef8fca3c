/** How many runs each kind of page gets, from the environment (see the bench README). */
export interface RunCounts {
  /** Ours, the bare page and the static page, per page and condition. */
  runs: number;
  /** Each peer page (demo event only); 0 leaves the peers out. */
  peerRuns: number;
  /** Each page's time until "next" answers, per condition. */
  answerRuns: number;
}

function count(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, least: number) {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < least) {
    throw new Error(`${name} must be ${least === 0 ? '0 or ' : ''}a positive integer, got "${text}"`);
  }
  return Number(text);
}

/**
 * Peers add three sides to the demo event's alternation and the answer runs three pages more:
 * by default they get fewer runs than ours (at most 5 and 3), which keeps the bench under ten
 * minutes (7.4 with the defaults, 2026-12).
 */
export function runCounts(env: Readonly<Record<string, string | undefined>>): RunCounts {
  const runs = count(env, 'BENCH_RUNS', 7, 1);
  const peerRuns = count(env, 'BENCH_PEER_RUNS', Math.min(runs, 5), 0);
  return { runs, peerRuns, answerRuns: peerRuns === 0 ? 0 : count(env, 'BENCH_ANSWER_RUNS', Math.min(runs, 3), 1) };
}

/** How long the interaction and long-visit phases are (see the bench README). */
export interface VisitCounts {
  /** Taps on "next" timed per page and place (carousel, lightbox); 0 leaves the phase out. */
  latencyTaps: number;
  /** Slide changes before the second memory reading; 0 leaves the phase out. */
  longVisit: number;
}

/** The first memory reading comes after this many changes; the long visit must go past it. */
export const FIRST_READING = 10;

export function visitCounts(env: Readonly<Record<string, string | undefined>>): VisitCounts {
  const longVisit = count(env, 'BENCH_LONG_VISIT', 500, 0);
  if (longVisit !== 0 && longVisit <= FIRST_READING) {
    throw new Error(`BENCH_LONG_VISIT must be 0 or more than ${FIRST_READING} (the first reading), got "${longVisit}"`);
  }
  return { latencyTaps: count(env, 'BENCH_LATENCY_TAPS', 20, 0), longVisit };
}
