// The benchmark (`npm run bench`, after `npm run build`): measures the built app against a floor page that draws
// the same basemap with bare MapLibre (bench/floor/), prints a table, writes bench/results.json, and exits
// non-zero when a figure is over its budget. Each figure is a measurement function below; add new ones to MEASURES.

import fs from 'node:fs';
import { bbox, pointOnFeature } from '@turf/turf';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server';
import { buildHitIndex, hitTest } from '../src/map/hit-test';
import type { PlaceFeature } from '../src/data/types';
import type { PlanManifest } from '../src/data/plan-manifest';
import { launch, openPage, waitForMapReady, type Session } from '../tests/e2e/driver';

const REPO = path.resolve(import.meta.dirname, '..');
const ROOTS = { app: path.join(REPO, 'dist'), floor: path.join(REPO, 'dist-floor') };
/** The JavaScript floor: maplibre-gl, its worker and the deck.gl modules the app uses (bench/floor-bundle/). */
const FLOOR_BUNDLE = path.join(REPO, 'dist-floor-bundle');
/** The plan the app opens by default (written by the data step). */
const DEFAULT_PLAN_ID = (
  JSON.parse(fs.readFileSync(path.join(REPO, 'public/data/plans.json'), 'utf8')) as { default: string }
).default;
const RESULTS = path.join(import.meta.dirname, 'results.json');
/** Cold loads of each page: the machine's speed drifts within minutes, and a median of 11 holds better than 7. */
const COLD_RUNS = 11;
const VIEWPORT = { width: 1280, height: 800 };

type Side = 'app' | 'floor';
const SIDES: Side[] = ['app', 'floor'];
type Browser = Awaited<ReturnType<typeof launch>>;
type Page = Session['page'];
type Viewport = { width: number; height: number };

/** One figure: the app's value and, when it has one, the floor's. */
interface Row {
  figure: string;
  unit: 'ms' | 'KiB' | 'MiB' | 'ratio';
  app: number;
  floor?: number;
}

/** A limit on one figure: on the app's own value, or on the ratio app/floor. */
interface Budget {
  on: 'app' | 'ratio';
  max: number;
}

/** The budgets (issue 9). Data at start: 250 KB (250,000 bytes) = 244.1 KiB. */
const BUDGETS: Record<string, Budget> = {
  'cold load, median': { on: 'ratio', max: 1.25 },
  'flight frame time, mean': { on: 'ratio', max: 1.2 },
  'click to panel, p95': { on: 'app', max: 50 },
  'search keystroke to results, p95': { on: 'app', max: 10 },
  'JS at start vs floor bundle, gzip': { on: 'ratio', max: 1.1 },
  'bytes at start, data, gzip': { on: 'app', max: 250_000 / 1024 },
};

interface Ctx {
  browser: Browser;
  url: Record<Side, string>;
  viewport: Record<Side, Viewport>;
}

/** What a measurement gives: its figures, and details kept in results.json under `section`. */
interface Measurement {
  section: string;
  details: unknown;
  rows: Row[];
}

type Measure = (ctx: Ctx) => Promise<Measurement>;

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

interface Fetched {
  url: string;
  contentType: string;
  status: number;
  /** When the request was sent, ms since the epoch. */
  sentAt: number;
}

interface Load {
  session: Session;
  /** Navigation start to the ready signal, ms. */
  readyMs: number;
  /** Navigation start to the place labels drawn (app only: they come after the ready signal), ms. */
  labelsMs: number | null;
  /** Responses to the requests sent before the ready signal. */
  responses: Fetched[];
}

/** Loads one page in a fresh browser context (cold cache) and waits for its ready signal. */
async function load(ctx: Ctx, side: Side): Promise<Load> {
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
async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements. Later: search latency (p50/p95 over 20 queries), click-to-panel, flight frame time.

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Navigation start to ready signal: one warm-up of each, then COLD_RUNS of each, interleaved. */
const coldLoad: Measure = async (ctx) => {
  const ms: Record<Side, number[]> = { app: [], floor: [] };
  const labels: number[] = [];
  for (let run = 0; run <= COLD_RUNS; run++) {
    for (const side of SIDES) {
      const { session, readyMs, labelsMs } = await load(ctx, side);
      await session.close();
      console.log(`  ${run === 0 ? 'warm-up' : `run ${run}`} ${side}: ${readyMs.toFixed(0)} ms`);
      if (run > 0) ms[side].push(readyMs);
      if (run > 0 && labelsMs !== null) labels.push(labelsMs);
    }
  }
  return {
    section: 'runs',
    details: { warmUp: 1, cold: COLD_RUNS, ms, labelsMs: labels },
    rows: [
      { figure: 'cold load, median', unit: 'ms', app: median(ms.app), floor: median(ms.floor) },
      // Each app load over the floor load next to it (the budget stays on the ratio of the medians above).
      {
        figure: 'cold load, median of paired ratios',
        unit: 'ratio',
        app: median(ms.app.map((a, i) => a / ms.floor[i]!)),
      },
      { figure: 'place labels drawn, median', unit: 'ms', app: median(labels) },
    ],
  };
};

type FileClass = 'js' | 'css' | 'data' | 'other';
const CLASSES: FileClass[] = ['js', 'css', 'data', 'other'];

interface FileBytes {
  path: string;
  class: FileClass;
  status: number;
  raw: number;
  gzip: number;
}

function classOf(contentType: string): FileClass {
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('css')) return 'css';
  if (/json|protobuf/.test(contentType)) return 'data';
  return 'other';
}

/** Sizes of the files behind the responses: raw as sent (the server does not compress), gzip -9 from disk. */
function fileBytes(root: string, baseUrl: string, responses: Fetched[]): FileBytes[] {
  return responses
    .filter((r) => r.url.startsWith(baseUrl))
    .map((r) => {
      const rel = new URL(r.url).pathname.slice(new URL(baseUrl).pathname.length) || 'index.html';
      const file = path.join(root, rel);
      const body = r.status === 200 && fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      const gzip = body.length ? zlib.gzipSync(body, { level: 9 }).length : 0;
      return { path: rel, class: classOf(r.contentType), status: r.status, raw: body.length, gzip };
    })
    .sort((a, b) => b.raw - a.raw);
}

function totals(files: FileBytes[]): Record<FileClass | 'all', { files: number; raw: number; gzip: number }> {
  const sum = (list: FileBytes[]) => ({
    files: list.length,
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  });
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, sum(files.filter((f) => f.class === c))]));
  return { ...(byClass as Record<FileClass, ReturnType<typeof sum>>), all: sum(files) };
}

/** Every file fetched up to the ready signal, and the JS heap after load: one load of each page. */
const bytesAtStart: Measure = async (ctx) => {
  const bytes = {} as Record<Side, { files: FileBytes[]; totals: ReturnType<typeof totals> }>;
  const heap = {} as Record<Side, number>;
  for (const side of SIDES) {
    const { session, responses } = await load(ctx, side);
    heap[side] = await heapUsed(session.page);
    await session.close();
    const files = fileBytes(ROOTS[side], ctx.url[side], responses);
    bytes[side] = { files, totals: totals(files) };
  }
  const kib = (side: Side, c: FileClass | 'all', k: 'raw' | 'gzip') => bytes[side].totals[c][k] / 1024;
  const row = (figure: string, c: FileClass | 'all', k: 'raw' | 'gzip'): Row => ({
    figure,
    unit: 'KiB',
    app: kib('app', c, k),
    floor: kib('floor', c, k),
  });
  return {
    section: 'bytes',
    details: bytes,
    rows: [
      row('bytes at start, raw', 'all', 'raw'),
      row('bytes at start, gzip', 'all', 'gzip'),
      ...CLASSES.map((c) => row(`bytes at start, ${c}, gzip`, c, 'gzip')),
      {
        figure: 'JS at start vs floor bundle, gzip',
        unit: 'KiB',
        app: kib('app', 'js', 'gzip'),
        floor: floorBundleGzip() / 1024,
      },
      { figure: 'JS heap after load', unit: 'MiB', app: heap.app / 2 ** 20, floor: heap.floor / 2 ** 20 },
    ],
  };
};

/** Gzip -9 bytes of every JavaScript file of the floor bundle's build (entry, chunks and the map's worker). */
function floorBundleGzip(): number {
  const dir = path.join(FLOOR_BUNDLE, 'assets');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};

/** A fixed set of 20 queries: place names (full, partial, English), plan terms, and a miss. */
export const SEARCH_QUERIES = [
  '嘉闵线',
  '嘉闵',
  '虹桥',
  '公园',
  '临港新片区',
  '张江科学城',
  '五个新城',
  '一江一河',
  '崇明',
  '生态',
  '轨道交通',
  '松江枢纽',
  '长三角',
  '数字化转型',
  '养老',
  'Lingang',
  'Jiading New Town',
  'metro',
  '黄浦江',
  '不存在的词语',
];

/** Keystroke to results drawn: the time from the input event to the result list updated, in the page. */
const TIME_SEARCH = `(async (queries) => {
  const input = document.getElementById('search');
  const list = document.getElementById('search-results');
  input.focus();
  const once = () => new Promise((resolve) => {
    const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
    obs.observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
  const out = [];
  for (const q of queries) {
    const done = once();
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    out.push((await done) - t0);
  }
  return out;
})`;

/** Search: one warm-up pass over the queries (the index is built on first use), then three timed passes. */
const searchLatency: Measure = async (ctx) => {
  const { session } = await load(ctx, 'app');
  const page = session.page;
  await page.evaluate(`${TIME_SEARCH}(${JSON.stringify(SEARCH_QUERIES)})`);
  const ms: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    ms.push(...(await page.evaluate<number[]>(`${TIME_SEARCH}(${JSON.stringify(SEARCH_QUERIES)})`)));
  }
  await session.close();
  return {
    section: 'search',
    details: { queries: SEARCH_QUERIES, passes: 3, ms },
    rows: [
      { figure: 'search keystroke to results, p50', unit: 'ms', app: quantile(ms, 0.5) },
      { figure: 'search keystroke to results, p95', unit: 'ms', app: quantile(ms, 0.95) },
    ],
  };
};

/** The places clicked: areas, lines and points of several themes. Each is centred at zoom 11 on a point of itself
 * where the app's own hit test finds it (not a line crossing it), and clicked at the map's centre. */
const CLICK_TARGETS = [
  'new-town-jiading',
  'metro-14',
  'lingang-special-area',
  'hongqiao-cbd',
  'hub-hongqiao',
];

/** The built places and the app's hit index over them, read once. */
let forClicks: { places: PlaceFeature[]; index: ReturnType<typeof buildHitIndex<PlaceFeature>> } | null =
  null;

function clickPoint(id: string): [number, number] {
  if (!forClicks) {
    const read = <T>(file: string) =>
      JSON.parse(fs.readFileSync(path.join(ROOTS.app, 'data', DEFAULT_PLAN_ID, file), 'utf8')) as T;
    const places = read<{ features: PlaceFeature[] }>('features.geojson').features;
    const rank = new Map(read<PlanManifest>('plan.json').themes.map((t) => [t.theme, t.drawOrder]));
    forClicks = { places, index: buildHitIndex(places, (x) => rank.get(x.properties.theme) ?? 0) };
  }
  const { index } = forClicks;
  const f = forClicks.places.find((x) => x.properties.id === id);
  if (!f) throw new Error(`click target ${id} is not in the default plan's features.geojson`);
  const hits = (p: number[]) => hitTest(index, [p[0] ?? 0, p[1] ?? 0], 11)?.properties.id === id;
  // A point of the place, else the points of a grid over its box, nearest that point first.
  const first = pointOnFeature(f).geometry.coordinates;
  const [w, s, e, n] = bbox(f);
  const grid = Array.from({ length: 21 * 21 }, (_, i) => [
    w + ((e - w) * (i % 21)) / 20,
    s + ((n - s) * Math.floor(i / 21)) / 20,
  ]).sort(
    (a, b) =>
      Math.hypot(a[0]! - first[0]!, a[1]! - first[1]!) - Math.hypot(b[0]! - first[0]!, b[1]! - first[1]!),
  );
  const at = [first, ...grid].find(hits);
  if (!at) throw new Error(`no point of ${id} where a click finds it`);
  return [at[0]!, at[1]!];
}

/** Click on a place to its card drawn: from the pointer-down event to the frame after the card is painted. */
const TIME_CLICK = `(() => { window.__clickMs = new Promise((resolve) => {
  let downAt = NaN;
  window.addEventListener('pointerdown', (e) => { downAt = e.timeStamp; }, { capture: true, once: true });
  const obs = new MutationObserver(() => {
    // drawn: the frame after the card is in the page has been painted (two animation frames later)
    if (document.querySelector('#panel .place-card')) {
      obs.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - downAt)));
    }
  });
  obs.observe(document.getElementById('panel'), { childList: true, subtree: true });
}); })`;

const clickToPanel: Measure = async (ctx) => {
  const ms: number[] = [];
  const missed: string[] = [];
  const { session } = await load(ctx, 'app');
  const page = session.page;
  for (let round = 0; round < 5; round++) {
    for (const id of CLICK_TARGETS) {
      const [lon, lat] = clickPoint(id);
      const hash = `#/?map=11/${lat}/${lon}`;
      await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
      await page.locator('#panel').waitFor({ state: 'hidden' });
      await page.evaluate(
        `new Promise((r) => { const m = window.__map; if (m.loaded() && !m.isMoving()) r(); else m.once('idle', r); })`,
      );
      const box = await page.locator('#map').boundingBox();
      if (!box) throw new Error('app: #map has no size');
      const at: [number, number] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.evaluate(`${TIME_CLICK}()`);
      await page.mouse.click(at[0], at[1]);
      const card = page.locator(`#panel .place-card[data-place-id]`);
      await card.waitFor({ timeout: 10_000 }).catch(() => {
        throw new Error(`click on ${id} at ${at.join(',')} (${hash}) opened no place card`);
      });
      const got = await card.getAttribute('data-place-id');
      if (got !== id) missed.push(`${id} (got ${got})`);
      if (round > 0) ms.push(await page.evaluate<number>('window.__clickMs'));
    }
  }
  await session.close();
  if (missed.length)
    console.warn(`  click: picked another place than aimed at: ${[...new Set(missed)].join(', ')}`);
  return {
    section: 'click',
    details: { targets: CLICK_TARGETS, rounds: 4, ms, missed },
    rows: [
      { figure: 'click to panel, p50', unit: 'ms', app: quantile(ms, 0.5) },
      { figure: 'click to panel, p95', unit: 'ms', app: quantile(ms, 0.95) },
    ],
  };
};

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

/**
 * Flight frame time, app and floor interleaved: in each page, one warm-up flight (its tiles built, its glyphs drawn,
 * its code compiled and the app's code loaded after the start), then the flight measured. The warm-up flights are
 * printed too, without a budget: the first flight of a page just loaded.
 */
const flight: Measure = async (ctx) => {
  const ms: Record<Side, number[]> = { app: [], floor: [] };
  const first: Record<Side, number[]> = { app: [], floor: [] };
  const fly = async (page: Page) =>
    await page.evaluate<number[]>(`${TIME_FLIGHT}(${JSON.stringify(FLIGHT)})`);
  for (let run = 0; run < 2; run++) {
    for (const side of SIDES) {
      const { session } = await load(ctx, side);
      first[side].push(...(await fly(session.page)));
      ms[side].push(...(await fly(session.page)));
      await session.close();
    }
  }
  return {
    section: 'flight',
    details: {
      legs: FLIGHT,
      pages: 2,
      frames: { app: ms.app.length, floor: ms.floor.length },
      firstFlightFrames: { app: first.app.length, floor: first.floor.length },
    },
    rows: [
      // The mean is what the budget is on: frames come at whole multiples of the display's 16.7 ms, so a median
      // of frame times moves in steps of 16.7 ms; the mean (the flight's time over its frames) does not.
      { figure: 'flight frame time, mean', unit: 'ms', app: mean(ms.app), floor: mean(ms.floor) },
      { figure: 'flight frame time, median', unit: 'ms', app: median(ms.app), floor: median(ms.floor) },
      {
        figure: 'flight frame time, p95',
        unit: 'ms',
        app: quantile(ms.app, 0.95),
        floor: quantile(ms.floor, 0.95),
      },
      {
        figure: 'first flight of a page, mean',
        unit: 'ms',
        app: mean(first.app),
        floor: mean(first.floor),
      },
    ],
  };
};

const MEASURES: Measure[] = [coldLoad, bytesAtStart, searchLatency, clickToPanel, flight];

// ---------------------------------------------------------------------------------------------------------------
// Set-up, table, results.

async function buildFloor(): Promise<void> {
  for (const [dir, outDir, publicDir] of [
    ['floor', ROOTS.floor, path.join(REPO, 'public')],
    ['floor-bundle', FLOOR_BUNDLE, false],
  ] as const) {
    await build({
      root: path.join(import.meta.dirname, dir),
      // The app's own Vite config, so that all are built alike (target, minifier).
      configFile: path.join(REPO, 'vite.config.ts'),
      mode: 'bench-floor',
      base: './',
      publicDir,
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  }
}

/** The app's map size: the floor's map is given the same, so that both fit the same view in as many pixels. */
async function appMapSize(browser: Browser, url: string): Promise<Viewport> {
  const s = await openPage(browser, url, VIEWPORT);
  await waitForMapReady(s.page);
  const box = await s.page.locator('#map').boundingBox();
  await s.close();
  if (!box) throw new Error('app: #map has no size');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

function judge(row: Row): { ratio: number | null; budget?: Budget; value?: number; pass?: boolean } {
  const ratio = row.floor ? row.app / row.floor : null;
  const budget = BUDGETS[row.figure];
  if (!budget) return { ratio };
  const value = budget.on === 'ratio' ? (ratio ?? Infinity) : row.app;
  return { ratio, budget, value, pass: value <= budget.max };
}

function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

const fmt = (n: number, unit: Row['unit']) =>
  unit === 'ms' ? n.toFixed(0) : unit === 'ratio' ? n.toFixed(2) : n.toFixed(1);

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOTS.app, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build`.');
  console.log('Building the floor page into dist-floor/ and the floor bundle into dist-floor-bundle/ …');
  await buildFloor();

  const servers: StaticServer[] = [];
  const browser = await launch();
  try {
    for (const side of SIDES) servers.push(await serveStatic(ROOTS[side], `/${side}/`));
    const url = { app: servers[0]!.url, floor: servers[1]!.url };
    const mapSize = await appMapSize(browser, url.app);
    const ctx: Ctx = { browser, url, viewport: { app: VIEWPORT, floor: mapSize } };
    console.log(
      `Chromium ${browser.version()}; app window ${VIEWPORT.width}×${VIEWPORT.height}, ` +
        `floor window ${mapSize.width}×${mapSize.height} (the app's map size)`,
    );

    const sections: Record<string, unknown> = {};
    const rows: Row[] = [];
    const only = process.argv.slice(2).map((a) => a.toLowerCase());
    const chosen = MEASURES.filter((m) => !only.length || only.some((o) => m.name.toLowerCase().includes(o)));
    for (const measure of chosen) {
      const m = await measure(ctx);
      sections[m.section] = m.details;
      rows.push(...m.rows);
    }

    const judged = rows.map((r) => ({ row: r, ...judge(r) }));
    console.log('');
    printTable(
      ['figure', 'unit', 'app', 'floor', 'app/floor', 'budget', 'result'],
      judged.map(({ row, ratio, budget, pass }) => [
        row.figure,
        row.unit,
        fmt(row.app, row.unit),
        row.floor === undefined ? '—' : fmt(row.floor, row.unit),
        ratio === null ? '—' : ratio.toFixed(2),
        budget ? `${budget.on === 'ratio' ? 'ratio' : row.unit} ≤ ${+budget.max.toFixed(2)}` : '—',
        pass === undefined ? '—' : pass ? 'pass' : 'FAIL',
      ]),
    );
    const bytes = sections['bytes'] as Record<Side, { files: FileBytes[] }> | undefined;
    for (const side of bytes ? SIDES : []) {
      console.log(`\nFiles fetched up to the ready signal, ${side} (KiB):`);
      printTable(
        ['path', 'class', 'status', 'raw', 'gzip'],
        bytes![side].files.map((f) => [
          f.path,
          f.class,
          String(f.status),
          fmt(f.raw / 1024, 'KiB'),
          fmt(f.gzip / 1024, 'KiB'),
        ]),
      );
    }

    const over = judged.filter((j) => j.pass === false);
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium: browser.version(),
      },
      viewport: ctx.viewport,
      ...sections,
      figures: Object.fromEntries(
        judged.map(({ row, ratio }) => [
          row.figure,
          { unit: row.unit, app: row.app, floor: row.floor ?? null, ratio },
        ]),
      ),
      budgets: Object.fromEntries(
        judged.flatMap(({ row, budget, value, pass }) =>
          budget ? [[row.figure, { ...budget, value, pass }]] : [],
        ),
      ),
      pass: over.length === 0,
    };
    const round = (_: string, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v;
    fs.writeFileSync(RESULTS, `${JSON.stringify(results, round, 2)}\n`);
    console.log(`\nWrote ${path.relative(REPO, RESULTS)}.`);
    for (const j of over)
      console.error(
        `Over budget: ${j.row.figure} (${j.budget!.on} ${j.value!.toFixed(2)} > ${j.budget!.max})`,
      );
    if (over.length) process.exitCode = 1;
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
