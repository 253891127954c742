// Cold load: navigation start to the ready signal, the app and the floor in pairs, each in a fresh context.

import { appRow, load, pairedRow, SIDES, untilSure, type Measure, type Side } from '../common';
import { STOPS } from '../settings';
import { bootstrap, median } from '../stats';

/** One round: an app load, then a floor load (ms), and the app's labels drawn (ms). */
interface Pair {
  app: number;
  floor: number;
  labels: number | null;
}

const medianOf = (s: readonly Pair[], k: Side) => median(s.map((p) => p[k]));

/** One warm-up pair, then pairs until the ratio of the medians is sure. */
export const coldLoad: Measure = async (ctx) => {
  const pairs: Pair[] = [];
  const pair = async (label: string): Promise<Pair> => {
    const p: Pair = { app: NaN, floor: NaN, labels: null };
    for (const side of SIDES) {
      const { session, readyMs, labelsMs } = await load(ctx, side);
      await session.close();
      p[side] = readyMs;
      if (side === 'app') p.labels = labelsMs;
    }
    console.log(`  ${label}: app ${p.app.toFixed(0)} ms, floor ${p.floor.toFixed(0)} ms`);
    return p;
  };
  await pair('warm-up');
  const ratio = (s: readonly Pair[]) => medianOf(s, 'app') / medianOf(s, 'floor');
  const rounds = await untilSure(
    ctx,
    STOPS.coldLoad,
    async (k) => void pairs.push(await pair(`run ${k + 1}`)),
    () => bootstrap(pairs, ratio),
  );
  const labelled = pairs.filter((p) => p.labels !== null);
  return {
    section: 'runs',
    details: {
      warmUp: 1,
      rounds,
      ms: { app: pairs.map((p) => p.app), floor: pairs.map((p) => p.floor) },
      labelsMs: labelled.map((p) => p.labels),
    },
    rounds,
    rows: [
      pairedRow(
        'cold load, median',
        'ms',
        pairs,
        (s) => medianOf(s, 'app'),
        (s) => medianOf(s, 'floor'),
      ),
      // Each app load over the floor load next to it (the budget stays on the ratio of the medians above).
      appRow('cold load, median of paired ratios', 'ratio', pairs, (s) =>
        median(s.map((p) => p.app / p.floor)),
      ),
      appRow('place labels drawn, median', 'ms', labelled, (s) => median(s.map((p) => p.labels!))),
    ],
  };
};
