// Image export as a user meets it: choose a size, download the PNG; the file has exactly the pixels asked for and
// shows the map (the basemap and the plan's layers), not a blank or the furniture alone.

import { describe, expect, it } from 'vitest';
import { useApp, type App } from './app';

const { withApp } = useApp();
const TOUR_STEP = { lang: 'en', hash: '#/tour/overview/8' } as const;
/** The new towns' orange (src/map/themes.ts). */
const NEW_TOWNS: [number, number, number] = [179, 124, 0];

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Exports the tour's step at a size through the dialog, and closes it: the file's bytes. */
async function exportAt(app: App, sizeId: string): Promise<Buffer> {
  await app.export.open();
  const { name, bytes } = await app.export.download(sizeId);
  expect(name).toMatch(/^shanghai-14fyp-overview-8-\d+x\d+\.png$/);
  await expect.poll(() => app.export.status.innerText()).toMatch(/Saved: PNG/);
  await app.export.cancel();
  return bytes;
}

/**
 * The map in the image: a band where no furniture is drawn (below the title, right of the legend, above the footer
 * and the scale bar) has many colours, and the new towns drawn by deck.gl (on a canvas of its own), not only their
 * labels.
 */
async function expectMapIn(app: App, bytes: Buffer): Promise<void> {
  const { width, height } = pngSize(bytes);
  const region = {
    x: Math.round(width * 0.2),
    y: Math.round(height * 0.33),
    width: Math.round(width * 0.65),
    height: Math.round(height * 0.28),
  };
  const seen = await app.imageStats(bytes, { region, rgb: NEW_TOWNS, tolerance: 40 });
  expect(seen.colours).toBeGreaterThan(200);
  expect(seen.near).toBeGreaterThan(1500);
}

const mapView = (app: App) =>
  app.page.evaluate(() => {
    const m = (window as unknown as { __map: { getZoom(): number; getCanvas(): HTMLCanvasElement } }).__map;
    return { zoom: m.getZoom(), width: m.getCanvas().clientWidth };
  });

describe('image export', () => {
  it('a 1920×1080 PNG of the step: exact size, the map and its highlighted towns in it, and the view back as it was', () =>
    withApp(TOUR_STEP, async (app) => {
      await app.tour.ready();
      const before = await mapView(app);
      const bytes = await exportAt(app, '1920x1080');
      expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
      // A blank 1920×1080 PNG is a few KB; a map is far more.
      expect(bytes.length).toBeGreaterThan(150_000);
      await expectMapIn(app, bytes);
      // The map on screen is as it was.
      const after = await mapView(app);
      expect(after.width).toBe(before.width);
      expect(after.zoom).toBeCloseTo(before.zoom, 3);
      expect(app.errors).toEqual([]);
    }));

  it('A4 landscape at 200 dpi is 2339×1654 pixels', () =>
    withApp(TOUR_STEP, async (app) => {
      await app.tour.ready();
      const bytes = await exportAt(app, 'a4');
      expect(pngSize(bytes)).toEqual({ width: 2339, height: 1654 });
      await expectMapIn(app, bytes);
    }));

  it('keeps the keyboard in the dialog: Tab and Shift+Tab go round its controls, Esc closes it', () =>
    withApp({ lang: 'en' }, async (app) => {
      const { page } = app;
      await app.export.open();
      const focusIn = () =>
        page.evaluate(() => {
          const a = document.activeElement;
          return a && a !== document.body && a.closest('.export-dialog') ? a.className || a.tagName : null;
        });
      await expect.poll(focusIn).not.toBeNull();
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const f = await focusIn();
        expect(f).not.toBeNull();
        seen.add(f!);
      }
      expect(seen.size).toBeGreaterThanOrEqual(4); // the sizes, the title, and the three buttons: it went round
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Shift+Tab');
        expect(await focusIn()).not.toBeNull();
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => app.export.dialog.count()).toBe(0);
    }));
});
