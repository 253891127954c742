// Chinese and English as a reader meets them: one switch changes the legend, the panel and the tooltip, the URL
// keeps the language, and English never passes a translation off as the plan's words. In English, a tour file or
// link with a mistake is explained in English, the compare view's small maps name the districts in English, and the
// image export shows each quote's gloss, marked as an unofficial translation.

import { describe, expect, it } from 'vitest';
import { readJson, useApp } from './app';

const { withApp } = useApp();
const HAN = /\p{Script=Han}/u;

describe('switching language', () => {
  it('changes the legend, a panel and a tooltip; the URL and a reload keep English', () =>
    withApp({ lang: 'zh', hash: '#/place/new-town-jiading?map=10/31.35/121.25' }, async (app) => {
      const { legend, card } = app;
      await expect(legend.summary.innerText()).resolves.toBe('图例');
      await expect(card.title.innerText()).resolves.toBe('嘉定新城');
      await app.switchLanguage();
      await expect.poll(() => legend.summary.innerText()).toBe('Legend');
      await expect(legend.names.first().textContent()).resolves.toBe('Central city');
      await expect.poll(() => card.title.innerText()).toBe('Jiading New Town');
      await expect(card.mentionsTitle.innerText()).resolves.toBe('What the plan says');
      expect(new URL(app.page.url()).searchParams.get('lang')).toBe('en');
      await expect(app.page.locator('html').getAttribute('lang')).resolves.toBe('en');
      // the tooltip: English name first
      await app.hover(121.3, 31.0); // Songjiang new town, south of the view: move there first
      await app.goto({ lang: 'en', hash: '#/?map=11/31.03/121.22' });
      await app.hover(121.2, 31.0);
      await expect.poll(() => app.tooltip.innerText()).toMatch(/^[A-Za-z]/);
      // a reload without ?lang keeps the stored choice
      await app.goto({ hash: '#/clause/10.2.1', wait: 'none' });
      await app.reader.unit().waitFor();
      await expect(app.title.innerText()).resolves.toMatch(/spatial explorer/);
      expect(app.errors).toEqual([]);
    }));

  it('shows glosses and summaries marked unofficial, with the Chinese text as the plan’s words', () =>
    withApp({ lang: 'en', hash: '#/clause/10.2.1', wait: 'none' }, async (app) => {
      const unit = app.reader.unit('10.2.1');
      await unit.locator('.unit-summary').waitFor();
      await expect(unit.locator('.unit-gloss').innerText()).resolves.toMatch(/unofficial translation/);
      await expect(unit.locator('.unit-summary h3').innerText()).resolves.toMatch(/unofficial summary/i);
      await expect(unit.locator('.unit-text').innerText()).resolves.toContain('嘉定新城');
      await expect(unit.locator('.unit-text-label').innerText()).resolves.toMatch(/authoritative Chinese/i);
      // the search finds places by their English name
      await app.search.box.fill('Lingang Special');
      await expect
        .poll(() => app.search.hits.first().getAttribute('data-hit-id'))
        .toBe('lingang-special-area');
    }));
});

describe('English all the way through the views', () => {
  it('a broken tour file or link is explained in the interface’s language', async () => {
    await withApp({ lang: 'en', hash: '#/tour/overview/2' }, async (app) => {
      const { page } = app;
      await app.tour.ready();
      await app.tour.edit();
      const tour = readJson<{ steps: { view: { zoom: number } }[] }>(
        'content/shanghai-14fyp/tours/overview.json',
      );
      tour.steps[1]!.view.zoom = 5;
      await app.tour.openFile('broken-tour.json', tour);
      const msg = page.locator('.te-message-error');
      await msg.waitFor();
      await expect(msg.innerText()).resolves.toMatch(
        /Could not open “broken-tour\.json”: it is not a valid tour/,
      );
      await expect(page.locator('.te-error-list li').allInnerTexts()).resolves.toEqual([
        'steps[1].view.zoom: must be between 6.5 and 17',
      ]);
      await expect(msg.innerText()).resolves.not.toMatch(HAN);
      // the same problem, said again in Chinese when the language changes
      await app.switchLanguage();
      await expect
        .poll(() => page.locator('.te-error-list li').allInnerTexts())
        .toEqual(['steps[1].view.zoom 处:必须在 6.5 与 17 之间']);
    });

    // a link whose tour was cut short
    await withApp(
      { lang: 'en', query: { tour: 'AAAAA' }, hash: '#/tour/overview/1', wait: 'none' },
      async (app) => {
        await expect
          .poll(() => app.notice.innerText())
          .toMatch(/The tour in the link: the link’s tour data is damaged/);
        await expect(app.notice.innerText()).resolves.not.toMatch(HAN);
      },
    );
  });

  it('the compare view’s small maps name the districts in English', () =>
    withApp({ lang: 'en', hash: '#/compare/jiading,qingpu', wait: 'none' }, async (app) => {
      const { page } = app;
      await app.compare.ready();
      const labels = page.locator('svg.cmp-map[data-town="jiading"] text.bm-label');
      await expect(labels.allTextContents()).resolves.toContain('Jiading District');
      for (const text of await page.locator('svg.cmp-map text.bm-label').allTextContents())
        expect(text).not.toMatch(HAN);
      await app.switchLanguage();
      await expect.poll(() => labels.allTextContents()).toContain('嘉定区');
      expect(app.errors).toEqual([]);
    }));

  it('the image export shows each quote with its English gloss, marked as an unofficial translation', () =>
    withApp({ lang: 'en', hash: '#/tour/overview/1' }, async (app) => {
      const dialog = app.export.dialog;
      await app.tour.ready();
      await app.export.open();
      await expect(dialog.locator('#export-heading').innerText()).resolves.toBe('Export image');
      await expect(dialog.locator('.export-download').innerText()).resolves.toBe('Download PNG');
      // the plan's words stay Chinese; the gloss under them says it is not the plan's
      const quote = dialog.locator('.export-caption-quote').first();
      await expect(quote.innerText()).resolves.toContain('空间新格局');
      const gloss = dialog.locator('.export-caption-gloss');
      await expect(gloss.first().innerText()).resolves.toMatch(/^Accelerate a new spatial pattern/);
      await expect(gloss.first().locator('.badge-unofficial').innerText()).resolves.toMatch(
        /unofficial translation/i,
      );
      // in Chinese, no gloss
      await app.export.cancel();
      await app.switchLanguage();
      await expect.poll(() => app.tour.counter()).toBe('第 1 / 12 步');
      await app.export.open();
      await expect.poll(() => dialog.locator('#export-heading').innerText()).toBe('导出图片');
      await expect(quote.innerText()).resolves.toContain('空间新格局');
      await expect(gloss.count()).resolves.toBe(0);
      expect(app.errors).toEqual([]);
    }));
});
