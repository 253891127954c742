// A tour being written is not lost on the way: a search while authoring leaves the tour, says the draft is kept
// and how to get back; Back (or the notice) brings the editor back with the draft as it was, problems and all.
// What would throw a draft away (reverting to the built-in tour, closing the tab) asks first.

import { describe, expect, it } from 'vitest';
import { useApp, type App, type AppOptions } from './app';

const { withApp } = useApp();
const MY_TOUR = /^#\/tour\/my-tour\/1(\?|$)/;

const tourAt = (step: number): AppOptions => ({ lang: 'zh', hash: `#/tour/overview/${step}` });

/** Opens the editor at step 2 and adds a step after it: the draft has 12 steps. */
async function addStep(app: App): Promise<void> {
  await app.tour.ready();
  await app.tour.edit();
  await app.tour.addStep();
  await expect.poll(() => app.tour.counter()).toBe('第 3 / 13 步');
}

describe('a tour draft survives leaving the tour', () => {
  it('searching while authoring: the place opens, a notice says the draft is kept, Back brings it back', () =>
    withApp(tourAt(2), async (app) => {
      const { page, tour } = app;
      await addStep(app);
      await tour.editor.waitFor();
      await page.locator('.te-step-title').fill('中外环之间');
      // Its caption is still to be written: the draft has problems, so it is not yet the user's saved copy.
      await expect.poll(() => tour.problems()).not.toBe('0');

      await app.search.open('嘉定新城');
      await app.card.root('new-town-jiading').waitFor();
      const notice = app.notices.filter({ hasText: '草稿' });
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain('市域空间新格局');
      await expect(notice.locator('.notice-action').innerText()).resolves.toBe('回到草稿');

      await page.goBack();
      await tour.ready();
      await tour.editor.waitFor();
      await expect.poll(() => tour.counter()).toBe('第 3 / 13 步');
      await expect(tour.stepTitle()).resolves.toBe('中外环之间');
      await expect(page.locator('.te-step-title').inputValue()).resolves.toBe('中外环之间');
      await expect(page.locator('.te-message').innerText()).resolves.toMatch(/已恢复.*草稿/);
      await expect.poll(() => tour.problems()).not.toBe('0');
      // Back in the tour: the notice has done its work.
      await expect.poll(() => notice.count()).toBe(0);
      expect(app.errors).toEqual([]);
    }));

  it('a new tour not yet valid: after a search, the notice returns to it (not "no such tour")', () =>
    withApp(tourAt(1), async (app) => {
      const { page, tour } = app;
      await tour.ready();
      await tour.edit();
      await page.locator('.te-new').click();
      await expect.poll(() => app.hash()).toMatch(MY_TOUR);
      await page.locator('.te-tour-title').fill('给居民的导览');
      await expect.poll(() => tour.name.innerText()).toBe('给居民的导览');

      await app.search.open('临港');
      await app.card.root('lingang-special-area').waitFor();
      await app.notices.filter({ hasText: '给居民的导览' }).locator('.notice-action').click();
      await expect.poll(() => app.hash()).toMatch(MY_TOUR);
      await tour.ready();
      await expect(page.locator('.tour-error').count()).resolves.toBe(0);
      await expect(tour.name.innerText()).resolves.toBe('给居民的导览');
      await tour.editor.waitFor();
      await expect(page.locator('.te-tour-title').inputValue()).resolves.toBe('给居民的导览');
      // A reload keeps it too (the draft lives as long as the tab); the browser asks first, and the user goes on.
      page.once('dialog', (d) => void d.accept());
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
      await page.reload();
      await expect(page.evaluate(() => 'before' in window)).resolves.toBe(false);
      await app.mapReady();
      await tour.ready();
      await expect(tour.name.innerText()).resolves.toBe('给居民的导览');
      expect(app.errors).toEqual([]);
    }));

  it('reverting to the built-in tour, or closing the tab, asks before the draft goes', () =>
    withApp(tourAt(2), async (app) => {
      const { page } = app;
      await addStep(app);

      // Revert, then think better of it: the draft stays.
      const asked: string[] = [];
      page.once('dialog', (d) => {
        asked.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await app.tour.revert();
      await expect.poll(() => asked).toEqual([expect.stringMatching(/^confirm: .*内置版本/)]);
      await expect(app.tour.counter()).resolves.toBe('第 3 / 13 步');

      // Closing the tab with a draft that has problems: the browser asks.
      page.once('dialog', (d) => {
        asked.push(d.type());
        void d.dismiss();
      });
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => asked).toContain('beforeunload');

      // Revert, and mean it: the built-in tour again.
      await withApp(tourAt(2), async (again) => {
        await addStep(again);
        again.page.once('dialog', (d) => void d.accept());
        await again.tour.revert();
        await expect.poll(() => again.tour.counter()).toBe('第 1 / 12 步');
        await expect(again.page.locator('.tour-source-badge').isHidden()).resolves.toBe(true);
        expect(again.errors).toEqual([]);
      });
    }));
});
