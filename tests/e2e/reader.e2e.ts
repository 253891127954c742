// The plan text as a reader meets it: deep links, breadcrumb, previous/next, search by keyboard.

import { describe, expect, it } from 'vitest';
import { useApp } from './app';

const { withApp } = useApp();

describe('the reader', () => {
  it('opens #/clause/10.2.1 with its breadcrumb and text', () =>
    withApp({ hash: '#/clause/10.2.1', wait: 'none' }, async (app) => {
      const unit = app.reader.unit('10.2.1');
      await unit.waitFor();
      await expect(app.reader.breadcrumb('10.2.1').innerText()).resolves.toMatch(
        /十、优化功能布局,塑造市域空间新格局\s*›\s*10\.2 .*工作标签\s*›\s*10\.2\.1/,
      );
      await expect(unit.locator('.unit-title').innerText()).resolves.toBe('10.2.1 分类指导推进新城建设');
      await expect(unit.locator('.unit-text').innerText()).resolves.toContain('嘉定新城:成为具有创新活力');
      await app.mapReady();
      expect(app.errors).toEqual([]);
    }));

  it('moves to the next clause and updates the URL', () =>
    withApp({ hash: '#/clause/10.2.1', wait: 'none' }, async (app) => {
      await app.reader.unit('10.2.1').waitFor();
      await app.reader.next();
      await app.reader.unit('10.2.2').waitFor();
      expect(new URL(app.page.url()).hash).toMatch(/^#\/clause\/10\.2\.2/);
    }));

  it('marks damaged passages and explains them', () =>
    withApp({ lang: 'en', hash: '#/clause/10.1.4', wait: 'none' }, async (app) => {
      const unit = app.reader.unit('10.1.4');
      await unit.waitFor();
      await expect(unit.locator('mark.damaged').first().innerText()).resolves.toContain('号线');
      await expect(unit.locator('.damage-notes').innerText()).resolves.toMatch(/damaged/);
    }));

  it('says so for an unknown clause and shows the map', () =>
    withApp({ hash: '#/clause/99.9.9', wait: 'none' }, async (app) => {
      await expect(app.notice.innerText()).resolves.toContain('99.9.9');
      await app.mapReady();
      await expect(app.panel.isHidden()).resolves.toBe(true);
    }));
});

describe('search', () => {
  it('lists places first for a name, then the clauses that name it; arrows and Enter open one', () =>
    withApp({}, async (app) => {
      const { page } = app;
      await page.keyboard.press('/');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search');
      await page.keyboard.type('嘉闵线');
      await app.search.hits.first().waitFor();
      await expect(app.search.hits.first().getAttribute('data-hit-id')).resolves.toBe('rail-jiamin');
      const clauses = app.search.clauseHits;
      const top2 = await clauses.evaluateAll((els) =>
        els.slice(0, 2).map((e) => (e as HTMLElement).dataset['hitId']),
      );
      expect(top2.sort()).toEqual(['10.2.1', '12.1.1']);
      await expect(clauses.first().locator('mark').first().innerText()).resolves.toBe('嘉闵线');
      await expect(clauses.first().locator('.hit-context').innerText()).resolves.toMatch(/›/);
      const selected = app.search.chosen;
      for (let i = 0; i < 12 && !(await selected.getAttribute('class'))?.includes('search-hit-clause'); i++) {
        await page.keyboard.press('ArrowDown');
      }
      const chosen = await selected.getAttribute('data-hit-id');
      await page.keyboard.press('Enter');
      await app.reader.unit(chosen!).waitFor();
      expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/clause/${chosen!.replace(/\./g, '\\.')}`));
    }));

  it('typing a query and pressing Enter opens the first result in the reader', () =>
    withApp({}, async (app) => {
      await app.search.box.fill('公园');
      const first = app.search.hits.first();
      await first.waitFor();
      const id = await first.getAttribute('data-hit-id');
      expect(id).toBe('13.3.1');
      await app.search.box.press('Enter');
      await app.reader.unit('13.3.1').waitFor();
    }));
});
