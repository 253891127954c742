// The benchmark's statistics (bench/stats.ts): the bootstrap intervals and the loop that stops on them.

import { describe, expect, it } from 'vitest';
import {
  bootstrap,
  halfWidth,
  mean,
  median,
  quantile,
  normalCdf,
  reach,
  repeatUntilSure,
  seeded,
  t975,
  tail,
  TIME_TARGET,
  type Interval,
} from '../../bench/stats';

/** n draws of U(0, 1) (true mean 0.5) from the seeded generator. */
const uniform = (n: number, seed: number): number[] => {
  const rand = seeded(seed);
  return Array.from({ length: n }, () => rand());
};

describe('summaries', () => {
  it('mean, median and nearest-rank quantiles', () => {
    expect(mean([1, 2, 3, 10])).toBe(4);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1
    expect(quantile(xs, 0.95)).toBe(19);
    expect(quantile(xs, 0.5)).toBe(10);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 1)).toBe(20);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('seeded', () => {
  it('gives the same sequence for the same seed, another for another, in [0, 1)', () => {
    expect(uniform(50, 7)).toEqual(uniform(50, 7));
    expect(uniform(50, 7)).not.toEqual(uniform(50, 8));
    const xs = uniform(10_000, 3);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });
});

describe('bootstrap', () => {
  it("covers a known sample's true mean, and narrows as n grows (as 1/√n)", () => {
    const small = bootstrap(uniform(25, 1), mean);
    const large = bootstrap(uniform(1600, 2), mean);
    for (const i of [small, large]) {
      expect(i.lo).toBeLessThanOrEqual(0.5);
      expect(i.hi).toBeGreaterThanOrEqual(0.5);
      expect(i.lo).toBeLessThanOrEqual(i.est);
      expect(i.hi).toBeGreaterThanOrEqual(i.est);
    }
    expect(small.n).toBe(25);
    // The normal approximation: half-width ≈ 1.96 σ / √n, σ = 1/√12 for U(0, 1).
    const expected = (n: number) => 1.96 / Math.sqrt(12) / Math.sqrt(n);
    expect(halfWidth(small) / expected(25)).toBeGreaterThan(0.75);
    expect(halfWidth(small) / expected(25)).toBeLessThan(1.25);
    expect(halfWidth(large) / expected(1600)).toBeGreaterThan(0.85);
    expect(halfWidth(large) / expected(1600)).toBeLessThan(1.15);
    expect(halfWidth(large)).toBeLessThan(halfWidth(small) / 4);
  });

  it('covers the true value about 95% of the time', () => {
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const i = bootstrap(uniform(40, 1000 + t), mean, 1000, t);
      if (i.lo <= 0.5 && 0.5 <= i.hi) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.9);
    expect(covered / trials).toBeLessThan(0.99);
  });

  it('covers the true value about 95% of the time over as few as 5 rounds (expanded: a plain percentile does not)', () => {
    let covered = 0;
    const trials = 500;
    for (let t = 0; t < trials; t++) {
      const i = bootstrap(uniform(5, 5000 + t), mean, 1000, t);
      if (i.lo <= 0.5 && 0.5 <= i.hi) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.9);
    expect(covered / trials).toBeLessThan(0.99);
  });

  it('leaves out 2.5% each side for many units, less for few', () => {
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 5);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 5);
    expect(t975(1)).toBeCloseTo(12.706, 3);
    expect(t975(30)).toBeCloseTo(2.042, 3);
    expect(t975(60)).toBeCloseTo(2.0003, 3);
    expect(tail(10_000)).toBeCloseTo(0.025, 3);
    const tails = [2, 3, 5, 11, 40, 1000].map(tail);
    for (let k = 1; k < tails.length; k++) expect(tails[k]!).toBeGreaterThan(tails[k - 1]!);
    expect(tails[2]!).toBeCloseTo(0.001, 3); // 5 units: the 0.1% and 99.9% resamples
  });

  it('gives the same interval for the same samples and seed', () => {
    const xs = uniform(30, 5);
    expect(bootstrap(xs, median, 2000, 42)).toEqual(bootstrap(xs, median, 2000, 42));
    expect(bootstrap(xs, median, 2000, 42)).not.toEqual(bootstrap(xs, median, 2000, 43));
  });

  it('resamples whole rounds: a pair stays together', () => {
    // The app is always 1.2 × the floor next to it, while both swing by a factor of 10 from pair to pair: a ratio
    // over resampled pairs is exactly 1.2; pairs broken up would give a wide interval.
    const pairs = uniform(20, 9).map((u) => ({ floor: 100 + 900 * u, app: 1.2 * (100 + 900 * u) }));
    const ratio = (s: readonly { app: number; floor: number }[]) =>
      mean(s.map((p) => p.app)) / mean(s.map((p) => p.floor));
    const i = bootstrap(pairs, ratio);
    expect(i.est).toBeCloseTo(1.2, 12);
    expect(i.lo).toBeCloseTo(1.2, 12);
    expect(i.hi).toBeCloseTo(1.2, 12);
    const apps = pairs.map((p) => p.app);
    const floors = pairs.map((p) => p.floor);
    const unpaired = bootstrap(
      pairs.map((_, k) => k),
      (ks) => {
        const r = seeded(ks.length + ks[0]!);
        const other = ks.map(() => floors[Math.floor(r() * floors.length)]!);
        return mean(ks.map((k) => apps[k]!)) / mean(other);
      },
    );
    expect(halfWidth(unpaired)).toBeGreaterThan(0.1);
  });

  it('gives no interval under 2 units', () => {
    expect(bootstrap([3], mean)).toEqual({ est: 3, lo: -Infinity, hi: Infinity, n: 1 });
  });

  it('measures reach on the wider side of an asymmetric interval', () => {
    const i: Interval = { est: 10, lo: 9, hi: 13, n: 5 };
    expect(reach(i)).toBe(3);
    expect(halfWidth(i)).toBe(2);
  });
});

describe('repeatUntilSure', () => {
  /** An interval ±1/rounds around 1, from a counter of the rounds run. */
  const shrinking = () => {
    const state = { rounds: 0, looks: 0 };
    return {
      state,
      round: async () => {
        state.rounds++;
        await Promise.resolve();
      },
      interval: (): Interval => {
        state.looks++;
        const w = 1 / state.rounds;
        return { est: 1, lo: 1 - w, hi: 1 + w, n: state.rounds };
      },
    };
  };

  it('stops by interval, not looking before the minimum rounds', async () => {
    const s = shrinking();
    const r = await repeatUntilSure(s.round, s.interval, { minRounds: 3, within: 0.2, maxMs: 60_000 });
    expect(r).toMatchObject({ rounds: 5, stoppedBy: 'interval' });
    expect(r.interval.hi - r.interval.est).toBeCloseTo(0.2);
    expect(s.state.looks).toBe(3); // after rounds 3, 4 and 5
  });

  it('runs the minimum rounds even when the interval is narrow at once', async () => {
    const s = shrinking();
    const r = await repeatUntilSure(s.round, s.interval, { minRounds: 4, within: 10, maxMs: 60_000 });
    expect(r).toMatchObject({ rounds: 4, stoppedBy: 'interval' });
  });

  it('takes a target computed from the interval (±5% or ±2 ms)', async () => {
    expect(TIME_TARGET({ est: 100, lo: 0, hi: 0, n: 2 })).toBe(5);
    expect(TIME_TARGET({ est: 10, lo: 0, hi: 0, n: 2 })).toBe(2);
    let k = 0;
    const r = await repeatUntilSure(
      async () => {
        k++;
        await Promise.resolve();
      },
      // est 100 ± 40/k ms: within ±5 ms from k = 8
      () => ({ est: 100, lo: 100 - 40 / k, hi: 100 + 40 / k, n: k }),
      { minRounds: 2, within: TIME_TARGET, maxMs: 60_000 },
    );
    expect(r).toMatchObject({ rounds: 8, stoppedBy: 'interval' });
  });

  it('stops by time, checked after each round', async () => {
    let clock = 0;
    const r = await repeatUntilSure(
      async () => {
        clock += 1000; // each round takes a second
        await Promise.resolve();
      },
      () => ({ est: 1, lo: 0, hi: 2, n: 1 }),
      { minRounds: 2, within: 0.05, maxMs: 4500, now: () => clock },
    );
    expect(r).toMatchObject({ rounds: 5, stoppedBy: 'time', ms: 5000 });
  });

  it('stops by rounds', async () => {
    const r = await repeatUntilSure(
      () => Promise.resolve(),
      () => ({ est: 1, lo: 0, hi: 2, n: 1 }),
      { minRounds: 2, within: 0.05, maxMs: 60_000, maxRounds: 6 },
    );
    expect(r).toMatchObject({ rounds: 6, stoppedBy: 'rounds' });
  });

  it('does not stop by interval on a NaN estimate', async () => {
    const r = await repeatUntilSure(
      () => Promise.resolve(),
      () => ({ est: NaN, lo: NaN, hi: NaN, n: 3 }),
      { minRounds: 1, within: 1, maxMs: 60_000, maxRounds: 3 },
    );
    expect(r.stoppedBy).toBe('rounds');
  });
});
