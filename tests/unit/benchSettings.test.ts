import { describe, expect, it } from 'vitest';
import { runCounts } from '../../scripts/bench/settings.ts';

describe('runCounts (BENCH_RUNS, BENCH_PEER_RUNS, BENCH_ANSWER_RUNS)', () => {
  it('gives ours 7 runs, each peer 5 and the answer runs 3 by default', () => {
    expect(runCounts({})).toEqual({ runs: 7, peerRuns: 5, answerRuns: 3 });
  });

  it('never gives the peers more runs than ours unless asked', () => {
    expect(runCounts({ BENCH_RUNS: '2' })).toEqual({ runs: 2, peerRuns: 2, answerRuns: 2 });
    expect(runCounts({ BENCH_RUNS: '2', BENCH_PEER_RUNS: '9', BENCH_ANSWER_RUNS: '4' })).toEqual({
      runs: 2,
      peerRuns: 9,
      answerRuns: 4,
    });
  });

  it('leaves the peers and their answer runs out with BENCH_PEER_RUNS=0', () => {
    expect(runCounts({ BENCH_PEER_RUNS: '0' })).toEqual({ runs: 7, peerRuns: 0, answerRuns: 0 });
  });

  it('names the variable and the value it refuses', () => {
    expect(() => runCounts({ BENCH_RUNS: '0' })).toThrow('BENCH_RUNS must be a positive integer, got "0"');
    expect(() => runCounts({ BENCH_PEER_RUNS: 'x' })).toThrow(
      'BENCH_PEER_RUNS must be 0 or a positive integer, got "x"',
    );
    expect(() => runCounts({ BENCH_ANSWER_RUNS: '1.5' })).toThrow('BENCH_ANSWER_RUNS must be a positive integer');
  });
});
