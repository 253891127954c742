// The plan's geography as a user meets it: hover a place for its names, click it for its card, switch a theme off.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { hoverAt, openPage, screenPoint, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

/** A vertex of a place's geometry, in the middle of its coordinates (on the line itself for a line). */
async function pointOf(page: Page, id: string): Promise<[number, number]> {
  return page.evaluate(async (placeId) => {
    const res = await fetch('data/shanghai-14fyp/features.geojson');
    const fc = (await res.json()) as {
      features: { properties: { id: string }; geometry: { coordinates: unknown } }[];
    };
    const f = fc.features.find((x) => x.properties.id === placeId);
    const flat = JSON.stringify(f?.geometry.coordinates).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [];
    const mid = flat[Math.floor(flat.length / 2)] ?? '0,0';
    return mid.split(',').map(Number) as [number, number];
  }, id);
}

describe('places on the map', () => {
  it('shows the names of a hovered place and its card on click', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/?map=11/31.23/121.47`);
    await waitForMapReady(s.page);
    const [lon, lat] = await pointOf(s.page, 'metro-14');
    await hoverAt(s.page, lon, lat);
    const tip = s.page.locator('.map-tooltip');
    // Its status today (opened on 30 December 2021); other dates: tests/e2e/timeline.e2e.ts.
    await expect.poll(() => tip.innerText()).toMatch(/^Metro Line 14\n14号线\n.*existing/);
    const p = await screenPoint(s.page, lon, lat);
    await s.page.mouse.click(p.x, p.y);
    const card = s.page.locator('.place-card[data-place-id="metro-14"]');
    await card.waitFor();
    await expect(card.innerText()).resolves.toMatch(
      /under construction[\s\S]*approximate right place and shape/,
    );
    expect(new URL(s.page.url()).hash).toMatch(/^#\/place\/metro-14\?/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('stops answering the pointer once its theme is switched off, and says so in the URL', async () => {
    const s = await openPage(browser(), `${appUrl}#/?map=11/31.23/121.47`);
    await waitForMapReady(s.page);
    const [lon, lat] = await pointOf(s.page, 'metro-14');
    await hoverAt(s.page, lon, lat);
    const tip = s.page.locator('.map-tooltip');
    await expect.poll(() => tip.innerText()).toMatch(/14号线/);
    // What the map draws of the theme: its places are on screen, then none of them once it is off.
    const railDrawn = () =>
      s.page.evaluate(
        () =>
          (
            window as unknown as {
              __map: {
                queryRenderedFeatures(): { layer: { id: string }; properties: { theme?: string } }[];
              };
            }
          ).__map
            .queryRenderedFeatures()
            .filter((f) => f.layer.id.startsWith('places-') && f.properties.theme === 'rail').length,
      );
    expect(await railDrawn()).toBeGreaterThan(0);
    await s.page.locator('.legend input[data-layer="rail"]').uncheck();
    await expect.poll(() => new URL(s.page.url()).hash).toMatch(/layers=(?![^&]*\brail\b)/);
    await expect.poll(railDrawn).toBe(0);
    await hoverAt(s.page, lon + 0.001, lat);
    await hoverAt(s.page, lon, lat);
    await expect
      .poll(() => tip.isVisible().then(async (v) => (v ? await tip.innerText() : '')))
      .not.toMatch(/14号线/);
    await s.close();
  });

  it('restores hidden layers from the URL', async () => {
    const s = await openPage(browser(), `${appUrl}#/?map=11/31.23/121.47&layers=water,ecology`);
    await waitForMapReady(s.page);
    await expect(s.page.locator('.legend input[data-layer="rail"]').isChecked()).resolves.toBe(false);
    await expect(s.page.locator('.legend input[data-layer="water"]').isChecked()).resolves.toBe(true);
    await s.close();
  });

  it('finds a place by its English name and brings it into view', async () => {
    const s = await openPage(browser(), appUrl);
    await waitForMapReady(s.page);
    await s.page.locator('#search').fill('Metro Line 14');
    const first = s.page.locator('#search-results .search-hit').first();
    await expect.poll(() => first.getAttribute('data-hit-id')).toBe('metro-14');
    await s.page.locator('#search').press('Enter');
    await s.page.locator('.place-card[data-place-id="metro-14"]').waitFor();
    await s.close();
  });
});
