// A link opened fresh draws what it says: a share link's `layers=`, a tour step's layers and a reload's hidden
// themes are what the map draws (MapLibre's rendered places and labels, and their layers' filters), not only what
// the legend ticks.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

interface MapHandle {
  getStyle(): { layers: { id: string }[] };
  queryRenderedFeatures(o: { layers: string[] }): { properties: { theme?: string } }[];
}

/** The themes of the places the map draws now (its place layers and the place labels), sorted. */
const drawnThemes = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __map: MapHandle }).__map;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => id.startsWith('places-') || id === 'place-labels');
    const themes = map.queryRenderedFeatures({ layers }).map((f) => f.properties.theme ?? '');
    return [...new Set(themes)].sort();
  });

/** The themes the legend ticks, sorted. */
const tickedThemes = (page: Page) =>
  page.locator('.legend input[data-layer]').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLInputElement).checked)
      .map((e) => e.getAttribute('data-layer') ?? '')
      .sort(),
  );

/** After the ready signal and the labels: the map's drawing has settled on what the start asked for. */
async function settled(page: Page): Promise<void> {
  await waitForMapReady(page);
  await page.locator('#map[data-labels="true"]').waitFor({ state: 'attached', timeout: 60_000 });
}

const POLL = { timeout: 15_000 };

describe('a link opened fresh draws the layers it names', () => {
  it('a share link with layers= draws only those themes', async () => {
    const s = await openPage(browser(), `${appUrl}#/?map=11/31.23/121.47&layers=water,ecology`);
    await settled(s.page);
    await expect(tickedThemes(s.page)).resolves.toEqual(['ecology', 'water']);
    await expect.poll(() => drawnThemes(s.page), POLL).toEqual(['ecology', 'water']);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it("a tour step's link draws only the step's themes", async () => {
    // Step 2 of the built-in tour shows the centre theme alone, in the main city where every theme has places.
    const s = await openPage(browser(), `${appUrl}?lang=zh#/tour/overview/2`);
    await settled(s.page);
    await s.page.locator('.tour[data-state="ready"]').waitFor();
    await expect.poll(() => tickedThemes(s.page), POLL).toEqual(['centre']);
    await expect.poll(() => drawnThemes(s.page), POLL).toEqual(['centre']);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a reload keeps drawing the themes switched off before it', async () => {
    const s = await openPage(browser(), `${appUrl}#/?map=11/31.23/121.47`);
    await settled(s.page);
    await expect.poll(() => drawnThemes(s.page), POLL).toContain('rail');
    await s.page.locator('.legend input[data-layer="rail"]').uncheck();
    await expect.poll(() => new URL(s.page.url()).hash).toMatch(/layers=(?![^&]*\brail\b)/);
    await expect.poll(() => drawnThemes(s.page), POLL).not.toContain('rail');
    const before = await drawnThemes(s.page);
    await s.page.reload();
    await settled(s.page);
    await expect(s.page.locator('.legend input[data-layer="rail"]').isChecked()).resolves.toBe(false);
    await expect.poll(() => drawnThemes(s.page), POLL).toEqual(before);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it("a tour step reloaded draws the step's themes, and leaving the tour draws every theme", async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/tour/overview/3`);
    await settled(s.page);
    await s.page.locator('.tour[data-state="ready"]').waitFor();
    await expect.poll(() => new URL(s.page.url()).hash, POLL).toMatch(/layers=centre,water(&|$)/);
    await s.page.reload();
    await settled(s.page);
    await s.page.locator('.tour[data-state="ready"]').waitFor();
    await expect.poll(() => drawnThemes(s.page), POLL).toEqual(['centre', 'water']);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => tickedThemes(s.page), POLL).toContain('rail');
    await expect.poll(() => drawnThemes(s.page), POLL).toContain('rail');
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
