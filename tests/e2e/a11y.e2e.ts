// Accessibility as a keyboard or screen-reader user meets it: axe-core finds nothing serious or critical on the main
// views; every control is reached by Tab with a visible focus and works from the keyboard; the "places in view"
// list is the map as text, in step with it (move the map, switch a layer), and choosing there selects on the map.

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readJson, useApp, withAppIn, withBrowser, type App } from './app';

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const { withApp } = useApp();

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is and returns every violation. */
async function axe(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const api = (window as unknown as { axe: { run(ctx: Document): Promise<unknown> } }).axe;
    const result = (await api.run(document)) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

const VIEWS: { name: string; hash: string; ready: string; lang?: 'zh' | 'en'; phone?: boolean }[] = [
  { name: 'map', hash: '#/', ready: '#map[data-ready="true"]' },
  { name: 'map (en)', hash: '#/', ready: '#map[data-ready="true"]', lang: 'en' },
  { name: 'place panel', hash: '#/place/new-town-jiading', ready: '.place-card' },
  { name: 'reader', hash: '#/clause/10.2.1', ready: 'article.unit[data-unit-id="10.2.1"]' },
  { name: 'reader (en)', hash: '#/clause/10.2.1', ready: 'article.unit[data-unit-id="10.2.1"]', lang: 'en' },
  { name: 'compare', hash: '#/compare', ready: '.cmp[data-state="ready"]' },
  { name: 'tour', hash: '#/tour/overview/1', ready: '.tour[data-state="ready"]' },
  { name: 'place panel (phone)', hash: '#/place/new-town-jiading', ready: '.place-card', phone: true },
];

describe('axe-core on the main views', () => {
  const counts: Record<string, Record<string, number>> = {};
  afterAll(() => {
    // The counts for the record (every impact), shown with the test output.
    console.log('axe findings per view (by impact):', JSON.stringify(counts));
  });

  it.each(VIEWS)('$name: no serious or critical findings', ({ name, hash, ready, lang, phone }) =>
    // axe is injected as a script: the page's own Content-Security-Policy would (rightly) refuse it.
    withApp({ lang: lang ?? 'zh', hash, phone: !!phone, context: { bypassCSP: true } }, async (app) => {
      await app.page.locator(ready).first().waitFor();
      // What is behind a toggle is checked too: the places-in-view list and the legend, open.
      if (!hash.includes('tour') && !hash.includes('compare')) {
        // (the legend first: on a phone the open list lies over its toggle)
        await app.legend.open();
        await app.placesInView.open();
        await expect(app.legend.isOpen()).resolves.toBe(true);
      }
      const found = await axe(app.page);
      counts[name] = {};
      for (const f of found) counts[name][f.impact ?? 'none'] = (counts[name][f.impact ?? 'none'] ?? 0) + 1;
      const bad = found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
      expect(bad.map((f) => `${f.impact} ${f.id}: ${f.help} — ${f.targets.slice(0, 5).join(' | ')}`)).toEqual(
        [],
      );
      expect(app.errors).toEqual([]);
    }),
  );
});

/** The focused element, and whether its focus can be seen (an outline or a ring). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const ring =
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
      (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`,
      ring,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
    };
  });

describe('the keyboard', () => {
  it('reaches every control with a visible focus, starting with a skip link to the places in view', () =>
    withApp({ lang: 'en', hash: '#/place/new-town-jiading' }, async (app) => {
      const { page } = app;
      await app.card.root().waitFor();
      const seen: string[] = [];
      const noRing: string[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f) continue;
        if (seen.length && f.what === seen[0]) break; // round the page once
        seen.push(f.what);
        if (!f.ring || !f.onScreen) noRing.push(f.what);
      }
      expect(seen[0]).toBe('a.skip-link');
      for (const want of [
        'input#search.search-input',
        'button.btn.lang-switch',
        'button.btn.compare-link',
        'button.btn.share',
        'canvas.maplibregl-canvas',
        'button.maplibregl-ctrl-zoom-in',
        'summary.piv-summary',
        'button.panel-close',
      ]) {
        expect(seen, want).toContain(want);
      }
      expect(seen.some((w) => w.startsWith('summary') && !w.includes('piv'))).toBe(true); // the legend
      expect(noRing).toEqual([]);
      expect(app.errors).toEqual([]);
    }));

  it('works the map, the list, the legend and the panel from the keyboard', () =>
    withApp({ lang: 'en', hash: '#/?map=11/31.37/121.25' }, async (app) => {
      const { page } = app;
      const focusedWhat = () => focused(page).then((f) => f?.what);
      // The skip link opens the list and puts the focus on it.
      await page.keyboard.press('Tab');
      await expect(focusedWhat()).resolves.toBe('a.skip-link');
      await expect(page.locator('a.skip-link').isVisible()).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(app.placesInView.root.getAttribute('open')).resolves.toBe('');
      await expect(focusedWhat()).resolves.toBe('summary.piv-summary');
      // Tab into the list: the focused place is highlighted on the map; Enter selects it.
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['place'] ?? '');
      expect(first).toBeTruthy();
      await expect.poll(() => app.highlighted()).toBe(first);
      await page.keyboard.press('Enter');
      await app.card.root(first).waitFor();
      await expect(app.selected()).resolves.toBe(first);
      await expect(app.placesInView.link(first).getAttribute('aria-current')).resolves.toBe('true');
      // The legend's switches work with Space.
      const water = app.legend.box('water');
      await water.focus();
      await page.keyboard.press('Space');
      await expect(water.isChecked()).resolves.toBe(false);
      // The map itself: + zooms in.
      const z0 = await app.zoom();
      await page.locator('canvas.maplibregl-canvas').focus();
      await page.keyboard.press('Equal');
      await expect.poll(() => app.zoom()).toBeGreaterThan(z0 + 0.5);
      // The panel closes from the keyboard.
      await page.locator('.panel-close').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => app.panel.isHidden()).toBe(true);
      expect(app.errors).toEqual([]);
    }));
});

type Bounds = { getWest(): number; getEast(): number; getSouth(): number; getNorth(): number };

/** The listed places whose outline's box lies wholly outside the map's bounds. */
const listedOutside = (app: App, list: string[]) =>
  app.page.evaluate(async (ids) => {
    const b = (window as unknown as { __map: { getBounds(): Bounds } }).__map.getBounds();
    const fc = (await (await fetch('data/shanghai-14fyp/features.geojson')).json()) as {
      features: { properties: { id: string }; geometry: { coordinates: unknown } }[];
    };
    const flat = (c: unknown): number[][] =>
      Array.isArray(c) && typeof c[0] === 'number' ? [c as number[]] : (c as unknown[]).flatMap(flat);
    return ids.filter((id) => {
      const f = fc.features.find((x) => x.properties.id === id)!;
      const pts = flat(f.geometry.coordinates);
      const [w, e] = [Math.min(...pts.map((p) => p[0]!)), Math.max(...pts.map((p) => p[0]!))];
      const [so, n] = [Math.min(...pts.map((p) => p[1]!)), Math.max(...pts.map((p) => p[1]!))];
      return w > b.getEast() || e < b.getWest() || so > b.getNorth() || n < b.getSouth();
    });
  }, list);

describe('places in view: the map as text', () => {
  it('lists the places within the map, by theme with counts, in step as the map moves and layers change', () =>
    withApp({ lang: 'en', hash: '#/?map=12/31.37/121.25' }, async (app) => {
      const piv = app.placesInView;
      await piv.open();
      await expect.poll(() => piv.items()).toContain('new-town-jiading');
      let ids = await piv.items();
      expect(ids).not.toContain('new-town-nanhui');
      // The count in the toggle is the number listed; each theme's heading counts its own places.
      await expect(piv.summary.innerText()).resolves.toBe(`Places in view (${ids.length})`);
      for (const group of await piv.groups.all()) {
        const n = await group.locator('a.piv-place').count();
        await expect(group.locator('.piv-theme').innerText()).resolves.toMatch(new RegExp(`: ${n}$`));
      }
      // Every listed place really is within the map's bounds (its outline's box overlaps them).
      expect(await listedOutside(app, ids)).toEqual([]);

      // Move the map to Nanhui: the list follows.
      await app.jumpTo([121.93, 30.9], 12);
      await expect.poll(() => piv.items()).toContain('new-town-nanhui');
      ids = await piv.items();
      expect(ids).not.toContain('new-town-jiading');
      // Switch the new towns off in the legend: they leave the list.
      await expect.poll(() => app.renderedThemes()).toContain('new-towns');
      await app.legend.hide('new-towns');
      await expect.poll(() => piv.items()).not.toContain('new-town-nanhui');
      await expect.poll(() => app.renderedThemes()).not.toContain('new-towns'); // nor does the map draw them
      await expect(piv.root.locator('.piv-group[data-theme="new-towns"]').count()).resolves.toBe(0);
      // In Chinese, the same places under Chinese names.
      await app.switchLanguage();
      await expect.poll(() => piv.summary.innerText()).toMatch(/^视野内的地点/);
      expect(app.errors).toEqual([]);
    }));

  it('without WebGL the list holds every place, and a place can still be opened from it', () =>
    withBrowser({ args: ['--disable-3d-apis'] }, (noGL) =>
      withAppIn(noGL, { lang: 'en', wait: 'none' }, async (app) => {
        const piv = app.placesInView;
        await app.page.locator('.map-unavailable').waitFor();
        await piv.root.locator(':scope > summary').click();
        const total = readJson<{ features: unknown[] }>('dist/data/shanghai-14fyp/features.geojson');
        await expect.poll(() => piv.items().then((l) => l.length)).toBe(total.features.length);
        await expect(piv.summary.innerText()).resolves.toBe(`All places (${total.features.length})`);
        await expect(piv.note.innerText()).resolves.toMatch(/map cannot be shown/);
        await piv.link('new-town-qingpu').click();
        await app.card.root('new-town-qingpu').waitFor();
        expect(app.errors).toEqual([]);
      }),
    ));

  it('a place chosen in the list is selected on the map', () =>
    withApp({ hash: '#/?map=11/31.03/121.227' }, async (app) => {
      await app.placesInView.open();
      const link = app.placesInView.link('new-town-songjiang');
      await link.hover();
      await expect.poll(() => app.highlighted()).toBe('new-town-songjiang');
      await link.click();
      await app.card.root('new-town-songjiang').waitFor();
      await expect(app.selected()).resolves.toBe('new-town-songjiang');
      await expect.poll(() => app.hash()).toMatch(/^#\/place\/new-town-songjiang\?/);
      await expect(link.getAttribute('aria-current')).resolves.toBe('true');
      expect(app.errors).toEqual([]);
    }));
});
