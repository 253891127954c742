// What the benchmark's measures share: the pages' places, the context a measure runs in, the figures it gives, one
// load of a page timed in the page itself, and the loop that repeats a measure's rounds until its figure is sure.

import fs from 'node:fs';
import path from 'node:path';
import { bootstrap, repeatUntilSure, type Interval, type Repeated, type RepeatOptions } from './stats';
import { openPage, waitForMapReady, type launch, type Session } from '../tests/e2e/driver';

export const REPO = path.resolve(import.meta.dirname, '..');
export const ROOTS = { app: path.join(REPO, 'dist'), floor: path.join(REPO, 'dist-floor') };
/** The JavaScript floor: maplibre-gl, its worker and the deck.gl modules the app uses (bench/floor-bundle/). */
export const FLOOR_BUNDLE = path.join(REPO, 'dist-floor-bundle');
/** The plan the app opens by default (written by the data step). */
export const DEFAULT_PLAN_ID = (
  JSON.parse(fs.readFileSync(path.join(REPO, 'public/data/plans.json'), 'utf8')) as { default: string }
).default;

export type Side = 'app' | 'floor';
export const SIDES: Side[] = ['app', 'floor'];
export type Browser = Awaited<ReturnType<typeof launch>>;
export type Page = Session['page'];
export type Viewport = { width: number; height: number };
export type Unit = 'ms' | 'KiB' | 'MiB' | 'ratio';

/** A value: exact (bytes: a number), or an estimate with its 95% interval. */
export type Value = number | Interval;

/** One figure: the app's value and, when it has one, the floor's and the ratio app/floor. */
export interface Row {
  figure: string;
  unit: Unit;
  app: Value;
  floor?: Value;
  /** The ratio with its interval, when app and floor were measured in pairs; else app/floor of the estimates. */
  ratio?: Value;
}

/** How a measure's rounds went: how many, why they stopped, and the target the interval was held to. */
export interface Rounds extends Repeated {
  target: number;
}

/** What a measure gives: its figures, and details (raw samples included) kept in results.json under `section`. */
export interface Measurement {
  section: string;
  details: unknown;
  rows: Row[];
  /** For a measure that repeats rounds until sure. */
  rounds?: Rounds;
}

export interface Ctx {
  browser: Browser;
  url: Record<Side, string>;
  viewport: Record<Side, Viewport>;
  /** Time limits × this (1, or less for a quick check of the machinery: `--quick`). */
  timeScale: number;
}

/** A measure: its function's name is what `tsx bench/run.ts <name>` matches. */
export type Measure = (ctx: Ctx) => Promise<Measurement>;

/** When a measure stops: after minRounds, when its figure's interval is within the target, or at maxMs. */
export type StopRule = Pick<RepeatOptions, 'minRounds' | 'maxMs' | 'within' | 'maxRounds'>;

/** The estimate of a value. */
export const est = (v: Value): number => (typeof v === 'number' ? v : v.est);
/** The upper end of a value's interval (an exact value's own). */
export const upper = (v: Value): number => (typeof v === 'number' ? v : v.hi);

/**
 * Runs `round` until `interval()` is sure by `rule` (time limits scaled by ctx.timeScale; a quick check runs at
 * most 2 minimum rounds), and prints how it went.
 */
export async function untilSure(
  ctx: Ctx,
  rule: StopRule,
  round: (k: number) => Promise<void>,
  interval: () => Interval,
): Promise<Rounds> {
  const minRounds = ctx.timeScale < 1 ? Math.min(rule.minRounds, 2) : rule.minRounds;
  const r = await repeatUntilSure(round, interval, { ...rule, minRounds, maxMs: rule.maxMs * ctx.timeScale });
  const target = typeof rule.within === 'number' ? rule.within : rule.within(r.interval);
  const i = r.interval;
  console.log(
    `  ${r.rounds} rounds in ${(r.ms / 1000).toFixed(0)} s, stopped by ${r.stoppedBy}: ` +
      `${i.est.toFixed(3)} [${i.lo.toFixed(3)}, ${i.hi.toFixed(3)}], target ±${target.toFixed(3)}`,
  );
  return { ...r, target };
}

/** A figure of the app and the floor measured in rounds (`units`), with the ratio over the same resamples. */
export function pairedRow<U>(
  figure: string,
  unit: Unit,
  units: readonly U[],
  app: (s: readonly U[]) => number,
  floor: (s: readonly U[]) => number,
): Row {
  return {
    figure,
    unit,
    app: bootstrap(units, app),
    floor: bootstrap(units, floor),
    ratio: bootstrap(units, (s) => app(s) / floor(s)),
  };
}

/** A figure of the app alone measured in rounds. */
export const appRow = <U>(
  figure: string,
  unit: Unit,
  units: readonly U[],
  app: (s: readonly U[]) => number,
) => ({ figure, unit, app: bootstrap(units, app) }) satisfies Row;

// ---------------------------------------------------------------------------------------------------------------
// One load of a page, timed in the page itself.

/** Stores `performance.now()` (ms since navigation start) when #map gets data-ready="true". A string, so that
 * nothing the TypeScript compiler adds can break it in the page. */
const RECORD_READY = `
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.id !== 'map') continue;
      if (r.target.getAttribute('data-ready') === 'true') window.__benchReadyAt ??= performance.now();
      if (r.target.getAttribute('data-labels') === 'true') window.__benchLabelsAt ??= performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-labels'] });
`;

export interface Fetched {
  url: string;
  contentType: string;
  status: number;
  /** When the request was sent, ms since the epoch. */
  sentAt: number;
}

export interface Load {
  session: Session;
  /** Navigation start to the ready signal, ms. */
  readyMs: number;
  /** Navigation start to the place labels drawn (app only: they come after the ready signal), ms. */
  labelsMs: number | null;
  /** Responses to the requests sent before the ready signal. */
  responses: Fetched[];
}

/** Loads one page in a fresh browser context (cold cache) and waits for its ready signal. */
export async function load(ctx: Ctx, side: Side): Promise<Load> {
  const session = await openPage(ctx.browser, 'about:blank', ctx.viewport[side]);
  const { page } = session;
  await page.addInitScript(RECORD_READY);
  const responses: Fetched[] = [];
  page.on('response', (r) =>
    responses.push({
      url: r.url(),
      contentType: r.headers()['content-type'] ?? '',
      status: r.status(),
      sentAt: r.request().timing().startTime,
    }),
  );
  await page.goto(ctx.url[side]);
  try {
    await waitForMapReady(page);
  } catch (e) {
    await session.close();
    throw new Error(`${side}: no ready signal. ${session.errors.join('; ')}`, { cause: e });
  }
  if (side === 'app') await page.locator('#map[data-labels="true"]').waitFor({ state: 'attached' });
  const t = await page.evaluate(() => ({
    readyAt: (window as unknown as { __benchReadyAt?: number }).__benchReadyAt ?? NaN,
    labelsAt: (window as unknown as { __benchLabelsAt?: number }).__benchLabelsAt ?? null,
    timeOrigin: performance.timeOrigin,
  }));
  if (!Number.isFinite(t.readyAt)) throw new Error(`${side}: the ready signal was not timed in the page`);
  for (const err of session.errors) console.warn(`  warning (${side}): ${err}`);
  const readyEpoch = t.timeOrigin + t.readyAt;
  return {
    session,
    readyMs: t.readyAt,
    labelsMs: t.labelsAt,
    responses: responses.filter((r) => r.sentAt <= readyEpoch),
  };
}

/** The page's main-thread JS heap after a garbage collection, bytes (the map's workers not included). */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
