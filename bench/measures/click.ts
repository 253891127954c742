// Click to panel: a click on a place to its card drawn, over a fixed set of places, timed in the page.

import fs from 'node:fs';
import path from 'node:path';
import { bbox, pointOnFeature } from '@turf/turf';
import { buildHitIndex, hitTest } from '../../src/map/hit-test';
import type { PlaceFeature } from '../../src/data/types';
import type { PlanManifest } from '../../src/data/plan-manifest';
import { appRow, DEFAULT_PLAN_ID, load, ROOTS, untilSure, type Measure, type Page } from '../common';
import { STOPS } from '../settings';
import { bootstrap, quantile } from '../stats';

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

/** Centres the map on a target, clicks the map's centre, and returns the time to the card and the card's place. */
async function clickOnce(page: Page, id: string): Promise<{ ms: number; got: string | null }> {
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
  return {
    ms: await page.evaluate<number>('window.__clickMs'),
    got: await card.getAttribute('data-place-id'),
  };
}

/** One warm-up round over the targets, then rounds (one click on each target) until the p95 is sure. */
export const clickToPanel: Measure = async (ctx) => {
  const missed: string[] = [];
  const { session } = await load(ctx, 'app');
  const round = async (): Promise<number[]> => {
    const ms: number[] = [];
    for (const id of CLICK_TARGETS) {
      const r = await clickOnce(session.page, id);
      if (r.got !== id) missed.push(`${id} (got ${r.got})`);
      ms.push(r.ms);
    }
    return ms;
  };
  await round();
  const clicks: number[][] = [];
  const p = (q: number) => (s: readonly number[][]) => quantile(s.flat(), q);
  const rounds = await untilSure(
    ctx,
    STOPS.clickToPanel,
    async () => void clicks.push(await round()),
    () => bootstrap(clicks, p(0.95)),
  );
  await session.close();
  if (missed.length)
    console.warn(`  click: picked another place than aimed at: ${[...new Set(missed)].join(', ')}`);
  return {
    section: 'click',
    details: { targets: CLICK_TARGETS, rounds, ms: clicks, missed },
    rounds,
    rows: [
      appRow('click to panel, p50', 'ms', clicks, p(0.5)),
      appRow('click to panel, p95', 'ms', clicks, p(0.95)),
    ],
  };
};
