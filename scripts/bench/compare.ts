import type { Browser } from 'playwright';
import { type Condition, METRICS, type Metric, measure } from './measure.ts';
import type { Comparison, PeerComparison, Run } from './report.ts';
import { medians, ratio } from './stats.ts';

/** A page measured in the alternation: its address, runs wanted and where its first photo is. */
export interface Side {
  key: string;
  path: string;
  runs: number;
  photoSelector?: string;
}

const safely = async (work: () => Promise<Run>): Promise<Run> =>
  work().catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));

const ok = (list: readonly Run[]) => list.flatMap((item) => ('error' in item ? [] : [item]));

export const ratios = (over: Record<Metric, number>, of: Record<Metric, number>) =>
  Object.fromEntries(METRICS.map((key) => [key, ratio(of[key], over[key])])) as Record<Metric, number | null>;

/**
 * Measures every side in turn, run after run: alternating spreads any drift of the machine
 * (another job, thermal state) over every side. A side with fewer runs drops out once done.
 */
export async function alternate(browser: Browser, origin: string, sides: readonly Side[], condition: Condition) {
  const runs = new Map<string, Run[]>(sides.map((side) => [side.key, []]));
  const most = Math.max(...sides.map((side) => side.runs));
  for (let run = 0; run < most; run++) {
    for (const side of sides) {
      if (run >= side.runs) continue;
      const result = await safely(() => measure(browser, origin + side.path, condition, side.photoSelector));
      runs.get(side.key)?.push(result);
    }
  }
  return new Map([...runs].map(([key, list]) => [key, { runs: list, median: medians(ok(list), METRICS) }] as const));
}

interface PageSides {
  path: string;
  baseline: string;
  staticPage: string;
}

/** Ours against the bare and static pages and, when given, against each peer page. */
export async function compare(
  browser: Browser,
  origin: string,
  page: PageSides,
  condition: Condition,
  runs: number,
  peers: readonly (Side & { label: string })[] = [],
): Promise<Omit<Comparison, 'page' | 'condition'>> {
  const sides: Side[] = [
    { key: 'app', path: page.path, runs },
    { key: 'baseline', path: page.baseline, runs },
    { key: 'static', path: page.staticPage, runs },
    ...peers,
  ];
  const measured = await alternate(browser, origin, sides, condition);
  const side = (key: string) => measured.get(key) ?? { runs: [], median: medians([], METRICS) };
  const [app, baseline, staticPage] = [side('app'), side('baseline'), side('static')];
  const peerRows: PeerComparison[] = peers.map((peer) => {
    const { runs: peerRuns, median } = side(peer.key);
    return {
      name: peer.key,
      label: peer.label,
      runs: peerRuns,
      median,
      ratioToOurs: ratios(app.median, median),
      ratioToBaseline: ratios(baseline.median, median),
    };
  });
  return {
    app,
    baseline,
    static: staticPage,
    ratio: ratios(baseline.median, app.median),
    ratioToStatic: ratios(staticPage.median, app.median),
    ...(peerRows.length ? { peers: peerRows } : {}),
  };
}
