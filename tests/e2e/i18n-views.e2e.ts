// The full views (compare, tour) in the chosen language: English row names, buttons and captions with
// `?lang=en`, and the same view switching to Chinese in place, keeping what the user chose.

import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

const rowName = (row: string) => `.cmp-table tr[data-row="${row}"] .cmp-row-name`;

describe('the compare view in two languages', () => {
  it('?lang=en shows English rows and buttons; switching to 中文 changes them and keeps the choice', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/compare/jiading,qingpu,nanhui`);
    const { page } = s;
    await page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 });
    await expect(page.locator(rowName('positioning')).innerText()).resolves.toBe('Positioning');
    await expect(page.locator(rowName('area')).innerText()).resolves.toBe('Area');
    await expect(page.locator('button.cmp-close').innerText()).resolves.toMatch(/Back to the map/);
    await expect(page.locator('.cmp-title').innerText()).resolves.toBe('The five new towns compared');
    // English name first, the Chinese beside it; the plan's words stay Chinese
    await expect(page.locator('th.cmp-town').first().innerText()).resolves.toMatch(
      /^Jiading New Town\s+嘉定新城$/,
    );
    await expect(
      page.locator('tr[data-row="positioning"] td').first().locator('q.cmp-quote').innerText(),
    ).resolves.toContain('科技教化之城');

    await page.locator('button.lang-switch').click();
    await expect.poll(() => page.locator(rowName('positioning')).innerText()).toBe('定位');
    await expect(page.locator(rowName('area')).innerText()).resolves.toBe('面积');
    await expect(page.locator('button.cmp-close').innerText()).resolves.toMatch(/返回地图/);
    await expect(page.locator('button.cmp-close').innerText()).resolves.not.toMatch(/Back/);
    // the same three towns
    await expect(page.locator('.cmp-table thead th.cmp-town .cmp-town-zh').allInnerTexts()).resolves.toEqual([
      '嘉定新城',
      '青浦新城',
      '南汇新城',
    ]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});

describe('a tour in two languages', () => {
  it('?lang=en shows the English title, gloss, summary and counter; the quote stays Chinese', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/tour/overview/1`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    const card = page.locator('.tour-card');
    await expect(card.locator('.tour-counter').innerText()).resolves.toBe('Step 1 of 12');
    await expect(card.locator('.tour-step-title').innerText()).resolves.toBe('A new spatial pattern');
    await expect(card.locator('.tour-name').innerText()).resolves.toBe(
      "The plan's spatial strategy in ten minutes",
    );
    // the plan's words, in Chinese, with an English gloss marked as not official
    await expect(card.locator('.tour-quote blockquote').innerText()).resolves.toContain('空间新格局');
    await expect(card.locator('.tour-quote .tour-gloss').innerText()).resolves.toMatch(
      /^English gloss, not an official translation: Accelerate a new spatial pattern/,
    );
    // the tour's own words in English, marked as not the plan's
    await expect(card.locator('.tour-summary .tour-badge').innerText()).resolves.toMatch(/unofficial/);
    await expect(card.locator('.tour-summary').innerText()).resolves.toContain(
      'This tour takes the four phrases',
    );
    await expect(card.locator('.tour-summary').innerText()).resolves.not.toContain('本导览');
    await expect(page.locator('.tour-next').innerText()).resolves.toBe('Next →');

    // switching to Chinese keeps the step
    await page.locator('button.lang-switch').click();
    await expect.poll(() => card.locator('.tour-counter').innerText()).toBe('第 1 / 12 步');
    await expect(card.locator('.tour-step-title').innerText()).resolves.toBe('空间新格局');
    await expect(card.locator('.tour-summary').innerText()).resolves.toContain('本导览');
    await expect(page.locator('.tour-next').innerText()).resolves.toBe('下一步 →');
    expect(page.url()).toMatch(/#\/tour\/overview\/1/);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
