// A basemap named by a link asks first: `?basemap=<url>` of another host shows the host and asks before any
// request to it (every request recorded); "no" keeps the embedded basemap; "yes" loads it, and "remember for this
// host" skips the question next time; a link-local host, or a style that is not https, is refused without asking,
// with a notice that says why; the question is a labelled dialog, answered with the keyboard. And no window opens
// by itself during normal use.

import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openPage, waitForMapReady, type Session } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();
// No service worker: every request of the page reaches the test's routes and its record.
const NO_SW = { serviceWorkers: 'block' } as const;
const STYLE = 'https://tiles.example.org/style.json';
/** A style the test's route serves for the other host: a background of its own, known by its layer's id. */
const ONLINE_STYLE = {
  version: 8,
  sources: {},
  layers: [{ id: 'link-test-background', type: 'background', paint: { 'background-color': '#dde4ea' } }],
};

/** A page opened at `query`, with the other host's style served by a route (nothing leaves the machine). */
async function open(query: string, bypassCSP = false): Promise<Session> {
  const s = await openPage(browser(), 'about:blank', undefined, { ...NO_SW, bypassCSP });
  await s.context.route('https://tiles.example.org/**', (r) =>
    r.fulfill({ json: ONLINE_STYLE, headers: { 'access-control-allow-origin': '*' } }),
  );
  await s.page.goto(`${appUrl}${query}`);
  return s;
}

const toHost = (requests: string[], host: string) => requests.filter((u) => new URL(u).hostname === host);

const styleLayers = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __map: { getStyle(): { layers: { id: string }[] } } }).__map
      .getStyle()
      .layers.map((l) => l.id),
  );

describe('a basemap from a link', () => {
  it('asks, naming the host, and sends nothing to it until the reader says yes (keyboard only)', async () => {
    const s = await open(`?lang=zh&basemap=${encodeURIComponent(STYLE)}`);
    const dialog = s.page.getByRole('dialog', { name: '加载来自 tiles.example.org 的底图?' });
    await dialog.waitFor();
    await expect(dialog.getAttribute('aria-describedby')).resolves.toBe('basemap-ask-detail');
    await expect(s.page.locator('#basemap-ask-detail').innerText()).resolves.toContain(STYLE);
    // The map's own data have loaded meanwhile; the other host has been asked nothing.
    await s.page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('/features.geojson')),
    );
    expect(toHost(s.requests, 'tiles.example.org')).toEqual([]);
    await expect(s.page.locator('#map').getAttribute('data-ready')).resolves.toBe('false');
    // Focus starts on "no"; Shift+Tab reaches "yes", Shift+Tab again "remember"; Space ticks it, Tab, Enter: yes.
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('不加载');
    await s.page.keyboard.press('Shift+Tab');
    await s.page.keyboard.press('Shift+Tab');
    await expect(s.page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe(
      'checkbox',
    );
    await s.page.keyboard.press('Space');
    await s.page.keyboard.press('Tab');
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('加载');
    await s.page.keyboard.press('Enter');
    await waitForMapReady(s.page);
    expect(toHost(s.requests, 'tiles.example.org')).toEqual([STYLE]);
    await expect(styleLayers(s.page)).resolves.toContain('link-test-background');
    await expect(dialog.count()).resolves.toBe(0);

    // Remembered for this host: the next link to it loads without a question.
    await s.page.reload();
    await waitForMapReady(s.page);
    await expect(dialog.count()).resolves.toBe(0);
    await expect(styleLayers(s.page)).resolves.toContain('link-test-background');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the question passes axe-core with nothing serious or critical', async () => {
    // axe is injected as a script: the page's own Content-Security-Policy would (rightly) refuse it.
    const s = await open(`?lang=zh&basemap=${encodeURIComponent(STYLE)}`, true);
    await s.page.locator('dialog.basemap-ask[open]').waitFor();
    await s.page.addScriptTag({
      path: path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
    });
    const serious = await s.page.evaluate(async () => {
      const api = (window as unknown as { axe: { run(ctx: string): Promise<unknown> } }).axe;
      const r = (await api.run('dialog.basemap-ask')) as {
        violations: { id: string; impact: string | null }[];
      };
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await s.close();
  });

  it('"no" keeps the embedded basemap, and nothing is sent to the host', async () => {
    const s = await open(`?lang=en&basemap=${encodeURIComponent(STYLE)}`);
    const dialog = s.page.getByRole('dialog', { name: 'Load the basemap from tiles.example.org?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Don’t load' }).click();
    await waitForMapReady(s.page);
    const layers = await styleLayers(s.page);
    expect(layers).not.toContain('link-test-background');
    expect(layers.length).toBeGreaterThan(5); // the embedded basemap's layers
    expect(toHost(s.requests, 'tiles.example.org')).toEqual([]);
    // Not remembered: asked again.
    await s.page.reload();
    await dialog.waitFor();
    await s.page.keyboard.press('Escape'); // Esc is "no"
    await waitForMapReady(s.page);
    expect(toHost(s.requests, 'tiles.example.org')).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('refuses a link-local host, and a style that is not https, without asking, and says why', async () => {
    const s = await open(
      `?lang=en&basemap=${encodeURIComponent('https://169.254.169.254/latest/meta-data')}`,
    );
    await waitForMapReady(s.page);
    await expect(s.page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(s.page.locator('.notice-error').innerText()).resolves.toMatch(
      /not loaded: 169\.254\.169\.254 is on a private, loopback or link-local network/,
    );
    expect(toHost(s.requests, '169.254.169.254')).toEqual([]);

    await s.page.goto(`${appUrl}?lang=zh&basemap=${encodeURIComponent('http://example.invalid/style.json')}`);
    await s.page.reload();
    await waitForMapReady(s.page);
    await expect(s.page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(s.page.locator('.notice-error').innerText()).resolves.toMatch(/只接受 https 地址/);
    expect(toHost(s.requests, 'example.invalid')).toEqual([]);
    await s.close();
  });
});

describe('windows', () => {
  it('none opens by itself during normal use (links, a tour, the compare view, the export dialog)', async () => {
    const s = await open('?lang=zh');
    const opened: string[] = [];
    s.context.on('page', (p) => opened.push(p.url()));
    await waitForMapReady(s.page);
    for (const hash of [
      '#/clause/10.2.1',
      '#/compare',
      '#/tour/overview/1',
      '#/tour/overview/2/presenter',
      '#/',
    ]) {
      await s.page.goto(`${appUrl}?lang=zh${hash}`);
      await s.page.reload();
      await waitForMapReady(s.page);
    }
    await s.page.goto(
      `${appUrl}?lang=zh&basemap=${encodeURIComponent('https://169.254.169.254/latest/meta-data')}`,
    );
    await waitForMapReady(s.page);
    await s.page.locator('.export-link').click();
    await s.page.locator('.export-dialog').waitFor();
    await s.page.keyboard.press('Escape');
    expect(opened).toEqual([]);
    await s.close();
  });
});
