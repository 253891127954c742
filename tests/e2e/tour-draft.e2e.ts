// A tour being written is not lost on the way: a search while authoring leaves the tour, says the draft is kept
// and how to get back; Back (or the notice) brings the editor back with the draft as it was, problems and all.
// What would throw a draft away (reverting to the built-in tour, closing the tab) asks first.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

const hashOf = (page: Page) => page.evaluate(() => location.hash);
const counter = (page: Page) => page.locator('.tour-card .tour-counter').innerText();
const stepTitle = (page: Page) => page.locator('.tour-card .tour-step-title').innerText();

async function openTour(url: string) {
  const s = await openPage(browser(), url);
  await waitForMapReady(s.page);
  await s.page.locator('.tour[data-state="ready"]').waitFor();
  return s;
}

/** Searches as a user does and opens the first result with Enter. */
async function searchAndOpen(page: Page, query: string): Promise<void> {
  await page.locator('#search').fill(query);
  await page.locator(`#search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
  await page.locator('#search').press('Enter');
}

describe('a tour draft survives leaving the tour', () => {
  it('searching while authoring: the place opens, a notice says the draft is kept, Back brings it back', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/2`);
    const { page } = s;
    await page.locator('.tour-edit').click();
    await page.locator('.tour-editor').waitFor();
    await page.locator('.te-add').click();
    await expect.poll(() => counter(page)).toBe('第 3 / 13 步');
    await page.locator('.te-step-title').fill('中外环之间');
    // Its caption is still to be written: the draft has problems, so it is not yet the user's saved copy.
    await expect.poll(() => page.locator('.te-problems').getAttribute('data-count')).not.toBe('0');

    await searchAndOpen(page, '嘉定新城');
    await page.locator('.place-card[data-place-id="new-town-jiading"]').waitFor();
    const notice = page.locator('#notices .notice', { hasText: '草稿' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain('市域空间新格局');
    await expect(notice.locator('.notice-action').innerText()).resolves.toBe('回到草稿');

    await page.goBack();
    await page.locator('.tour[data-state="ready"]').waitFor();
    await page.locator('.tour-editor').waitFor();
    await expect.poll(() => counter(page)).toBe('第 3 / 13 步');
    await expect(stepTitle(page)).resolves.toBe('中外环之间');
    await expect(page.locator('.te-step-title').inputValue()).resolves.toBe('中外环之间');
    await expect(page.locator('.te-message').innerText()).resolves.toMatch(/已恢复.*草稿/);
    await expect.poll(() => page.locator('.te-problems').getAttribute('data-count')).not.toBe('0');
    // Back in the tour: the notice has done its work.
    await expect.poll(() => notice.count()).toBe(0);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a new tour not yet valid: after a search, the notice returns to it (not "no such tour")', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/1`);
    const { page } = s;
    await page.locator('.tour-edit').click();
    await page.locator('.te-new').click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/tour\/my-tour\/1(\?|$)/);
    await page.locator('.te-tour-title').fill('给居民的导览');
    await expect.poll(() => page.locator('.tour-name').innerText()).toBe('给居民的导览');

    await searchAndOpen(page, '临港');
    await page.locator('.place-card[data-place-id="lingang-special-area"]').waitFor();
    await page.locator('#notices .notice', { hasText: '给居民的导览' }).locator('.notice-action').click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/tour\/my-tour\/1(\?|$)/);
    await page.locator('.tour[data-state="ready"]').waitFor();
    await expect(page.locator('.tour-error').count()).resolves.toBe(0);
    await expect(page.locator('.tour-name').innerText()).resolves.toBe('给居民的导览');
    await page.locator('.tour-editor').waitFor();
    await expect(page.locator('.te-tour-title').inputValue()).resolves.toBe('给居民的导览');
    // A reload keeps it too (the draft lives as long as the tab); the browser asks first, and the user goes on.
    page.once('dialog', (d) => void d.accept());
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
    await page.reload();
    await expect(page.evaluate(() => 'before' in window)).resolves.toBe(false);
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    await expect(page.locator('.tour-name').innerText()).resolves.toBe('给居民的导览');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('reverting to the built-in tour, or closing the tab, asks before the draft goes', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/2`);
    const { page } = s;
    await page.locator('.tour-edit').click();
    await page.locator('.te-add').click();
    await expect.poll(() => counter(page)).toBe('第 3 / 13 步');

    // Revert, then think better of it: the draft stays.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await page.locator('.te-revert').click();
    await expect.poll(() => asked).toEqual([expect.stringMatching(/^confirm: .*内置版本/)]);
    await expect(counter(page)).resolves.toBe('第 3 / 13 步');

    // Closing the tab with a draft that has problems: the browser asks.
    page.once('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toContain('beforeunload');

    // Revert, and mean it: the built-in tour again.
    const again = await openTour(`${appUrl}?lang=zh#/tour/overview/2`);
    await again.page.locator('.tour-edit').click();
    await again.page.locator('.te-add').click();
    await expect.poll(() => counter(again.page)).toBe('第 3 / 13 步');
    again.page.once('dialog', (d) => void d.accept());
    await again.page.locator('.te-revert').click();
    await expect.poll(() => counter(again.page)).toBe('第 1 / 12 步');
    await expect(again.page.locator('.tour-source-badge').isHidden()).resolves.toBe(true);
    expect(again.errors).toEqual([]);
    await again.close();
    await s.close();
  });
});
