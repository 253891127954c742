// A second plan is data, not a fork: the fixture plan (tests/fixtures/plans/mini/), built into the served app by
// the set-up, opens with `?plan=<id>` with its own title, themes, places and clauses, and a plan the site does not
// have falls back to the default with a notice.

import { describe, expect, inject, it } from 'vitest';
import { useApp } from './app';

const plan = inject('fixturePlan');
const { withApp } = useApp();

describe('a second plan', () => {
  it('opens with its own title, legend, places and clauses', () =>
    withApp({ query: { plan }, hash: '#/place/demo-area' }, async (app) => {
      await expect(app.title.innerText()).resolves.toBe('示例规划 · 测试');
      await expect(app.page.title()).resolves.toMatch(/^示例规划 · 测试/);
      // Its three themes in its legend, none of the default plan's.
      await expect(app.legend.themes()).resolves.toEqual(['zones', 'green', 'hubs']);
      // Its place's card, with the clauses of its own text that name it.
      await expect(app.card.root('demo-area').locator('h2').innerText()).resolves.toBe('示范片区');
      const clauses = await app.card.clauses.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-clause')),
      );
      expect(clauses).toEqual(['1.1.1', '1.1.2']);
      // The map draws its places, and the header offers no view the plan does not have.
      await expect
        .poll(() => app.renderedPlaces())
        .toEqual(['demo-area', 'north-station-hub', 'riverside-greenway']);
      await expect(app.page.locator('.compare-link').count()).resolves.toBe(0);
      await expect(app.page.locator('.tour-link').count()).resolves.toBe(0);
      // Its data, not the default plan's, is what the page asked for and what it offers for download.
      expect(app.requests.some((u) => u.includes(`/data/${plan}/features.geojson`))).toBe(true);
      await app.dataFiles();
      await expect(app.dataFile('clauses.json').getAttribute('href')).resolves.toBe(
        `data/${plan}/clauses.json`,
      );
      expect(app.errors).toEqual([]);
    }));

  it('reads its clauses in the reader, whose place links select its places', () =>
    withApp({ query: { plan }, lang: 'en', hash: '#/clause/1.1.2' }, async (app) => {
      await expect(app.panel.innerText()).resolves.toContain('以北站枢纽连接示范片区与周边地区');
      await app.panel.locator('a.mention[data-place="north-station-hub"]').first().click();
      await app.card.root('north-station-hub').waitFor();
      await expect(app.card.root().locator('h2').innerText()).resolves.toBe('North station hub (fixture)');
      expect(new URL(app.page.url()).searchParams.get('plan')).toBe(plan);
      expect(app.errors).toEqual([]);
    }));

  it('a plan the site does not have falls back to the default plan, and says so', () =>
    withApp({ query: { plan: 'no-such-plan' }, hash: '#/clause/10.2.1' }, async (app) => {
      await expect(app.notice.innerText()).resolves.toContain('no-such-plan');
      await expect(app.panel.innerText()).resolves.toContain('10.2.1');
      expect(new URL(app.page.url()).searchParams.has('plan')).toBe(false);
    }));
});
