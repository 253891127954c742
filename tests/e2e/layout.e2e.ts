// The layout as a reader meets it: on a phone the header is one row whose tools open from a menu and nothing runs
// off the screen, and an open place leaves at least 40% of the screen to the map; on a desktop, a place chosen is
// fitted into the part of the map that the legend, the places-in-view list and the panel leave free.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();
const PHONE = { width: 390, height: 844 };
const TOUCH = { hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

/** The share of points of the screen (an 8-px grid) where the map's canvas is what a finger would touch. */
function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#map canvas');
    let on = 0;
    let all = 0;
    for (let x = 4; x < innerWidth; x += 8)
      for (let y = 4; y < innerHeight; y += 8) {
        all++;
        if (document.elementFromPoint(x, y) === canvas) on++;
      }
    return on / all;
  });
}

/** The header's visible controls that reach past the screen's right edge, and the header's rows. */
function header(page: Page): Promise<{ outside: string[]; rows: number; height: number }> {
  return page.evaluate(() => {
    const els = [
      ...document.querySelectorAll<HTMLElement>('.app-header :is(button, a, input, summary)'),
    ].filter((e) => e.getBoundingClientRect().width > 0);
    const tops = new Set(els.map((e) => Math.round(e.getBoundingClientRect().top / 10)));
    return {
      outside: els
        .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
        .map((e) => (e.textContent ?? '').trim()),
      rows: tops.size,
      height: document.querySelector('.app-header')!.getBoundingClientRect().height,
    };
  });
}

describe('on a phone (390×844)', () => {
  it.each(['zh', 'en'])(
    '%s: the header is one row, its tools in a menu, none off the screen',
    async (lang) => {
      const s = await openPage(browser(), `${appUrl}?lang=${lang}#/place/new-town-jiading`, PHONE, TOUCH);
      const { page } = s;
      await waitForMapReady(page);
      await page.locator('.place-card').waitFor();
      const before = await header(page);
      expect(before.outside).toEqual([]);
      expect(before.rows).toBe(1);
      expect(before.height).toBeLessThan(70);

      // The map under an open place: at least 40% of the screen.
      const share = await mapShare(page);
      console.log(`phone map share under an open place (${lang}): ${share.toFixed(3)}`);
      expect(share).toBeGreaterThanOrEqual(0.4);

      // The menu opens the tools, each on the screen; one chosen closes it.
      const toggle = page.locator('.tools-toggle');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.locator('.tools-list .compare-link').isVisible()).resolves.toBe(false);
      await toggle.tap();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const boxes = await page
        .locator('.tools-list > :is(button, details)')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(PHONE.width);
        expect(b.height).toBeGreaterThanOrEqual(43.5);
      }
      await page.keyboard.press('Escape');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await toggle.tap();
      await page.locator('.tools-list .compare-link').tap();
      await page.locator('.cmp[data-state="ready"]').waitFor();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      expect((await header(page)).outside).toEqual([]);
      expect(s.errors).toEqual([]);
      await s.close();
    },
  );
});

/** Where the place's outline lies on the screen, and the boxes of what lies over the map. */
function boxes(page: Page, id: string) {
  return page.evaluate(async (placeId) => {
    const fc = (await (await fetch('data/shanghai-14fyp/features.geojson')).json()) as {
      features: { properties: { id: string }; geometry: { coordinates: unknown } }[];
    };
    const f = fc.features.find((x) => x.properties.id === placeId)!;
    const pts: number[][] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') pts.push(c as number[]);
      else if (Array.isArray(c)) c.forEach(walk);
    };
    walk(f.geometry.coordinates);
    const map = (window as unknown as { __map: { project(p: number[]): { x: number; y: number } } }).__map;
    const m = document.getElementById('map')!.getBoundingClientRect();
    const xy = pts.map((p) => map.project(p));
    const place = {
      left: m.left + Math.min(...xy.map((p) => p.x)),
      right: m.left + Math.max(...xy.map((p) => p.x)),
      top: m.top + Math.min(...xy.map((p) => p.y)),
      bottom: m.top + Math.max(...xy.map((p) => p.y)),
    };
    const box = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      place,
      legend: box('details.legend'),
      panel: box('#panel'),
      piv: box('details.piv'),
      map: box('#map'),
    };
  }, id);
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('at 1280×800', () => {
  it('a place opened from a link is fitted clear of the open legend and the panel', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/place/new-town-jiading`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.place-card').waitFor();
    await expect(page.locator('details.legend').getAttribute('open')).resolves.toBe('');
    const b = await boxes(page, 'new-town-jiading');
    expect(overlap(b.place, b.legend)).toBe(false);
    expect(overlap(b.place, b.panel)).toBe(false);
    expect(overlap(b.place, b.piv)).toBe(false);
    expect(b.place.left).toBeGreaterThanOrEqual(b.map.left);
    expect(b.place.top).toBeGreaterThanOrEqual(b.map.top);
    // Not shrunk to a speck: it spans at least 40% of the map’s height.
    expect(b.place.bottom - b.place.top).toBeGreaterThan((b.map.bottom - b.map.top) * 0.4);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a place chosen in the search is fitted clear of them too', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('#search').fill('松江新城');
    await page.locator('.search-hit-place[data-hit-id="new-town-songjiang"]').click();
    await page.locator('.place-card[data-place-id="new-town-songjiang"]').waitFor();
    await page.waitForFunction(
      () => !(window as unknown as { __map: { isMoving(): boolean } }).__map.isMoving(),
    );
    const b = await boxes(page, 'new-town-songjiang');
    expect(overlap(b.place, b.legend)).toBe(false);
    expect(overlap(b.place, b.panel)).toBe(false);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
