// The benchmark's statistics: bootstrap 95% intervals (resampling whole rounds, so that an app run and
// the floor run next to it stay paired), and a loop that repeats a measure until its interval is narrow enough or
// its time is up. Deterministic: the resampling draws from a seeded generator, so one set of samples always gives
// the same interval.

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The q-quantile by the nearest-rank rule (p95 of 20 values is the 19th smallest). */
export const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};

/** mulberry32: a small seeded generator, enough for resampling. Values in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An estimate and its 95% interval. */
export interface Interval {
  est: number;
  lo: number;
  hi: number;
  /** How many units (rounds, pairs, samples) it was computed from. */
  n: number;
}

/** Student's t, 0.975 quantile, for 1 to 30 degrees of freedom. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Student's t, 0.975 quantile, for ν degrees of freedom (beyond 30: the Cornish-Fisher expansion). */
export function t975(nu: number): number {
  if (nu <= T975.length) return T975[Math.max(1, Math.round(nu)) - 1]!;
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * nu) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * nu ** 2);
}

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The tail left out on each side of a 95% interval from n units: 2.5% for many units, less for few (Hesterberg's
 * expanded percentile interval: Φ(−√(n/(n−1)) · t₀.₉₇₅,ₙ₋₁)), since a plain percentile bootstrap over a handful of
 * rounds is too narrow (over 5 rounds it covers the true mean about 85% of the time, not 95%).
 */
export const tail = (n: number): number => normalCdf(-Math.sqrt(n / (n - 1)) * t975(n - 1));

/**
 * The bootstrap 95% interval of `stat` over `units` (each unit one round: a pair of runs, a page's frames…):
 * `reps` resamples of as many units, drawn with replacement; the expanded percentile interval (see `tail`).
 * Fewer than 2 units: no interval (±∞).
 */
export function bootstrap<U>(
  units: readonly U[],
  stat: (sample: readonly U[]) => number,
  reps = 2000,
  seed = 1,
): Interval {
  const est = stat(units);
  const n = units.length;
  if (n < 2) return { est, lo: -Infinity, hi: Infinity, n };
  const rand = seeded(seed);
  const values: number[] = [];
  for (let r = 0; r < reps; r++) {
    const sample = Array.from({ length: n }, () => units[Math.floor(rand() * n)]!);
    values.push(stat(sample));
  }
  values.sort((a, b) => a - b);
  // As many resamples below lo as above hi.
  const a = tail(n);
  return {
    est,
    lo: values[Math.floor(a * reps)]!,
    hi: values[Math.min(reps, Math.ceil((1 - a) * reps)) - 1]!,
    n,
  };
}

/** The interval's half-width (half of hi − lo). */
export const halfWidth = (i: Interval): number => (i.hi - i.lo) / 2;

/** How far the interval reaches from its estimate, on its wider side: the x of "within ±x". A percentile interval
 * need not be symmetric, so this is at least the half-width. */
export const reach = (i: Interval): number => Math.max(i.est - i.lo, i.hi - i.est);

/** The stopping target for a ratio: ±0.05. */
export const RATIO_TARGET = (): number => 0.05;

/** The stopping target for an absolute time: ±5% of the value, or ±2 ms when that is larger. */
export const TIME_TARGET = (i: Interval): number => Math.max(0.05 * Math.abs(i.est), 2);

export interface RepeatOptions {
  /** Rounds always run, before the interval is looked at. */
  minRounds: number;
  /** Stop once the interval is within ±this of its estimate (a number, or one computed from the interval). */
  within: number | ((i: Interval) => number);
  /** Stop, whatever the interval, once this much time has gone (ms). Checked after each round, so the last round
   * may end past it; the minimum rounds run whatever the time. */
  maxMs: number;
  /** Never more rounds than this. */
  maxRounds?: number;
  /** The clock, ms (for tests); Date.now by default. */
  now?: () => number;
}

export type StoppedBy = 'interval' | 'time' | 'rounds';

export interface Repeated {
  /** The interval after the last round. */
  interval: Interval;
  rounds: number;
  stoppedBy: StoppedBy;
  /** Time taken by the rounds, ms. */
  ms: number;
}

/**
 * Runs `round(0)`, `round(1)`… until `interval()` is within the target (after minRounds), or the time or the round
 * limit is reached. The rounds keep their own samples; `interval` computes from them.
 */
export async function repeatUntilSure(
  round: (k: number) => Promise<void>,
  interval: () => Interval,
  opts: RepeatOptions,
): Promise<Repeated> {
  const now = opts.now ?? Date.now;
  const t0 = now();
  const target = typeof opts.within === 'number' ? () => opts.within as number : opts.within;
  for (let k = 0; ; k++) {
    await round(k);
    const rounds = k + 1;
    if (rounds < opts.minRounds) continue;
    const i = interval();
    const ms = now() - t0;
    if (reach(i) <= target(i)) return { interval: i, rounds, stoppedBy: 'interval', ms };
    if (ms >= opts.maxMs) return { interval: i, rounds, stoppedBy: 'time', ms };
    if (opts.maxRounds !== undefined && rounds >= opts.maxRounds)
      return { interval: i, rounds, stoppedBy: 'rounds', ms };
  }
}
