// Image export as a user meets it: choose a size, download the PNG; the file has exactly the pixels asked for and
// shows the map (the basemap and the plan's layers), not a blank or the furniture alone.

import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes the PNG in the page and looks at a band of the image where no furniture is drawn (below the title, right
 * of the legend, above the footer and the scale bar): how many different colours, and how many pixels of a theme's
 * colour (drawn by deck.gl, on a canvas of its own).
 */
async function inspect(page: Page, bytes: Buffer, rgb: [number, number, number]) {
  return page.evaluate(
    async ([b64, [r, g, b]]) => {
      // (no fetch of a data: URL: the page's Content-Security-Policy does not allow it)
      const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
      const img = await createImageBitmap(blob);
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const x0 = Math.round(img.width * 0.2);
      const y0 = Math.round(img.height * 0.33);
      const w = Math.round(img.width * 0.65);
      const hh = Math.round(img.height * 0.28);
      const data = ctx.getImageData(x0, y0, w, hh).data;
      const colours = new Set<number>();
      let theme = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [pr, pg, pb] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add((pr << 16) | (pg << 8) | pb);
        if (Math.abs(pr - r) < 40 && Math.abs(pg - g) < 40 && Math.abs(pb - b) < 40) theme++;
      }
      return { colours: colours.size, theme, pixels: data.length / 4 };
    },
    [bytes.toString('base64'), rgb] as const,
  );
}

async function exportAt(page: Page, sizeId: string): Promise<Buffer> {
  await page.locator('.tour-export').click();
  const dialog = page.locator('.export-dialog');
  await dialog.waitFor();
  await dialog.locator(`input[name="export-size"][value="${sizeId}"]`).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.locator('.export-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^shanghai-14fyp-overview-8-\d+x\d+\.png$/);
  const bytes = fs.readFileSync(await download.path());
  await expect.poll(() => dialog.locator('.export-status').innerText()).toMatch(/Saved: PNG/);
  await dialog.locator('.export-cancel').click();
  return bytes;
}

describe('image export', () => {
  it('a 1920×1080 PNG of the step: exact size, the map and its highlighted towns in it, and the view back as it was', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/tour/overview/8`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    const before = await page.evaluate(() => {
      const m = (window as unknown as { __map: { getZoom(): number; getCanvas(): HTMLCanvasElement } }).__map;
      return { zoom: m.getZoom(), width: m.getCanvas().clientWidth };
    });

    const bytes = await exportAt(page, '1920x1080');
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    // A blank 1920×1080 PNG is a few KB; a map is far more.
    expect(bytes.length).toBeGreaterThan(150_000);
    const seen = await inspect(page, bytes, [179, 124, 0]); // the new towns' orange (src/map/themes.ts)
    expect(seen.colours).toBeGreaterThan(200);
    expect(seen.theme).toBeGreaterThan(1500); // the towns drawn by deck.gl, not only their labels

    // The map on screen is as it was.
    const after = await page.evaluate(() => {
      const m = (window as unknown as { __map: { getZoom(): number; getCanvas(): HTMLCanvasElement } }).__map;
      return { zoom: m.getZoom(), width: m.getCanvas().clientWidth };
    });
    expect(after.width).toBe(before.width);
    expect(after.zoom).toBeCloseTo(before.zoom, 3);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('A4 landscape at 200 dpi is 2339×1654 pixels', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/tour/overview/8`);
    await waitForMapReady(s.page);
    await s.page.locator('.tour[data-state="ready"]').waitFor();
    const bytes = await exportAt(s.page, 'a4');
    expect(pngSize(bytes)).toEqual({ width: 2339, height: 1654 });
    const seen = await inspect(s.page, bytes, [179, 124, 0]);
    expect(seen.colours).toBeGreaterThan(200);
    expect(seen.theme).toBeGreaterThan(1500); // the towns drawn by deck.gl, not only their labels
    await s.close();
  });

  it('keeps the keyboard in the dialog: Tab and Shift+Tab go round its controls, Esc closes it', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en`);
    await waitForMapReady(s.page);
    await s.page.locator('.export-link').click();
    const dialog = s.page.locator('.export-dialog');
    await dialog.waitFor();
    const focusIn = () =>
      s.page.evaluate(() => {
        const a = document.activeElement;
        return a && a !== document.body && a.closest('.export-dialog') ? a.className || a.tagName : null;
      });
    await expect.poll(focusIn).not.toBeNull();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await s.page.keyboard.press('Tab');
      const f = await focusIn();
      expect(f).not.toBeNull();
      seen.add(f!);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4); // the sizes, the title, and the three buttons: it went round
    for (let i = 0; i < 12; i++) {
      await s.page.keyboard.press('Shift+Tab');
      expect(await focusIn()).not.toBeNull();
    }
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await s.close();
  });
});
