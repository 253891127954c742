// The subject of a tour step carries its name, on screen and on the exported slide: the Huangpu and Suzhou Creek,
// the central activity zone, the rail lines and hubs (a line named along its course); and the names near a
// highlighted place stay legible: the highlight's fill is drawn under the labels, not over them.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();
const tour = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../content/shanghai-14fyp/tours/overview.json'),
    'utf8',
  ),
) as { steps: { highlight: string[] }[] };

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

/** The map has drawn everything it was asked to, its labels placed (the next idle after a repaint). */
async function drawn(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (
          window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }
        ).__map;
        m.once('idle', resolve);
        m.triggerRepaint();
      }),
  );
}

/** The places whose names the map shows now. */
const labelledOnScreen = (page: Page) =>
  page.evaluate((layers) => {
    const m = (
      window as unknown as {
        __map: {
          getLayer(id: string): unknown;
          queryRenderedFeatures(o: { layers: string[] }): { properties: { id?: string } }[];
        };
      }
    ).__map;
    const present = layers.filter((id) => m.getLayer(id));
    return [...new Set(m.queryRenderedFeatures({ layers: present }).map((f) => f.properties.id ?? ''))];
  }, LABEL_LAYERS);

async function openStep(n: number) {
  const s = await openPage(browser(), `${appUrl}?lang=zh#/tour/overview/${n}`, undefined, {
    reducedMotion: 'reduce',
  });
  await waitForMapReady(s.page);
  await s.page.locator('#map[data-labels="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  await s.page.locator(`.tour[data-step="${n}"]`).waitFor();
  return s;
}

/** Exports the step as a 1920×1080 PNG: the places labelled on it. */
async function labelledOnSlide(page: Page): Promise<string[]> {
  await page.locator('.tour-export').click();
  const dialog = page.locator('.export-dialog');
  await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.locator('.export-download').click(),
  ]);
  await expect.poll(() => dialog.getAttribute('data-slide')).toBeTruthy();
  const slide = JSON.parse((await dialog.getAttribute('data-slide'))!) as { labelled?: string[] };
  await dialog.locator('.export-cancel').click();
  return slide.labelled ?? [];
}

describe('the subject of a step is labelled', () => {
  for (const n of [2, 3, 11]) {
    it(`step ${n}: its places named on screen and on the slide`, async () => {
      const s = await openStep(n);
      const { page } = s;
      await page.locator(`.tour[data-step="${n}"][data-camera="still"]`).waitFor({ state: 'attached' });
      await drawn(page);
      const subject = tour.steps[n - 1]!.highlight;
      const named = NAMED[n]!;
      const screen = await labelledOnScreen(page);
      expect(
        named.filter((id) => !screen.includes(id)),
        'unlabelled on screen',
      ).toEqual([]);
      // Most of the rest too (two names on one spot cannot both be shown).
      expect(subject.filter((id) => screen.includes(id)).length).toBeGreaterThanOrEqual(subject.length / 2);
      const slide = await labelledOnSlide(page);
      expect(
        named.filter((id) => !slide.includes(id)),
        'unlabelled on the slide',
      ).toEqual([]);
      expect(subject.filter((id) => slide.includes(id)).length).toBeGreaterThanOrEqual(subject.length / 2);
      expect(s.errors).toEqual([]);
      await s.close();
    });
  }
});

describe('names near a highlighted place', () => {
  it('a district name inside the highlighted central activity zone keeps its own colour', async () => {
    const s = await openStep(2);
    const { page } = s;
    await page.locator('.tour[data-step="2"][data-camera="still"]').waitFor({ state: 'attached' });
    await drawn(page);
    // Where the map shows the name 黄浦区 (inside the zone), on the page.
    const at = await page.evaluate(() => {
      const m = (
        window as unknown as {
          __map: {
            queryRenderedFeatures(o: { layers: string[] }): {
              properties: { name?: string };
              geometry: { coordinates: [number, number] };
            }[];
            project(p: [number, number]): { x: number; y: number };
          };
        }
      ).__map;
      const f = m
        .queryRenderedFeatures({ layers: ['district-labels'] })
        .find((x) => x.properties.name === '黄浦区');
      if (!f) return null;
      const box = document.getElementById('map')!.getBoundingClientRect();
      const p = m.project(f.geometry.coordinates);
      return { x: box.left + p.x, y: box.top + p.y };
    });
    expect(at, 'the district name is shown').not.toBeNull();
    const png = await page.screenshot({ clip: { x: at!.x - 45, y: at!.y - 22, width: 90, height: 44 } });
    // Pixels of the district labels' own grey (#6e6a62): the name drawn over the zone's fill, not veiled by it.
    const own = await page.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
      const img = await createImageBitmap(blob);
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i]! - 110) < 16 && Math.abs(d[i + 1]! - 106) < 16 && Math.abs(d[i + 2]! - 98) < 16)
          n++;
      return n;
    }, png.toString('base64'));
    expect(own).toBeGreaterThan(20);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
