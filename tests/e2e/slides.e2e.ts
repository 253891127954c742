// Every step of the built-in tour shows its subject: on screen, the step's places lie clear of the caption card, the
// toolbar, the legend and the map's controls; on the exported slide, clear of the title box, the footer, the legend
// and the scale bar, and the legend's words stay inside its box. (A step's subject is its highlighted places; an
// overview with none keeps its own view.)

import fs from 'node:fs';
import path from 'node:path';
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();
const ROOT = path.resolve(import.meta.dirname, '../..');

interface Step {
  title: string;
  highlight: string[];
}
const tour = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'content/shanghai-14fyp/tours/overview.json'), 'utf8'),
) as { steps: Step[] };
const places = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'dist/data/shanghai-14fyp/features.geojson'), 'utf8'),
) as FeatureCollection;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bounds [west, south, east, north] of a step's subject; null for an overview without one. */
function subjectBounds(step: Step): [number, number, number, number] | null {
  if (!step.highlight.length) return null;
  const chosen = places.features.filter((f: Feature) =>
    step.highlight.includes((f.properties as { id: string }).id),
  );
  expect(chosen).toHaveLength(step.highlight.length);
  const [w, s, e, n] = bbox(featureCollection(chosen));
  return [w, s, e, n];
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (outer: Rect, r: Rect) =>
  r.x >= outer.x - 0.5 &&
  r.y >= outer.y - 0.5 &&
  r.x + r.width <= outer.x + outer.width + 0.5 &&
  r.y + r.height <= outer.y + outer.height + 0.5;

/** The map has come to rest (a step's camera applied, its tiles drawn). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const m = (window as unknown as { __map: { isMoving(): boolean; loaded(): boolean } }).__map;
    return !m.isMoving() && m.loaded();
  });
}

/** On screen: the subject's box on the map, and the boxes of what lies over the map, in page pixels. */
function onScreen(page: Page, b: [number, number, number, number]) {
  return page.evaluate((bounds) => {
    const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
      .__map;
    const box = document.getElementById('map')!.getBoundingClientRect();
    const nw = map.project([bounds[0], bounds[3]]);
    const se = map.project([bounds[2], bounds[1]]);
    const rect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const over = [
      '.tour-card',
      '.tour-toolbar',
      'details.legend',
      '.maplibregl-ctrl-top-right',
      '.maplibregl-ctrl-bottom-left',
      '.maplibregl-ctrl-bottom-right',
    ].flatMap((sel) =>
      [...document.querySelectorAll(sel)].map((el) => ({ sel, ...rect(el.getBoundingClientRect()) })),
    );
    return {
      map: rect(box),
      subject: { x: box.x + nw.x, y: box.y + nw.y, width: se.x - nw.x, height: se.y - nw.y },
      over: over.filter((o) => o.width > 0 && o.height > 0),
    };
  }, b);
}

interface Slide {
  width: number;
  height: number;
  title: Rect;
  legend: Rect;
  scale: Rect;
  footer: Rect;
  subject: Rect | null;
}

/** Exports the step as a 1920×1080 PNG through the dialog: the file, and where its layout put everything. */
async function exportSlide(page: Page): Promise<{ png: Buffer; slide: Slide }> {
  await page.locator('.tour-export').click();
  const dialog = page.locator('.export-dialog');
  await dialog.locator('input[name="export-size"][value="1920x1080"]').check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.locator('.export-download').click(),
  ]);
  const png = fs.readFileSync(await download.path());
  await expect.poll(() => dialog.getAttribute('data-slide')).toBeTruthy();
  const slide = JSON.parse((await dialog.getAttribute('data-slide'))!) as Slide;
  await dialog.locator('.export-cancel').click();
  return { png, slide };
}

/**
 * The lightest a pixel gets in a strip just inside the legend box's right edge (the box is near-white; text that
 * runs to the edge or over it is dark): the strip's darkest channel.
 */
function legendEdgeDarkest(page: Page, png: Buffer, legend: Rect) {
  return page.evaluate(
    async ([b64, r]) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
      const img = await createImageBitmap(blob);
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const x = Math.round(r.x + r.width - 10);
      const data = ctx.getImageData(x, Math.round(r.y + 12), 7, Math.round(r.height - 24)).data;
      let darkest = 255;
      for (let i = 0; i < data.length; i += 4)
        darkest = Math.min(darkest, data[i]!, data[i + 1]!, data[i + 2]!);
      return darkest;
    },
    [png.toString('base64'), legend] as const,
  );
}

describe('slides show their subject', () => {
  it('every step of the built-in tour: its places clear of the card on screen and of the furniture on the slide', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/tour/overview/1`, undefined, {
      reducedMotion: 'reduce',
    });
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    for (let n = 1; n <= tour.steps.length; n++) {
      const step = tour.steps[n - 1]!;
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.locator(`.tour[data-step="${n}"][data-camera="still"]`).waitFor({ state: 'attached' });
      await settled(page);
      const bounds = subjectBounds(step);

      if (bounds) {
        const screen = await onScreen(page, bounds);
        expect(inside(screen.map, screen.subject), `step ${n} on screen: within the map`).toBe(true);
        for (const o of screen.over)
          expect(overlaps(o, screen.subject), `step ${n} on screen: clear of ${o.sel}`).toBe(false);
      }

      const { png, slide } = await exportSlide(page);
      expect([slide.width, slide.height]).toEqual([1920, 1080]);
      expect(slide.subject === null, `step ${n}: a subject on the slide when the step has one`).toBe(!bounds);
      if (slide.subject) {
        const subject = slide.subject;
        const whole = { x: 0, y: 0, width: 1920, height: 1080 };
        expect(inside(whole, subject), `step ${n}: within the slide`).toBe(true);
        for (const k of ['title', 'legend', 'scale', 'footer'] as const)
          expect(overlaps(slide[k], subject), `step ${n} on the slide: clear of the ${k}`).toBe(false);
      }
      // The legend's words end inside its box: near its right edge, only the box's white.
      expect(
        await legendEdgeDarkest(page, png, slide.legend),
        `step ${n}: legend text in its box`,
      ).toBeGreaterThan(200);
      await settled(page);
    }
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
