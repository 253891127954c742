// The benchmark (`npm run bench`, after `npm run build`): measures the built app against a floor page that draws
// the same basemap with bare MapLibre (bench/floor/), each figure repeated in rounds until its 95% interval is
// narrow enough (bench/stats.ts, bench/settings.ts), prints a table, writes bench/results.json, and exits non-zero
// when a figure's upper end is over its budget. Each figure comes from a measure in bench/measures/, listed in
// MEASURES below.
//
//   tsx bench/run.ts [name…] [--gpu] [--quick]
//     name     only the measures whose function name contains it (e.g. click, flight, coldLoad)
//     --gpu    (or BENCH_GPU=1) the machine's GPU, a 1920×1080 window, results in bench/results-gpu.json;
//              BENCH_CHROMIUM_ARGS adds Chromium flags (e.g. "--use-angle=vulkan --enable-features=Vulkan")
//     --quick  (or BENCH_QUICK=1) time limits ÷ 5 and at most 2 minimum rounds: a check of the machinery

import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server';
import { launch, openPage, waitForMapReady } from '../tests/e2e/driver';
import {
  FLOOR_BUNDLE,
  REPO,
  ROOTS,
  SIDES,
  type Browser,
  type Ctx,
  type Measure,
  type Viewport,
} from './common';
import { bytesAtStart, type BytesDetails } from './measures/bytes';
import { clickToPanel } from './measures/click';
import { coldLoad } from './measures/cold-load';
import { flight } from './measures/flight';
import { searchLatency } from './measures/search';
import { drift, glRenderer, reference, type Drift } from './probes';
import {
  judge,
  printDrift,
  printFigures,
  printFiles,
  printGpuSummary,
  writeResults,
  type Judged,
} from './report';
import { GPU_VIEWPORT, VIEWPORT } from './settings';

/** Every measure, in the order they run. */
const MEASURES: Measure[] = [coldLoad, bytesAtStart, searchLatency, clickToPanel, flight];
/** What GPU mode runs when no names are given: the times a display shows. */
const GPU_MEASURES: Measure[] = [coldLoad, clickToPanel, flight];

interface Options {
  gpu: boolean;
  quick: boolean;
  names: string[];
}

function options(argv: string[]): Options {
  const flag = (name: string, env: string) => argv.includes(`--${name}`) || process.env[env] === '1';
  return {
    gpu: flag('gpu', 'BENCH_GPU'),
    quick: flag('quick', 'BENCH_QUICK'),
    names: argv.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase()),
  };
}

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
async function appMapSize(browser: Browser, url: string, viewport: Viewport): Promise<Viewport> {
  const s = await openPage(browser, url, viewport);
  await waitForMapReady(s.page);
  const box = await s.page.locator('#map').boundingBox();
  await s.close();
  if (!box) throw new Error('app: #map has no size');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Runs the measures between two runs of the reference workload; their figures judged, their sections kept. */
async function measureAll(ctx: Ctx, chosen: Measure[]) {
  const before = await reference(ctx.browser);
  console.log(`Reference workload: ${before.ms.toFixed(0)} ms (median of ${before.runs.length})`);
  const sections: Record<string, unknown> = {};
  const judged: Judged[] = [];
  for (const measure of chosen) {
    console.log(`${measure.name}:`);
    const m = await measure(ctx);
    sections[m.section] = m.details;
    judged.push(...m.rows.map((r) => judge(r, m.rounds)));
  }
  const d: Drift = drift(before, await reference(ctx.browser));
  return { sections, judged, drift: d };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOTS.app, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build`.');
  console.log('Building the floor page into dist-floor/ and the floor bundle into dist-floor-bundle/ …');
  await buildFloor();

  const viewport = opts.gpu ? GPU_VIEWPORT : VIEWPORT;
  const headed = opts.gpu && !!process.env['DISPLAY'];
  const servers: StaticServer[] = [];
  const extra = (process.env['BENCH_CHROMIUM_ARGS'] ?? '').split(/\s+/).filter(Boolean);
  const browser = await launch(
    opts.gpu
      ? { gpu: true, headed, args: [`--window-size=${viewport.width},${viewport.height}`, ...extra] }
      : { args: extra },
  );
  try {
    for (const side of SIDES) servers.push(await serveStatic(ROOTS[side], `/${side}/`));
    const url = { app: servers[0]!.url, floor: servers[1]!.url };
    const mapSize = await appMapSize(browser, url.app, viewport);
    const ctx: Ctx = {
      browser,
      url,
      viewport: { app: viewport, floor: mapSize },
      timeScale: opts.quick ? 0.2 : 1,
    };
    const renderer = await glRenderer(browser);
    console.log(
      `Chromium ${browser.version()} (${opts.gpu ? `GPU mode, ${headed ? 'headed' : 'headless'}` : 'SwiftShader'}` +
        `${opts.quick ? ', quick check' : ''}); GL renderer: ${renderer}\n` +
        `App window ${viewport.width}×${viewport.height}, floor window ${mapSize.width}×${mapSize.height} ` +
        `(the app's map size)`,
    );

    const all = opts.gpu ? GPU_MEASURES : MEASURES;
    const chosen = opts.names.length
      ? MEASURES.filter((m) => opts.names.some((o) => m.name.toLowerCase().includes(o)))
      : all;
    const { sections, judged, drift: d } = await measureAll(ctx, chosen);

    console.log('');
    printFigures(judged);
    printFiles(sections['bytes'] as BytesDetails | undefined);
    printDrift(d);
    if (opts.gpu) printGpuSummary(judged, renderer);

    const file = path.join(import.meta.dirname, opts.gpu ? 'results-gpu.json' : 'results.json');
    await writeResults(file, {
      mode: opts.gpu ? 'gpu' : 'software',
      quick: opts.quick,
      chromium: browser.version(),
      glRenderer: renderer,
      viewport: ctx.viewport,
      drift: d,
      sections,
      judged,
    });
    const over = judged.filter((j) => j.pass === false);
    for (const j of over)
      console.error(
        `Over budget: ${j.row.figure} (${j.budget!.on}, upper end ${j.value!.toFixed(2)} > ${j.budget!.max})`,
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
