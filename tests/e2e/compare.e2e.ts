// The compare view as a user meets it: five columns with an area, a positioning phrase and a clause citation; small
// maps at one scale whose lines highlight together; choosing towns and rows in the URL; the CSV download; a cell's
// link into the reader; closing with the button or Esc.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp, type App } from './app';

const { withApp } = useApp();

const TOWNS = ['嘉定新城', '青浦新城', '松江新城', '奉贤新城', '南汇新城'];

/** Opens the view in a language given explicitly (the words asserted below are that language's), ready. */
const withCompare = (lang: 'zh' | 'en', steps: (app: App) => Promise<void>) =>
  withApp({ lang, hash: '#/compare', wait: 'none' }, async (app) => {
    await app.compare.ready();
    await steps(app);
  });

describe('compare view', () => {
  it('#/compare shows five columns in the plan’s order, each with an area, a positioning phrase and a citation', () =>
    withCompare('zh', async (app) => {
      const { page } = app;
      await expect(app.compare.towns()).resolves.toEqual(TOWNS);
      const positioning = page.locator('tr[data-row="positioning"] td');
      const area = page.locator('tr[data-row="area"] td');
      await expect(positioning.count()).resolves.toBe(5);
      for (let i = 0; i < 5; i++) {
        const phrase = await positioning.nth(i).locator('q.cmp-quote').innerText();
        expect(phrase.length).toBeGreaterThan(5);
        await expect(positioning.nth(i).locator('a.cite-clause').getAttribute('href')).resolves.toBe(
          '#/clause/10.2.1',
        );
        await expect(area.nth(i).locator('.cmp-figure').first().innerText()).resolves.toMatch(
          /^\d+(\.\d)? ?平方公里$/,
        );
        await expect(area.nth(i).locator('.cite-source').first().innerText()).resolves.toMatch(/^来源:/);
      }
      await expect(positioning.nth(0).locator('q.cmp-quote').innerText()).resolves.toContain('科技教化之城');
      // five small maps of identical size and extent, one scale bar
      const maps = await page
        .locator('svg.cmp-map')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('width'), e.getAttribute('viewBox')].join(' ')));
      expect(maps).toHaveLength(5);
      expect(new Set(maps).size).toBe(1);
      await expect(page.locator('svg.cmp-scale').count()).resolves.toBe(1);
      // bar charts of the numeric rows, with their values as text
      await expect(
        page.locator('figure.cmp-chart[data-row="area"] text.ch-value .ch-num').first().textContent(),
      ).resolves.toBe('159.5 平方公里');
      expect(app.errors).toEqual([]);
    }));

  // Issue 21, item 6: Jiading's 2025 population is computed (67.4 ÷ 96.3 %), not stated by its source; Songjiang's
  // 0 rail lines within 2 km is a count of the lines the plan names, not of the lines there are.
  for (const lang of ['zh', 'en'] as const) {
    it(`marks a computed value and shows a bar’s caveat on the chart itself (${lang})`, () =>
      withCompare(lang, async (app) => {
        const { page } = app;
        const words = {
          zh: {
            derived: '推算',
            unverified: '未核实',
            key: /推算:由来源中的数字计算得出/,
            rail: /地铁9号线/,
          },
          en: {
            derived: 'computed',
            unverified: 'unverified',
            key: /computed: worked out from/,
            rail: /Metro Line 9/,
          },
        }[lang];
        const pop = page.locator('figure.cmp-chart[data-row="population"]');
        const bar = (town: string, series: number) =>
          pop.locator(`g.ch-point[data-town="${town}"][data-series="${series}"]`);
        // Jiading 2025 (the first series): hatched, marked computed and unverified in words, its note numbered
        const jiading = bar('jiading', 0);
        await expect(jiading.locator('rect.ch-bar').getAttribute('fill')).resolves.toMatch(/^url\(#/);
        await expect(jiading.locator('.ch-mark-derived').textContent()).resolves.toBe(words.derived);
        await expect(jiading.locator('.ch-mark-unverified').textContent()).resolves.toBe(words.unverified);
        await expect(jiading.locator('.ch-mark-derived').isVisible()).resolves.toBe(true);
        // a stated, verified figure carries neither mark, and is filled plainly
        const qingpu = bar('qingpu', 0);
        await expect(qingpu.locator('.ch-mark-derived, .ch-mark-unverified').count()).resolves.toBe(0);
        await expect(qingpu.locator('rect.ch-bar').getAttribute('fill')).resolves.toBeNull();
        // the key says what the mark means; the bar's note, the one the table gives the figure, is shown under it
        await expect(pop.locator('.ch-key-derived').innerText()).resolves.toMatch(words.key);
        await expect(pop.locator('.ch-key-derived').isVisible()).resolves.toBe(true);
        const ref = await jiading.locator('.ch-note-ref').textContent();
        const note = pop
          .locator('.ch-notes li')
          .filter({ has: page.locator('.ch-note-no', { hasText: ref ?? '?' }) });
        await expect(note.count()).resolves.toBe(1);
        await expect(note.isVisible()).resolves.toBe(true);
        const tableNote = await page
          .locator('tr[data-row="population"] td[data-town="jiading"] .cmp-item-figure .cmp-detail')
          .first()
          .innerText();
        await expect(note.innerText()).resolves.toContain(tableNote);
        await expect(pop.locator('svg[role="img"]').getAttribute('aria-label')).resolves.toContain(
          words.derived,
        );

        // Songjiang's rail lines: 0, with its caveat beside the bar and its text visible under the chart
        const rail = page.locator('figure.cmp-chart[data-row="rail-near"]');
        const songjiang = rail.locator('g.ch-point[data-town="songjiang"]');
        await expect(songjiang.locator('.ch-num').textContent()).resolves.toBe('0');
        const railRef = await songjiang.locator('.ch-note-ref').textContent();
        expect(railRef).toBeTruthy();
        const caveat = rail
          .locator('.ch-notes li')
          .filter({ has: page.locator('.ch-note-no', { hasText: railRef ?? '?' }) });
        await expect(caveat.innerText()).resolves.toMatch(words.rail);
        await expect(caveat.isVisible()).resolves.toBe(true);
        await expect(caveat.evaluate((el) => el.closest('details:not([open])') === null)).resolves.toBe(true);
        // the same caveat in the table's cell, outside the folded "how"
        const cell = page.locator('tr[data-row="rail-near"] td[data-town="songjiang"] .cmp-caveat');
        await expect(cell.innerText()).resolves.toMatch(words.rail);
        await expect(cell.isVisible()).resolves.toBe(true);
        // a town without a caveat on the row has no note on its bar
        await expect(rail.locator('g.ch-point[data-town="qingpu"] .ch-note-ref').count()).resolves.toBe(0);
        expect(app.errors).toEqual([]);
      }));
  }

  it('choosing three towns updates the URL and the view; a malformed choice shows all five', () =>
    withCompare('en', async (app) => {
      const { page } = app;
      await page.locator('.cmp-towns input[data-town="fengxian"]').uncheck();
      await expect.poll(() => app.routeOnly()).toMatch(/^#\/compare\/jiading,qingpu,songjiang,nanhui\//);
      await page.locator('.cmp-towns input[data-town="nanhui"]').uncheck();
      await expect.poll(() => app.routeOnly()).toMatch(/^#\/compare\/jiading,qingpu,songjiang\//);
      await expect.poll(() => app.compare.towns()).toEqual(['嘉定新城', '青浦新城', '松江新城']);
      await expect(page.locator('svg.cmp-map').count()).resolves.toBe(3);
      await expect(page.locator('tr[data-row="positioning"] td').count()).resolves.toBe(3);
      // two towns at least: the last two cannot be unchecked
      await page.locator('.cmp-towns input[data-town="qingpu"]').uncheck();
      await expect.poll(() => app.compare.towns()).toEqual(['嘉定新城', '松江新城']);
      await page.locator('.cmp-towns input[data-town="songjiang"]').click();
      await expect(page.locator('.cmp-status').innerText()).resolves.toMatch(/at least two/);
      await expect(page.locator('.cmp-towns input[data-town="songjiang"]').isChecked()).resolves.toBe(true);
      await expect(app.compare.towns()).resolves.toEqual(['嘉定新城', '松江新城']);

      // the URL restores the choice; a malformed one falls back to all five
      await app.goto({ lang: 'en', hash: '#/compare/qingpu,nanhui/area,positioning', wait: 'none' });
      await expect.poll(() => app.compare.towns()).toEqual(['青浦新城', '南汇新城']);
      await expect(
        page.locator('.cmp-table tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-row'))),
      ).resolves.toEqual(['area', 'positioning']);
      await app.goto({ lang: 'en', hash: '#/compare/qingpu,nowhere/zzz', wait: 'none' });
      await expect.poll(() => app.compare.towns()).toEqual(TOWNS);
      await expect(page.locator('.cmp-table tbody tr').count()).resolves.toBe(12);
    }));

  it('moves a row with the keyboard, keeping focus on the control', () =>
    withCompare('zh', async (app) => {
      const { page } = app;
      await page.locator('.cmp-rows > summary').focus();
      await page.keyboard.press('Enter');
      const down = page.locator('button[data-key="down-positioning"]');
      await down.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => app.routeOnly()).toMatch(/\/industries,positioning,/);
      await expect
        .poll(() => page.locator('.cmp-table tbody tr').first().getAttribute('data-row'))
        .toBe('industries');
      await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'])).resolves.toBe(
        'down-positioning',
      );
      // Esc inside the open list closes the list, not the view
      await page.keyboard.press('Escape');
      await expect(page.locator('details.cmp-rows').getAttribute('open')).resolves.toBeNull();
      await expect(page.locator('.cmp').count()).resolves.toBe(1);
    }));

  it('downloads the table as CSV with a BOM, a header row and a column per town', () =>
    withCompare('zh', async (app) => {
      const { page } = app;
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button.cmp-csv').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const file = await download.path();
      const bytes = fs.readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      const header = text.split('\r\n')[0]?.split(',') ?? [];
      expect(header.slice(1, 6).map((h) => h.split(' ')[0])).toEqual(TOWNS);
      expect(header).toHaveLength(7);
      expect(text).toContain('科技教化之城和沪苏合作桥头堡');
    }));

  it('hovering a line in one map highlights it in every map', () =>
    withCompare('en', async (app) => {
      const { page } = app;
      // 南枫线 runs through both 奉贤新城 and 南汇新城
      const line = page.locator(
        'svg.cmp-map[data-town="fengxian"] g.pl-rail[data-id="rail-nanfeng"] path.pl-line',
      );
      await line.scrollIntoViewIfNeeded();
      const at = await line.evaluate((el) => {
        const path = el as SVGPathElement;
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        if (!m) throw new Error('the line is not drawn');
        const q = new DOMPoint(p.x, p.y).matrixTransform(m);
        return { x: q.x, y: q.y };
      });
      await page.mouse.move(at.x - 20, at.y - 20);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      await expect.poll(() => page.locator('.cmp').getAttribute('data-hover')).toBe('rail-nanfeng');
      await expect(
        page
          .locator('svg.cmp-map[data-town="nanhui"] g.pl-rail[data-id="rail-nanfeng"]')
          .getAttribute('class'),
      ).resolves.toContain('is-hl');
      const onMaps = await page.locator('svg.cmp-map g.pl-rail[data-id="rail-nanfeng"]').count();
      expect(onMaps).toBeGreaterThanOrEqual(2);
      await expect(page.locator('svg.cmp-map g.pl-rail[data-id="rail-nanfeng"].is-hl').count()).resolves.toBe(
        onMaps,
      );
      await expect(page.locator('.cmp-hover').innerText()).resolves.toMatch(
        new RegExp(`南枫线.*on ${onMaps} of 5 maps`),
      );
      // the names in the table light up too
      await expect(
        page.locator('tr[data-row="rail-near"] a.cmp-place.is-hl').count(),
      ).resolves.toBeGreaterThan(0);
    }));

  it('a clause link in a cell opens the clause in the reader', () =>
    withCompare('zh', async (app) => {
      const { page } = app;
      await page.locator('tr[data-row="positioning"] td').nth(1).locator('a.cite-clause').click();
      await app.reader.unit('10.2.1').waitFor();
      await expect(page.locator('.cmp').count()).resolves.toBe(0);
      await expect(page.locator('#view').isHidden()).resolves.toBe(true);
    }));

  // Issue 16: every mount returns a disposer that removes what it added. No DOM library runs the view in the unit
  // tests, so the browser counts: Chromium's own counters of live nodes and JS event listeners, after a forced
  // garbage collection, and the listeners on document and window. A listener or a store subscription left behind
  // keeps the closed view's nodes alive, so either shows up here.
  it('opens and closes 50 times, leaving no listener and no node behind', () =>
    withCompare('zh', async (app) => {
      const { page } = app;
      const cdp = await page.context().newCDPSession(page);
      const open = async () => {
        await app.route('#/compare');
        await app.compare.ready();
      };
      const close = async () => {
        await app.route('#/');
        await app.compare.root.waitFor({ state: 'detached' });
      };
      const globalListeners = async () => {
        let n = 0;
        for (const expression of ['document', 'window']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression });
          if (!result.objectId) throw new Error(`no ${expression}`);
          n += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners
            .length;
          await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        }
        return n;
      };
      const counters = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        return { nodes, jsEventListeners, global: await globalListeners() };
      };
      // warm up: the app's start-up is over (printing's listeners, installed after the first idle map, are in place),
      // the view's module and its data are loaded once, whatever the app keeps of them is kept from here
      await page.locator('body[data-print="ready"]').waitFor({ state: 'attached' });
      await close();
      await open();
      await close();
      const before = await counters();
      for (let i = 0; i < 50; i++) {
        await open();
        await expect(page.locator('.cmp').count()).resolves.toBe(1);
        await close();
      }
      const after = await counters();
      console.log(`after 50 mounts and disposals: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      expect(after.global).toBe(before.global);
      // One view left alive keeps about 2,900 nodes and 40 listeners (measured with its subscription kept), 50 of
      // them 50 times that; the margins only absorb the app's own small changes between two counts.
      expect(after.jsEventListeners).toBeLessThanOrEqual(before.jsEventListeners + 10);
      expect(after.nodes).toBeLessThanOrEqual(before.nodes + 100);
      // and the view still works
      await open();
      await expect(app.compare.towns()).resolves.toEqual(TOWNS);
      expect(app.errors).toEqual([]);
    }));

  it('closes with the back button and with Esc, returning to the map', () =>
    withCompare('zh', async (app) => {
      const { page } = app;
      await app.compare.close.click();
      await expect.poll(() => app.routeOnly()).toBe('#/');
      await expect(page.locator('.cmp').count()).resolves.toBe(0);
      await app.goto({ lang: 'zh', hash: '#/compare', wait: 'none' });
      await app.compare.ready();
      await page.keyboard.press('Escape');
      await expect.poll(() => app.routeOnly()).toBe('#/');
      await expect(page.locator('#view').isHidden()).resolves.toBe(true);
    }));
});
