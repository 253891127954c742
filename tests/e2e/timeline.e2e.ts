// The timeline: a link with a date draws each place with its status then (what MapLibre renders, by layer: metro
// Line 14 and the airport link dashed as under construction in January 2021, solid by June 2025), a bad date is
// today, the range moved by keys or dragged changes what is drawn, the URL and the legend's counts, and a place's
// card says its status at the date with the event in force marked. Each date change's redraw is timed.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

const VIEW = 'map=10/31.2/121.55';
const POLL = { timeout: 15_000 };
/** The map's layers of a status: those of the places of fixed status, and those of the places the date changes. */
const UC = ['places-line-under-construction', 'places-dated-line-under-construction'];
const SOLID = ['places-line', 'places-dated-line'];

/**
 * The ids of the places MapLibre renders in a layer now, sorted: those it has laid out in the layer whose opacity,
 * as MapLibre evaluates it for the feature and its state, is not 0.
 */
const drawnIn = (page: Page, layers: string[]) =>
  page.evaluate((l) => {
    interface Rendered {
      properties: { id: string };
      layer: { paint?: Record<string, unknown> };
    }
    const map = (
      window as unknown as { __map: { queryRenderedFeatures(o: { layers: string[] }): Rendered[] } }
    ).__map;
    const shown = map
      .queryRenderedFeatures({ layers: l })
      .filter((f) => Number(f.layer.paint?.['line-opacity'] ?? 1) > 0);
    return [...new Set(shown.map((f) => f.properties.id))].sort();
  }, layers);

/** Waits until the map has redrawn the date (`data-at`, '' for today). */
const drawnAt = (page: Page, at: string) =>
  page.locator(`#map[data-at="${at}"]`).waitFor({ state: 'attached', timeout: 30_000 });

const atInUrl = (page: Page) => new URL(page.url()).hash.match(/[?&]at=([^&]*)/)?.[1] ?? null;
const count = (page: Page, status: string) =>
  page.locator(`.legend-count[data-status="${status}"]`).innerText().then(Number);
const range = (page: Page) => page.locator('.legend .timeline-range');

/** The redraw times of the date changes so far (change → MapLibre idle), ms. */
const redraws = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('timeline-redraw').map((e) => Math.round(e.duration)));

describe('timeline', () => {
  it('a link to January 2021 draws Line 14 and the airport link under construction', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/?${VIEW}&at=2021-01`);
    const { page } = s;
    await waitForMapReady(page);
    await drawnAt(page, '2021-01');
    await expect
      .poll(() => drawnIn(page, UC), POLL)
      .toEqual(expect.arrayContaining(['metro-14', 'rail-airport-link']));
    const solid = await drawnIn(page, SOLID);
    expect(solid).not.toContain('metro-14');
    expect(solid).not.toContain('rail-airport-link');
    await expect(range(page).inputValue()).resolves.toBe('0');
    await expect(range(page).getAttribute('aria-valuetext')).resolves.toBe('2021年1月');
    await expect(page.locator('.legend .timeline-date').innerText()).resolves.toBe('2021年1月');
    await expect(page.locator('.legend > summary').innerText()).resolves.toBe('图例 · 2021年1月');
    expect(atInUrl(page)).toBe('2021-01');
    expect(s.errors).toEqual([]);
    expect(offMachine(s.requests)).toEqual([]);
    await s.close();
  });

  it('a link to June 2025 draws them open; a page address’s date moves into the hash', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en&at=2025-06#/?${VIEW}`);
    const { page } = s;
    await waitForMapReady(page);
    await drawnAt(page, '2025-06');
    await expect
      .poll(() => drawnIn(page, SOLID), POLL)
      .toEqual(expect.arrayContaining(['metro-14', 'rail-airport-link']));
    const uc = await drawnIn(page, UC);
    expect(uc).not.toContain('metro-14');
    expect(uc).not.toContain('rail-airport-link');
    await expect(page.locator('.legend .timeline-date').innerText()).resolves.toBe('Jun 2025');
    expect(atInUrl(page)).toBe('2025-06');
    expect(new URL(page.url()).searchParams.get('at')).toBeNull();
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a malformed or out-of-range date is today', async () => {
    for (const bad of ['2099-01', 'banana']) {
      const s = await openPage(browser(), `${appUrl}?lang=zh#/?${VIEW}&at=${bad}`);
      await waitForMapReady(s.page);
      await drawnAt(s.page, '');
      await expect(s.page.locator('.legend .timeline-date').innerText()).resolves.toMatch(
        /^今天\(\d{4}年\d{1,2}月\)$/,
      );
      await expect.poll(() => atInUrl(s.page)).toBeNull();
      expect(s.errors).toEqual([]);
      await s.close();
    }
  });

  it('the keys move it a month at a time: what is drawn, the URL and the counts follow', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/?${VIEW}&at=2021-01`);
    const { page } = s;
    await waitForMapReady(page);
    await drawnAt(page, '2021-01');
    const existing = await count(page, 'existing');
    const building = await count(page, 'under-construction');
    await range(page).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await drawnAt(page, '2021-11');
    expect(atInUrl(page)).toBe('2021-11');
    await expect.poll(() => drawnIn(page, UC), POLL).toContain('metro-14');
    const existingNov = await count(page, 'existing');
    expect(existingNov).toBeGreaterThanOrEqual(existing);
    // Lines 14 and 18 (phase 1) opened on 30 December 2021, and nothing else changed that month.
    await page.keyboard.press('ArrowRight');
    await drawnAt(page, '2021-12');
    expect(atInUrl(page)).toBe('2021-12');
    await expect.poll(() => drawnIn(page, SOLID), POLL).toContain('metro-14');
    await expect(count(page, 'existing')).resolves.toBe(existingNov + 2);
    await expect(page.locator('.legend-status-title').innerText()).resolves.toBe('状态(2021年12月)');
    // End: today (no date in the URL), then back to January 2021 with the button's opposite, Home.
    await page.keyboard.press('End');
    await drawnAt(page, '');
    expect(atInUrl(page)).toBeNull();
    await expect(page.locator('.legend .timeline-today').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Home');
    await drawnAt(page, '2021-01');
    await expect(count(page, 'under-construction')).resolves.toBe(building);
    const times = await redraws(page);
    console.log(`timeline redraw, ms (change → idle): ${times.join(', ')}`);
    expect(times.length).toBeGreaterThanOrEqual(4);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('dragged to its end it is today; the button brings today back too', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/?${VIEW}&at=2021-01`);
    const { page } = s;
    await waitForMapReady(page);
    await drawnAt(page, '2021-01');
    const box = (await range(page).boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    const middle = await range(page).inputValue();
    expect(Number(middle)).toBeGreaterThan(10);
    await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await drawnAt(page, '');
    expect(atInUrl(page)).toBeNull();
    await expect
      .poll(() => drawnIn(page, SOLID), POLL)
      .toEqual(expect.arrayContaining(['metro-14', 'rail-airport-link']));
    await range(page).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => atInUrl(page)).not.toBeNull();
    await page.locator('.legend .timeline-today').click();
    await drawnAt(page, '');
    expect(atInUrl(page)).toBeNull();
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a place’s card says its status at the date and marks the event in force', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/place/metro-14?${VIEW}&at=2021-06`);
    const { page } = s;
    await waitForMapReady(page);
    const card = page.locator('.place-card[data-place-id="metro-14"]');
    const row = card.locator('.place-status-row');
    await expect(row.locator('dt').innerText()).resolves.toBe('状态(2021年6月)');
    await expect(row.locator('dd').innerText()).resolves.toBe('在建');
    await expect(
      card.locator('.history-event[data-in-force="true"]').getAttribute('data-date'),
    ).resolves.toBe('2021-01');
    await range(page).focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => row.locator('dd').innerText()).toBe('现状');
    await expect(row.locator('dt').innerText()).resolves.toBe('状态(2022年6月)');
    await expect(
      card.locator('.history-event[data-in-force="true"]').getAttribute('data-status'),
    ).resolves.toBe('opened');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the tour’s dated step shows its date, exports it, and plays the network from 2021 to today', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/tour/overview/12`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    const line = page.locator('.tour-card .tour-date');
    await expect.poll(() => line.locator('.tour-date-text').innerText()).toBe('地图所示:2021年1月');
    await drawnAt(page, '2021-01');
    await expect.poll(() => drawnIn(page, UC), POLL).toContain('metro-14');
    await expect.poll(() => atInUrl(page)).toBe('2021-01');

    // Its slide shows the map at its date and says so.
    await page.locator('.tour-card').waitFor();
    await page.locator('.tour-export').click();
    const dialog = page.locator('.export-dialog');
    await dialog.waitFor();
    await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.locator('.export-download').click(),
    ]);
    await expect.poll(() => dialog.getAttribute('data-slide')).toBeTruthy();
    const slide = JSON.parse((await dialog.getAttribute('data-slide'))!) as { subtitle?: string; at: string };
    expect(slide.at).toBe('2021-01');
    expect(slide.subtitle).toContain('地图所示:2021年1月');
    await dialog.locator('.export-cancel').click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Play, stop halfway: the date stays where it stopped.
    const play = line.locator('.tour-play');
    await expect(play.innerText()).resolves.toBe('▶ 播放至今天');
    await play.click();
    await expect(line.getAttribute('data-playing')).resolves.toBe('true');
    await page.locator('#map:not([data-at="2021-01"])').waitFor({ state: 'attached' });
    await play.click();
    await expect(line.getAttribute('data-playing')).resolves.toBe('false');
    const stopped = atInUrl(page);
    expect(stopped).toMatch(/^202\d-\d\d$/);
    await expect(line.locator('.tour-date-text').innerText()).resolves.not.toBe('地图所示:2021年1月');
    // Play on to today: Line 14 and the airport link drawn open, no date in the URL.
    await play.click();
    await page.locator('.tour-date[data-playing="false"]').waitFor({ timeout: 60_000 });
    await drawnAt(page, '');
    expect(atInUrl(page)).toBeNull();
    await expect
      .poll(() => drawnIn(page, SOLID), POLL)
      .toEqual(expect.arrayContaining(['metro-14', 'rail-airport-link']));
    // Back to the step: its date again.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await drawnAt(page, '2021-01');
    expect(s.errors).toEqual([]);
    expect(offMachine(s.requests)).toEqual([]);
    await s.close();
  });
});
