// Searching as a user does: a place whose name is the query, or starts with it, comes before a place that only
// shares a word with it (临港 is the special area before the Lingang Water Works).

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

/** The ids of the search box's results for `query`, once it shows them. */
async function hitsFor(page: Page, query: string): Promise<string[]> {
  await page.locator('#search').fill(query);
  await page.locator(`#search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
  return page
    .locator('#search-results .search-hit')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-hit-id') ?? ''));
}

describe('search ranking', () => {
  it('临港 and Hongqiao: the places named so come first, no water works', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/`);
    await waitForMapReady(s.page);
    const lingang = await hitsFor(s.page, '临港');
    expect(lingang[0]).toBe('lingang-special-area');
    expect(lingang.indexOf('water-plant-lingang')).toBeGreaterThan(0);
    const hongqiao = await hitsFor(s.page, 'Hongqiao');
    expect(hongqiao.slice(0, 3)).not.toContain('water-plant-hongqiao');
    expect(hongqiao.slice(0, 3)).toContain('hongqiao-cbd');
    // The first is a place whose English name starts with the query, shown under that name.
    await expect(
      s.page.locator('#search-results .search-hit .hit-label').first().innerText(),
    ).resolves.toMatch(/^Hongqiao /);
    // Enter opens the first.
    await s.page.locator('#search').fill('临港');
    await s.page.locator('#search-results[data-query="临港"]').waitFor({ state: 'attached' });
    await s.page.locator('#search').press('Enter');
    await s.page.locator('.place-card[data-place-id="lingang-special-area"]').waitFor();
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
