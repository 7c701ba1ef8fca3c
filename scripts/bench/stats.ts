/** The middle value, or the mean of the two middle ones; NaN for no values so a gap stays visible. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Median of each numeric field over runs: every metric reads the same way in results.json. */
export function medians<K extends string>(runs: readonly Record<K, number>[], keys: readonly K[]): Record<K, number> {
  const result = {} as Record<K, number>;
  for (const key of keys) result[key] = median(runs.map((run) => run[key]));
  return result;
}

/** Ours over baseline; a zero baseline (no layout shift at all) has no meaningful ratio. */
export function ratio(ours: number, baseline: number): number | null {
  if (!Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) return null;
  return ours / baseline;
}

/**
 * The nearest-rank percentile (p in 0–100): a value some run really had, so a p90 of 20 taps is
 * the 18th slowest, not a blend of two. NaN for no values, as `median`.
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}
