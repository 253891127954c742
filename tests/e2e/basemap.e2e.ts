// The foundation as a user meets it: the map opens offline, districts answer the pointer, failures are explained.

import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { hoverAt, launch, offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

describe('the embedded basemap', () => {
  it('reaches the ready signal with no request off the machine and no error', async () => {
    const s = await openPage(browser(), appUrl);
    await waitForMapReady(s.page);
    expect(offMachine(s.requests)).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.requests.some((u) => u.endsWith('/data/shanghai-14fyp/basemap.json'))).toBe(true);
    await expect(s.page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toMatch(/GSHHG/);
    await expect(s.page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toMatch(/OpenStreetMap/);
    await expect(s.page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toMatch(/ECharts/);
    await s.close();
  });

  it('shows a district name in zh and en when hovering it', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en`);
    await waitForMapReady(s.page);
    await s.page.getByRole('button', { name: /Hide all/ }).click(); // the plan's places lie over the districts
    await hoverAt(s.page, 121.227, 31.03); // Songjiang new town
    const tip = s.page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible' });
    await expect(tip.innerText()).resolves.toMatch(/^Songjiang District\n松江区$/);
    await hoverAt(s.page, 121.25, 31.38); // Jiading
    await expect.poll(() => tip.innerText()).toMatch(/^Jiading District\n嘉定区$/);
    await s.close();
  });

  it('restores the view from the URL and ignores a malformed one', async () => {
    const s = await openPage(browser(), `${appUrl}#/?map=11/31.23/121.47`);
    await waitForMapReady(s.page);
    const zoom = await s.page.evaluate(() =>
      (window as unknown as { __map: { getZoom(): number } }).__map.getZoom(),
    );
    expect(zoom).toBeCloseTo(11, 1);
    await s.page.goto(`${appUrl}#/?map=banana/999/-3`);
    await s.page.reload();
    await waitForMapReady(s.page);
    const z2 = await s.page.evaluate(() =>
      (window as unknown as { __map: { getZoom(): number } }).__map.getZoom(),
    );
    expect(z2).toBeGreaterThan(7);
    expect(z2).toBeLessThan(10);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});

describe('when things fail', () => {
  it('falls back to the embedded basemap with a notice when the online style is unreachable', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en&basemap=http://127.0.0.1:9/style.json`);
    // A style from another origin is loaded once the reader agrees (the app runs on loopback, so may this one).
    await s.page
      .getByRole('dialog', { name: 'Load the basemap from 127.0.0.1:9?' })
      .getByRole('button', { name: 'Load it' })
      .click();
    await waitForMapReady(s.page);
    await expect(s.page.locator('.notice').innerText()).resolves.toMatch(/embedded basemap/);
    expect(offMachine(s.requests)).toEqual([]);
    await s.close();
  });

  it('says so when the browser has no WebGL', async () => {
    const noGL = await launch({ args: ['--disable-3d-apis'] });
    try {
      const s = await openPage(noGL, appUrl);
      const msg = s.page.locator('.map-unavailable');
      await msg.waitFor({ state: 'visible' });
      await expect(msg.innerText()).resolves.toMatch(/WebGL/);
      await expect(s.page.locator('.app-title').innerText()).resolves.toMatch(/十四五/);
      expect(s.errors).toEqual([]);
    } finally {
      await noGL.close();
    }
  });
});
