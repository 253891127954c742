// Flight frame time: the camera flown across the municipality and back, app and floor pages in pairs.

import { load, pairedRow, SIDES, untilSure, type Measure, type Page, type Side } from '../common';
import { STOPS } from '../settings';
import { bootstrap, mean, median, quantile } from '../stats';

/** The flight: across the municipality and back, every layer on, each leg an eased camera move. */
const FLIGHT = [
  { center: [121.47, 31.23], zoom: 11.5 },
  { center: [121.25, 31.36], zoom: 11 },
  { center: [121.12, 31.15], zoom: 10.5 },
  { center: [121.22, 31.03], zoom: 11 },
  { center: [121.85, 30.93], zoom: 10.5 },
  { center: [121.6, 31.62], zoom: 9.5 },
  { center: [121.3, 31.2], zoom: 8.8 },
];

/** Frame times (ms between animation frames) while the camera flies the legs above, in the page. */
const TIME_FLIGHT = `(async (legs) => {
  const m = window.__map;
  const frames = [];
  let last = performance.now();
  let flying = true;
  const tick = (t) => { frames.push(t - last); last = t; if (flying) requestAnimationFrame(tick); };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  for (const leg of legs) {
    m.easeTo({ ...leg, duration: 1500 });
    await new Promise((r) => m.once('moveend', r));
  }
  flying = false;
  return frames;
})`;

/** One round: for each side, the frames of a page's first flight and of its second (the measured one). */
type Round = Record<Side, { first: number[]; frames: number[] }>;

/** All frames of one side over a sample of rounds. */
const pool = (s: readonly Round[], side: Side, k: 'first' | 'frames' = 'frames') =>
  s.flatMap((r) => r[side][k]);

/**
 * In each page, one warm-up flight (its tiles built, its glyphs drawn, its code compiled and the app's code loaded
 * after the start), then the flight measured; a round is a page of the app and a page of the floor, until the ratio
 * of the mean frame times is sure. The warm-up flights are printed too, without a budget: the first flight of a
 * page just loaded.
 */
export const flight: Measure = async (ctx) => {
  const runs: Round[] = [];
  const fly = (page: Page) => page.evaluate<number[]>(`${TIME_FLIGHT}(${JSON.stringify(FLIGHT)})`);
  const round = async (k: number) => {
    const r = {} as Round;
    for (const side of SIDES) {
      const { session } = await load(ctx, side);
      r[side] = { first: await fly(session.page), frames: await fly(session.page) };
      await session.close();
    }
    runs.push(r);
    console.log(
      `  run ${k + 1}: mean frame app ${mean(r.app.frames).toFixed(1)} ms, floor ${mean(r.floor.frames).toFixed(1)} ms`,
    );
  };
  const stat = (f: (xs: readonly number[]) => number, k: 'first' | 'frames' = 'frames') => ({
    app: (s: readonly Round[]) => f(pool(s, 'app', k)),
    floor: (s: readonly Round[]) => f(pool(s, 'floor', k)),
  });
  const byMean = stat(mean);
  const rounds = await untilSure(ctx, STOPS.flight, round, () =>
    bootstrap(runs, (s) => byMean.app(s) / byMean.floor(s)),
  );
  const row = (figure: string, s: ReturnType<typeof stat>) => pairedRow(figure, 'ms', runs, s.app, s.floor);
  return {
    section: 'flight',
    details: {
      legs: FLIGHT,
      rounds,
      frames: { app: runs.map((r) => r.app.frames), floor: runs.map((r) => r.floor.frames) },
      firstFlightFrames: { app: runs.map((r) => r.app.first), floor: runs.map((r) => r.floor.first) },
    },
    rounds,
    rows: [
      // The mean is what the budget is on: frames come at whole multiples of the display's 16.7 ms, so a median
      // of frame times moves in steps of 16.7 ms; the mean (the flight's time over its frames) does not.
      row('flight frame time, mean', byMean),
      row('flight frame time, median', stat(median)),
      row(
        'flight frame time, p95',
        stat((xs) => quantile(xs, 0.95)),
      ),
      row('first flight of a page, mean', stat(mean, 'first')),
    ],
  };
};
