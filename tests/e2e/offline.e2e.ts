// Works in a meeting room without a network: after one load (the service worker has cached the built app), the
// app reloads with the network gone, draws its map, and the tour and the plan's text still open.

import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

describe('offline', () => {
  it('reloads with the network blocked after a first load', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/tour/overview/1`);
    const { page, context } = s;
    await waitForMapReady(page);
    // The service worker is installed (everything precached) and controls the page.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(new URL('./', appUrl).href);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    // The network is gone: what the worker has not cached fails…
    await expect(
      page.evaluate(() =>
        fetch('no-such-file.txt').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).resolves.toBe('failed');
    // …and what it has is served.
    await expect(
      page.evaluate(() =>
        fetch('data/shanghai-14fyp/clauses.json?probe=1', { cache: 'no-store' }).then((r) => r.ok),
      ),
    ).resolves.toBe(true); // served by the worker
    await page.reload();
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    await expect(page.locator('.tour-card .tour-counter').innerText()).resolves.toBe('Step 1 of 12');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.tour-card .tour-counter').innerText()).toBe('Step 2 of 12');

    // A fresh navigation to another route, still offline: the plan's text.
    await page.goto(`${appUrl}#/clause/10.2.1`);
    await waitForMapReady(page);
    await page.locator('article.unit[data-unit-id="10.2.1"]').waitFor();
    // The one failure is the probe for a file that was never cached.
    expect(s.errors).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
    await context.setOffline(false);
    await s.close();
  });
});
