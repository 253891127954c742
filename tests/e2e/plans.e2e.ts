// A second plan is data, not a fork: the fixture plan (tests/fixtures/plans/mini/), built into the served app by
// the set-up, opens with `?plan=<id>` with its own title, themes, places and clauses, and a plan the site does not
// have falls back to the default with a notice.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const plan = inject('fixturePlan');
const browser = useBrowser();

/** The ids of the places the map draws now (MapLibre's rendered features of the places' layers). */
const drawnPlaces = (page: Page) =>
  page.evaluate(() => {
    const map = (
      window as unknown as {
        __map: {
          getStyle(): { layers: { id: string }[] };
          queryRenderedFeatures(o: { layers: string[] }): { properties: { id: string } }[];
        };
      }
    ).__map;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => id.startsWith('places-'));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id))].sort();
  });

describe('a second plan', () => {
  it('opens with its own title, legend, places and clauses', async () => {
    const s = await openPage(browser(), `${appUrl}?plan=${plan}#/place/demo-area`);
    await waitForMapReady(s.page);
    await expect(s.page.locator('.title-main').innerText()).resolves.toBe('示例规划 · 测试');
    await expect(s.page.title()).resolves.toMatch(/^示例规划 · 测试/);
    // Its three themes in its legend, none of the default plan's.
    const themes = await s.page
      .locator('.legend input[data-layer]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')));
    expect(themes).toEqual(['zones', 'green', 'hubs']);
    // Its place's card, with the clauses of its own text that name it.
    const card = s.page.locator('.place-card[data-place-id="demo-area"]');
    await expect(card.locator('h2').innerText()).resolves.toBe('示范片区');
    const clauses = await s.page
      .locator('.mention-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-clause')));
    expect(clauses).toEqual(['1.1.1', '1.1.2']);
    // The map draws its places, and the header offers no view the plan does not have.
    await expect
      .poll(() => drawnPlaces(s.page))
      .toEqual(['demo-area', 'north-station-hub', 'riverside-greenway']);
    await expect(s.page.locator('.compare-link').count()).resolves.toBe(0);
    await expect(s.page.locator('.tour-link').count()).resolves.toBe(0);
    // Its data, not the default plan's, is what the page asked for and what it offers for download.
    expect(s.requests.some((u) => u.includes(`/data/${plan}/features.geojson`))).toBe(true);
    await s.page.locator('.data-menu summary').click();
    await expect(
      s.page.locator('.data-popover a[data-file="clauses.json"]').getAttribute('href'),
    ).resolves.toBe(`data/${plan}/clauses.json`);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('reads its clauses in the reader, whose place links select its places', async () => {
    const s = await openPage(browser(), `${appUrl}?plan=${plan}&lang=en#/clause/1.1.2`);
    await waitForMapReady(s.page);
    const reader = s.page.locator('#panel');
    await expect(reader.innerText()).resolves.toContain('以北站枢纽连接示范片区与周边地区');
    await reader.locator('a.mention[data-place="north-station-hub"]').first().click();
    await s.page.locator('.place-card[data-place-id="north-station-hub"]').waitFor();
    await expect(s.page.locator('.place-card h2').innerText()).resolves.toBe('North station hub (fixture)');
    expect(new URL(s.page.url()).searchParams.get('plan')).toBe(plan);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a plan the site does not have falls back to the default plan, and says so', async () => {
    const s = await openPage(browser(), `${appUrl}?plan=no-such-plan#/clause/10.2.1`);
    await waitForMapReady(s.page);
    await expect(s.page.locator('.notice').first().innerText()).resolves.toContain('no-such-plan');
    await expect(s.page.locator('#panel').innerText()).resolves.toContain('10.2.1');
    expect(new URL(s.page.url()).searchParams.has('plan')).toBe(false);
    await s.close();
  });
});
