// Chinese and English as a reader meets them: one switch changes the legend, the panel and the tooltip, the URL
// keeps the language, and English never passes a translation off as the plan's words. In English, a tour file or
// link with a mistake is explained in English, the compare view's small maps name the districts in English, and the
// image export shows each quote's gloss, marked as an unofficial translation.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { hoverAt, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const root = path.resolve(import.meta.dirname, '../..');
const browser = useBrowser();

describe('switching language', () => {
  it('changes the legend, a panel and a tooltip; the URL and a reload keep English', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/place/new-town-jiading?map=10/31.35/121.25`);
    await waitForMapReady(s.page);
    const legend = s.page.locator('.legend');
    await expect(legend.locator('summary').innerText()).resolves.toBe('图例');
    await expect(s.page.locator('.place-card .place-title').innerText()).resolves.toBe('嘉定新城');
    await s.page.locator('button.lang-switch').click();
    await expect.poll(() => legend.locator('summary').innerText()).toBe('Legend');
    await expect(legend.locator('.legend-name').first().textContent()).resolves.toBe('Central city');
    await expect.poll(() => s.page.locator('.place-card .place-title').innerText()).toBe('Jiading New Town');
    await expect(s.page.locator('.mentions-title').innerText()).resolves.toBe('What the plan says');
    expect(new URL(s.page.url()).searchParams.get('lang')).toBe('en');
    await expect(s.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // the tooltip: English name first
    await hoverAt(s.page, 121.3, 31.0); // Songjiang new town, south of the view: move there first
    await s.page.goto(`${appUrl}?lang=en#/?map=11/31.03/121.22`);
    await waitForMapReady(s.page);
    await hoverAt(s.page, 121.2, 31.0);
    await expect.poll(() => s.page.locator('.map-tooltip').innerText()).toMatch(/^[A-Za-z]/);
    // a reload without ?lang keeps the stored choice
    await s.page.goto(`${appUrl}#/clause/10.2.1`);
    await s.page.locator('article.unit').waitFor();
    await expect(s.page.locator('.title-main').innerText()).resolves.toMatch(/spatial explorer/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shows glosses and summaries marked unofficial, with the Chinese text as the plan’s words', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/clause/10.2.1`);
    const unit = s.page.locator('article.unit[data-unit-id="10.2.1"]');
    await unit.locator('.unit-summary').waitFor();
    await expect(unit.locator('.unit-gloss').innerText()).resolves.toMatch(/unofficial translation/);
    await expect(unit.locator('.unit-summary h3').innerText()).resolves.toMatch(/unofficial summary/i);
    await expect(unit.locator('.unit-text').innerText()).resolves.toContain('嘉定新城');
    await expect(unit.locator('.unit-text-label').innerText()).resolves.toMatch(/authoritative Chinese/i);
    // the search finds places by their English name
    await s.page.locator('#search').fill('Lingang Special');
    await expect
      .poll(() => s.page.locator('#search-results .search-hit').first().getAttribute('data-hit-id'))
      .toBe('lingang-special-area');
    await s.close();
  });
});

describe('English all the way through the views', () => {
  it('a broken tour file or link is explained in the interface’s language', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/tour/overview/2`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    await page.locator('.tour-edit').click();
    const tour = JSON.parse(
      fs.readFileSync(path.join(root, 'content/shanghai-14fyp/tours/overview.json'), 'utf8'),
    ) as {
      steps: { view: { zoom: number } }[];
    };
    tour.steps[1]!.view.zoom = 5;
    await page.locator('.te-open').setInputFiles({
      name: 'broken-tour.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tour)),
    });
    const msg = page.locator('.te-message-error');
    await msg.waitFor();
    await expect(msg.innerText()).resolves.toMatch(
      /Could not open “broken-tour\.json”: it is not a valid tour/,
    );
    await expect(page.locator('.te-error-list li').allInnerTexts()).resolves.toEqual([
      'steps[1].view.zoom: must be between 6.5 and 17',
    ]);
    await expect(msg.innerText()).resolves.not.toMatch(/\p{Script=Han}/u);
    // the same problem, said again in Chinese when the language changes
    await page.locator('button.lang-switch').click();
    await expect
      .poll(() => page.locator('.te-error-list li').allInnerTexts())
      .toEqual(['steps[1].view.zoom 处:必须在 6.5 与 17 之间']);
    await s.close();

    // a link whose tour was cut short
    const l = await openPage(browser(), `${appUrl}?lang=en&tour=AAAAA#/tour/overview/1`);
    await expect
      .poll(() => l.page.locator('.notice').first().innerText())
      .toMatch(/The tour in the link: the link’s tour data is damaged/);
    await expect(l.page.locator('.notice').first().innerText()).resolves.not.toMatch(/\p{Script=Han}/u);
    await l.close();
  });

  it('the compare view’s small maps name the districts in English', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/compare/jiading,qingpu`);
    const { page } = s;
    await page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 });
    const labels = page.locator('svg.cmp-map[data-town="jiading"] text.bm-label');
    await expect(labels.allTextContents()).resolves.toContain('Jiading District');
    for (const text of await page.locator('svg.cmp-map text.bm-label').allTextContents())
      expect(text).not.toMatch(/\p{Script=Han}/u);
    await page.locator('button.lang-switch').click();
    await expect.poll(() => labels.allTextContents()).toContain('嘉定区');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the image export shows each quote with its English gloss, marked as an unofficial translation', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/tour/overview/1`);
    const { page } = s;
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    await page.locator('.tour-export').click();
    const dialog = page.locator('.export-dialog');
    await dialog.waitFor();
    await expect(dialog.locator('#export-heading').innerText()).resolves.toBe('Export image');
    await expect(dialog.locator('.export-download').innerText()).resolves.toBe('Download PNG');
    // the plan's words stay Chinese; the gloss under them says it is not the plan's
    await expect(dialog.locator('.export-caption-quote').first().innerText()).resolves.toContain(
      '空间新格局',
    );
    const gloss = dialog.locator('.export-caption-gloss').first();
    await expect(gloss.innerText()).resolves.toMatch(/^Accelerate a new spatial pattern/);
    await expect(gloss.locator('.badge-unofficial').innerText()).resolves.toMatch(/unofficial translation/i);
    // in Chinese, no gloss
    await dialog.locator('.export-cancel').click();
    await page.locator('button.lang-switch').click();
    await expect.poll(() => page.locator('.tour-counter').innerText()).toBe('第 1 / 11 步');
    await page.locator('.tour-export').click();
    await expect.poll(() => dialog.locator('#export-heading').innerText()).toBe('导出图片');
    await expect(dialog.locator('.export-caption-quote').first().innerText()).resolves.toContain(
      '空间新格局',
    );
    await expect(dialog.locator('.export-caption-gloss').count()).resolves.toBe(0);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
