// The app on a phone (390×844, touch): a place chosen by a tap on the map, from the places-in-view list or from the
// search opens in a bottom sheet that leaves at least 40% of the map in sight; its clauses can be read there; the
// sheet collapses and expands; every control is a touch target of at least 44×44 px.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, useApp, type AppOptions } from './app';

const { withApp } = useApp();
const phone = (o: AppOptions): AppOptions => ({ ...o, phone: true });

/** The share of the map's height not covered by the panel (the sheet spans the map's width). */
async function mapVisibleShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.getElementById('map')!.getBoundingClientRect();
    const panel = document.getElementById('panel')!;
    if (panel.hidden) return 1;
    const p = panel.getBoundingClientRect();
    const overlap = Math.max(0, Math.min(map.bottom, p.bottom) - Math.max(map.top, p.top));
    return (map.height - overlap) / map.height;
  });
}

/** Visible controls smaller than 44×44 px (inline links in running text are exempt, as WCAG allows). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = [
      'button',
      'summary',
      'input:not([type=checkbox]):not([type=radio])',
      'select',
      '[role=button]',
      '.legend-item',
      '.piv-place',
      '.open-reader',
      '.mention-clause-id',
      '.prev-next a',
    ].join(',');
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // inside a closed <details> (other than its own summary) is not shown
        const closed = el.parentElement?.closest('details:not([open])');
        const shown = !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
        return (
          r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden]') && shown
        );
      })
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < 43.5 || r.height < 43.5;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
  });
}

describe('on a phone', () => {
  it('a tap on the map opens the place in a bottom sheet; its clauses open there; the map stays ≥40% visible', () =>
    withApp(phone({ lang: 'en', hash: '#/?map=11/31.03/121.227' }), async (app) => {
      const { page } = app;
      // The header is compact: the subtitle is hidden, the search spans the width.
      await expect(page.locator('.title-sub').isVisible()).resolves.toBe(false);
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThan(130);
      // The legend starts collapsed.
      await expect(app.legend.isOpen()).resolves.toBe(false);

      await app.tapMap(121.24, 31.01); // inside Songjiang new town, clear of lines
      await app.card.root('new-town-songjiang').waitFor();
      await expect(app.selected()).resolves.toBe('new-town-songjiang');
      const panel = (await app.panel.boundingBox())!;
      expect(panel.width).toBeCloseTo(PHONE.width, 0); // a sheet across the screen…
      expect(panel.y + panel.height).toBeCloseTo(PHONE.height, 0); // …at the bottom
      expect(await mapVisibleShare(page)).toBeGreaterThanOrEqual(0.4);

      // Read a clause that names it.
      const item = app.card.direct.first();
      const clause = await item.getAttribute('data-clause');
      expect(clause).toMatch(/^\d+(\.\d+)*$/);
      await item.locator('a.open-reader').tap();
      await app.reader.unit(clause!).waitFor();
      await expect(app.reader.unit().locator('.unit-text').first().innerText()).resolves.toContain('松江');
      expect(await mapVisibleShare(page)).toBeGreaterThanOrEqual(0.4);

      // The handle collapses the sheet (nearly all the map in sight) and expands it again.
      const handle = page.locator('.sheet-handle');
      const body = app.panel.locator('.panel-body');
      await expect(handle.getAttribute('aria-expanded')).resolves.toBe('true');
      await handle.tap();
      await expect(handle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(body.isVisible()).resolves.toBe(false);
      expect(await mapVisibleShare(page)).toBeGreaterThan(0.85);
      await handle.tap();
      await expect(body.isVisible()).resolves.toBe(true);
      expect(await mapVisibleShare(page)).toBeGreaterThanOrEqual(0.4);

      expect(app.offMachine()).toEqual([]);
      expect(app.errors).toEqual([]);
    }));

  it('the places-in-view list and the search select a place too', () =>
    withApp(phone({ lang: 'en', hash: '#/?map=11/31.37/121.25' }), async (app) => {
      const { page } = app;
      await app.placesInView.open();
      await app.placesInView.link('new-town-jiading').tap();
      await app.card.root('new-town-jiading').waitFor();
      // The list closes so that the map and the sheet can be seen.
      await expect(app.placesInView.isOpen()).resolves.toBe(false);
      expect(await mapVisibleShare(page)).toBeGreaterThanOrEqual(0.4);

      await app.search.box.tap();
      await app.search.box.fill('临港');
      const hit = app.search.placeHits.first();
      await hit.waitFor();
      const id = await hit.getAttribute('data-hit-id');
      const label = await hit.locator('.hit-label').innerText();
      await hit.tap();
      await app.card.root(id!).waitFor();
      await expect(app.card.title.innerText()).resolves.toBe(label);
      expect(await mapVisibleShare(page)).toBeGreaterThanOrEqual(0.4);
      expect(app.errors).toEqual([]);
    }));

  it('every control on the map, the place card and the reader is at least 44×44 px', () =>
    withApp(phone({ hash: '#/place/new-town-jiading' }), async (app) => {
      const { page } = app;
      await app.card.root().waitFor();
      await app.legend.open();
      await app.placesInView.open();
      expect(await smallTargets(page)).toEqual([]);
      await app.openClause('10.2.1');
      await page.locator('.toc-box > summary').tap();
      await page.locator('.toc a').first().waitFor();
      expect(await smallTargets(page)).toEqual([]);
      expect(app.errors).toEqual([]);
    }));
});
