// Every step of the built-in tour shows its subject: on screen, the step's places lie clear of the caption card, the
// toolbar, the legend and the map's controls; on the exported slide, clear of the title box, the footer, the legend
// and the scale bar, and the legend's words stay inside its box. (A step's subject is its highlighted places; an
// overview with none keeps its own view.)

import { bbox, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readJson, useApp, type App, type Region } from './app';

const { withApp } = useApp();

interface Step {
  title: string;
  highlight: string[];
}
const tour = readJson<{ steps: Step[] }>('content/shanghai-14fyp/tours/overview.json');
const places = readJson<FeatureCollection>('dist/data/shanghai-14fyp/features.geojson');

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

const overlaps = (a: Region, b: Region) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (outer: Region, r: Region) =>
  r.x >= outer.x - 0.5 &&
  r.y >= outer.y - 0.5 &&
  r.x + r.width <= outer.x + outer.width + 0.5 &&
  r.y + r.height <= outer.y + outer.height + 0.5;

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

/** Exports the step as a 1920×1080 PNG through the dialog: the file, and where its layout put everything. */
async function exportSlide(app: App) {
  await app.export.open();
  const { bytes } = await app.export.download('1920x1080');
  const slide = await app.export.slide();
  await app.export.cancel();
  return { png: bytes, slide };
}

/**
 * The lightest a pixel gets in a strip just inside the legend box's right edge (the box is near-white; text that
 * runs to the edge or over it is dark): the strip's darkest channel.
 */
async function legendEdgeDarkest(app: App, png: Buffer, r: Region): Promise<number> {
  const region = {
    x: Math.round(r.x + r.width - 10),
    y: Math.round(r.y + 12),
    width: 7,
    height: Math.round(r.height - 24),
  };
  return (await app.imageStats(png, { region })).darkest;
}

describe('slides show their subject', () => {
  it('every step of the built-in tour: its places clear of the card on screen and of the furniture on the slide', () =>
    withApp({ lang: 'zh', hash: '#/tour/overview/1', context: { reducedMotion: 'reduce' } }, async (app) => {
      const { page } = app;
      await app.tour.ready();
      for (let n = 1; n <= tour.steps.length; n++) {
        const step = tour.steps[n - 1]!;
        if (n > 1) await page.keyboard.press('ArrowRight');
        await app.tour.still(n);
        await app.settled();
        const bounds = subjectBounds(step);

        if (bounds) {
          const screen = await onScreen(page, bounds);
          expect(inside(screen.map, screen.subject), `step ${n} on screen: within the map`).toBe(true);
          for (const o of screen.over)
            expect(overlaps(o, screen.subject), `step ${n} on screen: clear of ${o.sel}`).toBe(false);
        }

        const { png, slide } = await exportSlide(app);
        expect([slide.width, slide.height]).toEqual([1920, 1080]);
        expect(slide.subject === null, `step ${n}: a subject on the slide when the step has one`).toBe(
          !bounds,
        );
        if (slide.subject) {
          const subject = slide.subject;
          const whole = { x: 0, y: 0, width: 1920, height: 1080 };
          expect(inside(whole, subject), `step ${n}: within the slide`).toBe(true);
          for (const k of ['title', 'legend', 'scale', 'footer'] as const)
            expect(overlaps(slide[k], subject), `step ${n} on the slide: clear of the ${k}`).toBe(false);
        }
        // The legend's words end inside its box: near its right edge, only the box's white.
        expect(
          await legendEdgeDarkest(app, png, slide.legend),
          `step ${n}: legend text in its box`,
        ).toBeGreaterThan(200);
        await app.settled();
      }
      expect(app.errors).toEqual([]);
    }));
});
