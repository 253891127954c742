// The plan text as a reader meets it: deep links, breadcrumb, previous/next, search by keyboard.

import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

describe('the reader', () => {
  it('opens #/clause/10.2.1 with its breadcrumb and text', async () => {
    const s = await openPage(browser(), `${appUrl}#/clause/10.2.1`);
    const unit = s.page.locator('article.unit[data-unit-id="10.2.1"]');
    await unit.waitFor();
    await expect(unit.locator('.breadcrumb').innerText()).resolves.toMatch(
      /十、优化功能布局,塑造市域空间新格局\s*›\s*10\.2 .*工作标签\s*›\s*10\.2\.1/,
    );
    await expect(unit.locator('.unit-title').innerText()).resolves.toBe('10.2.1 分类指导推进新城建设');
    await expect(unit.locator('.unit-text').innerText()).resolves.toContain('嘉定新城:成为具有创新活力');
    await waitForMapReady(s.page);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('moves to the next clause and updates the URL', async () => {
    const s = await openPage(browser(), `${appUrl}#/clause/10.2.1`);
    await s.page.locator('article.unit[data-unit-id="10.2.1"]').waitFor();
    await s.page.locator('.prev-next a.next').click();
    await s.page.locator('article.unit[data-unit-id="10.2.2"]').waitFor();
    expect(new URL(s.page.url()).hash).toMatch(/^#\/clause\/10\.2\.2/);
    await s.close();
  });

  it('marks damaged passages and explains them', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/clause/10.1.4`);
    const unit = s.page.locator('article.unit[data-unit-id="10.1.4"]');
    await unit.waitFor();
    await expect(unit.locator('mark.damaged').first().innerText()).resolves.toContain('号线');
    await expect(unit.locator('.damage-notes').innerText()).resolves.toMatch(/damaged/);
    await s.close();
  });

  it('says so for an unknown clause and shows the map', async () => {
    const s = await openPage(browser(), `${appUrl}#/clause/99.9.9`);
    await expect(s.page.locator('.notice').first().innerText()).resolves.toContain('99.9.9');
    await waitForMapReady(s.page);
    await expect(s.page.locator('#panel').isHidden()).resolves.toBe(true);
    await s.close();
  });
});

describe('search', () => {
  it('lists places first for a name, then the clauses that name it; arrows and Enter open one', async () => {
    const s = await openPage(browser(), appUrl);
    await waitForMapReady(s.page);
    await s.page.keyboard.press('/');
    await expect(s.page.evaluate(() => document.activeElement?.id)).resolves.toBe('search');
    await s.page.keyboard.type('嘉闵线');
    const results = s.page.locator('#search-results .search-hit');
    await results.first().waitFor();
    await expect(results.first().getAttribute('data-hit-id')).resolves.toBe('rail-jiamin');
    const clauses = s.page.locator('#search-results .search-hit-clause');
    const top2 = await clauses.evaluateAll((els) =>
      els.slice(0, 2).map((e) => (e as HTMLElement).dataset['hitId']),
    );
    expect(top2.sort()).toEqual(['10.2.1', '12.1.1']);
    await expect(clauses.first().locator('mark').first().innerText()).resolves.toBe('嘉闵线');
    await expect(clauses.first().locator('.hit-context').innerText()).resolves.toMatch(/›/);
    const selected = s.page.locator('#search-results [aria-selected="true"]');
    for (let i = 0; i < 12 && !(await selected.getAttribute('class'))?.includes('search-hit-clause'); i++) {
      await s.page.keyboard.press('ArrowDown');
    }
    const chosen = await s.page.locator('#search-results [aria-selected="true"]').getAttribute('data-hit-id');
    await s.page.keyboard.press('Enter');
    await s.page.locator(`article.unit[data-unit-id="${chosen}"]`).waitFor();
    expect(new URL(s.page.url()).hash).toMatch(new RegExp(`^#/clause/${chosen!.replace(/\./g, '\\.')}`));
    await s.close();
  });

  it('typing a query and pressing Enter opens the first result in the reader', async () => {
    const s = await openPage(browser(), appUrl);
    await waitForMapReady(s.page);
    await s.page.locator('#search').fill('公园');
    const first = s.page.locator('#search-results .search-hit').first();
    await first.waitFor();
    const id = await first.getAttribute('data-hit-id');
    expect(id).toBe('13.3.1');
    await s.page.locator('#search').press('Enter');
    await s.page.locator('article.unit[data-unit-id="13.3.1"]').waitFor();
    await s.close();
  });
});
