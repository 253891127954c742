// Chinese and English as a reader meets them: one switch changes the legend, the panel and the tooltip, the URL
// keeps the language, and English never passes a translation off as the plan's words.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hoverAt, launch, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('switching language', () => {
  it('changes the legend, a panel and a tooltip; the URL and a reload keep English', async () => {
    const s = await openPage(browser, `${appUrl}?lang=zh#/place/new-town-jiading?map=10/31.35/121.25`);
    await waitForMapReady(s.page);
    const legend = s.page.locator('.legend');
    await expect(legend.locator('summary').innerText()).resolves.toBe('图例');
    await expect(s.page.locator('.place-card .place-title').innerText()).resolves.toBe('嘉定新城');
    await s.page.locator('button.lang-switch').click();
    await expect.poll(() => legend.locator('summary').innerText()).toBe('Legend');
    await expect(legend.locator('.legend-name').first().textContent()).resolves.toBe('Central city');
    await expect.poll(() => s.page.locator('.place-card .place-title').innerText()).toBe('Jiading New Town');
    await expect(s.page.locator('.mentions-title').innerText()).resolves.toBe('What the plan says');
    expect(new URL(s.page.url()).searchParams.get('lang')).toBe('en');
    await expect(s.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // the tooltip: English name first
    await hoverAt(s.page, 121.3, 31.0); // Songjiang new town, south of the view: move there first
    await s.page.goto(`${appUrl}?lang=en#/?map=11/31.03/121.22`);
    await waitForMapReady(s.page);
    await hoverAt(s.page, 121.2, 31.0);
    await expect.poll(() => s.page.locator('.map-tooltip').innerText()).toMatch(/^[A-Za-z]/);
    // a reload without ?lang keeps the stored choice
    await s.page.goto(`${appUrl}#/clause/10.2.1`);
    await s.page.locator('article.unit').waitFor();
    await expect(s.page.locator('.title-main').innerText()).resolves.toMatch(/spatial explorer/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shows glosses and summaries marked unofficial, with the Chinese text as the plan’s words', async () => {
    const s = await openPage(browser, `${appUrl}?lang=en#/clause/10.2.1`);
    const unit = s.page.locator('article.unit[data-unit-id="10.2.1"]');
    await unit.locator('.unit-summary').waitFor();
    await expect(unit.locator('.unit-gloss').innerText()).resolves.toMatch(/unofficial translation/);
    await expect(unit.locator('.unit-summary h3').innerText()).resolves.toMatch(/unofficial summary/i);
    await expect(unit.locator('.unit-text').innerText()).resolves.toContain('嘉定新城');
    await expect(unit.locator('.unit-text-label').innerText()).resolves.toMatch(/authoritative Chinese/i);
    // the search finds places by their English name
    await s.page.locator('#search').fill('Lingang Special');
    await expect
      .poll(() => s.page.locator('#search-results .search-hit').first().getAttribute('data-hit-id'))
      .toBe('lingang-special-area');
    await s.close();
  });
});
