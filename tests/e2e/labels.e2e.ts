// The subject of a tour step carries its name, on screen and on the exported slide: the Huangpu and Suzhou Creek,
// the central activity zone, the rail lines and hubs (a line named along its course); and the names near a
// highlighted place stay legible: the highlight's fill is drawn under the labels, not over them.

import { describe, expect, it } from 'vitest';
import { readJson, useApp, type App, type AppOptions } from './app';

const { withApp } = useApp();
const tour = readJson<{ steps: { highlight: string[] }[] }>('content/shanghai-14fyp/tours/overview.json');

/** The places the issue found unlabelled, by step. */
const NAMED: Record<number, string[]> = {
  2: ['caz'],
  3: ['river-huangpu', 'river-suzhou-creek'],
  11: [
    'hub-hongqiao',
    'hub-pudong',
    'hub-songjiang',
    'rail-jiamin',
    'rail-lianggang-express',
    'rail-airport-link',
    'rail-nanfeng',
    'metro-chongming',
  ],
};

const LABEL_LAYERS = ['place-labels', 'place-labels-strong', 'place-labels-strong-lines'];
/** The district labels' own grey (#6e6a62). */
const DISTRICT_GREY: [number, number, number] = [110, 106, 98];

const step = (n: number): AppOptions => ({
  lang: 'zh',
  hash: `#/tour/overview/${n}`,
  context: { reducedMotion: 'reduce' },
});

/** Waits for the step with its labels placed and its camera still, and for the map to have drawn it. */
async function stepShown(app: App, n: number): Promise<void> {
  await app.page.locator('#map[data-labels="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  await app.page.locator(`.tour[data-step="${n}"]`).waitFor();
  await app.tour.still(n);
  await app.drawn();
}

/** Exports the step as a 1920×1080 PNG: the places labelled on it. */
async function labelledOnSlide(app: App): Promise<string[]> {
  await app.export.open();
  await app.export.download();
  const slide = await app.export.slide();
  await app.export.cancel();
  return slide.labelled ?? [];
}

describe('the subject of a step is labelled', () => {
  for (const n of [2, 3, 11]) {
    it(`step ${n}: its places named on screen and on the slide`, () =>
      withApp(step(n), async (app) => {
        await stepShown(app, n);
        const subject = tour.steps[n - 1]!.highlight;
        const named = NAMED[n]!;
        const unlabelled = (where: string[]) => named.filter((id) => !where.includes(id));
        const shown = (where: string[]) => subject.filter((id) => where.includes(id)).length;
        const screen = await app.labelled(LABEL_LAYERS);
        expect(unlabelled(screen), 'unlabelled on screen').toEqual([]);
        // Most of the rest too (two names on one spot cannot both be shown).
        expect(shown(screen)).toBeGreaterThanOrEqual(subject.length / 2);
        const slide = await labelledOnSlide(app);
        expect(unlabelled(slide), 'unlabelled on the slide').toEqual([]);
        expect(shown(slide)).toBeGreaterThanOrEqual(subject.length / 2);
        expect(app.errors).toEqual([]);
      }));
  }
});

describe('names near a highlighted place', () => {
  it('a district name inside the highlighted central activity zone keeps its own colour', () =>
    withApp(step(2), async (app) => {
      const { page } = app;
      await stepShown(app, 2);
      // Where the map shows the name 黄浦区 (inside the zone), on the page.
      const at = await page.evaluate(() => {
        const m = (
          window as unknown as {
            __map: {
              queryRenderedFeatures(o: { layers: string[] }): {
                properties: { name?: string };
                geometry: { coordinates: [number, number] };
              }[];
            };
          }
        ).__map;
        const f = m
          .queryRenderedFeatures({ layers: ['district-labels'] })
          .find((x) => x.properties.name === '黄浦区');
        return f ? f.geometry.coordinates : null;
      });
      expect(at, 'the district name is shown').not.toBeNull();
      const p = await app.point(...at!);
      const png = await page.screenshot({ clip: { x: p.x - 45, y: p.y - 22, width: 90, height: 44 } });
      // Pixels of the district labels' own grey: the name drawn over the zone's fill, not veiled by it.
      const { near } = await app.imageStats(png, { rgb: DISTRICT_GREY, tolerance: 16 });
      expect(near).toBeGreaterThan(20);
      expect(app.errors).toEqual([]);
    }));
});
