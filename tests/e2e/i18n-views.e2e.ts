// The full views (compare, tour) in the chosen language: English row names, buttons and captions with
// `?lang=en`, and the same view switching to Chinese in place, keeping what the user chose.

import { describe, expect, it } from 'vitest';
import { useApp } from './app';

const { withApp } = useApp();

describe('the compare view in two languages', () => {
  it('?lang=en shows English rows and buttons; switching to 中文 changes them and keeps the choice', () =>
    withApp({ lang: 'en', hash: '#/compare/jiading,qingpu,nanhui', wait: 'none' }, async (app) => {
      const { page, compare } = app;
      await compare.ready();
      await expect(compare.rowName('positioning').innerText()).resolves.toBe('Positioning');
      await expect(compare.rowName('area').innerText()).resolves.toBe('Area');
      await expect(compare.close.innerText()).resolves.toMatch(/Back to the map/);
      await expect(page.locator('.cmp-title').innerText()).resolves.toBe('The five new towns compared');
      // English name first, the Chinese beside it; the plan's words stay Chinese
      await expect(page.locator('th.cmp-town').first().innerText()).resolves.toMatch(
        /^Jiading New Town\s+嘉定新城$/,
      );
      await expect(
        page.locator('tr[data-row="positioning"] td').first().locator('q.cmp-quote').innerText(),
      ).resolves.toContain('科技教化之城');

      await app.switchLanguage();
      await expect.poll(() => compare.rowName('positioning').innerText()).toBe('定位');
      await expect(compare.rowName('area').innerText()).resolves.toBe('面积');
      await expect(compare.close.innerText()).resolves.toMatch(/返回地图/);
      await expect(compare.close.innerText()).resolves.not.toMatch(/Back/);
      // the same three towns
      await expect(compare.towns()).resolves.toEqual(['嘉定新城', '青浦新城', '南汇新城']);
      expect(app.errors).toEqual([]);
    }));
});

describe('a tour in two languages', () => {
  it('?lang=en shows the English title, gloss, summary and counter; the quote stays Chinese', () =>
    withApp({ lang: 'en', hash: '#/tour/overview/1' }, async (app) => {
      const { page, tour } = app;
      await tour.ready();
      const card = tour.card;
      await expect(tour.counter()).resolves.toBe('Step 1 of 12');
      await expect(tour.stepTitle()).resolves.toBe('A new spatial pattern');
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
      await app.switchLanguage();
      await expect.poll(() => tour.counter()).toBe('第 1 / 12 步');
      await expect(tour.stepTitle()).resolves.toBe('空间新格局');
      await expect(card.locator('.tour-summary').innerText()).resolves.toContain('本导览');
      await expect(page.locator('.tour-next').innerText()).resolves.toBe('下一步 →');
      expect(page.url()).toMatch(/#\/tour\/overview\/1/);
      expect(app.errors).toEqual([]);
    }));
});
