// A place's status history on its card: metro Line 14's card, in Chinese and in English, lists the plan's own
// status (January 2021) and the line's opening (30 December 2021) with the report that says so, linked on a
// trustworthy host; a date known only from a report says so (截至 / by). The served features carry the history of
// every rail line and hub.

import { describe, expect, inject, it } from 'vitest';
import { SOURCE_HOSTS } from '../../content/shanghai-14fyp/source-hosts';
import { useBrowser } from './browser';
import { offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

const trusted = (href: string) => {
  const host = new URL(href).hostname;
  return SOURCE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

const CASES = {
  zh: {
    row: '状态变化',
    baseline: ['2021年1月', '规划纲要发布时(本图所绘):在建'],
    opened: [
      '2021年12月30日',
      '开通',
      /14号线开通运营/,
      '上海两条地铁新线开通运营(译自英文标题),新华社,2021年12月30日',
    ],
    reported: /^截至2021年3月11日$/,
  },
  en: {
    row: 'Status history',
    baseline: ['Jan 2021', 'At the plan’s adoption (as drawn): under construction'],
    opened: [
      '30 Dec 2021',
      'opened',
      /Line 14 opened: 31 stations/,
      'Operation commences on 2 new Shanghai metro lines, Xinhua, 30 December 2021',
    ],
    reported: /^by 11 Mar 2021$/,
  },
} as const;

describe('status history', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows metro Line 14's dated history with its sources (${lang})`, async () => {
      const c = CASES[lang];
      const s = await openPage(browser(), `${appUrl}?lang=${lang}#/place/metro-14`);
      const { page } = s;
      await waitForMapReady(page);
      const card = page.locator('.place-card[data-place-id="metro-14"]');
      await card.waitFor();
      const row = card.locator('.place-history-row');
      await expect(row.locator('dt').innerText()).resolves.toBe(c.row);
      const events = row.locator('.history-event');
      await expect(events.count()).resolves.toBe(2);

      const first = events.nth(0);
      await expect(first.getAttribute('data-date')).resolves.toBe('2021-01');
      await expect(first.locator('time').innerText()).resolves.toBe(c.baseline[0]);
      await expect(first.locator('.history-status').innerText()).resolves.toBe(c.baseline[1]);
      await expect(first.locator('.history-note').innerText()).resolves.toContain(
        '建成轨道14号线、18号线一期',
      );
      await expect(first.locator('.src[data-source-id="plan-14fyp"]').count()).resolves.toBe(1);

      const opened = events.nth(1);
      await expect(opened.getAttribute('data-status')).resolves.toBe('opened');
      await expect(opened.locator('time').getAttribute('datetime')).resolves.toBe('2021-12-30');
      await expect(opened.locator('time').innerText()).resolves.toBe(c.opened[0]);
      await expect(opened.locator('.history-status').innerText()).resolves.toBe(c.opened[1]);
      await expect(opened.locator('.history-note').innerText()).resolves.toMatch(c.opened[2]);
      const src = opened.locator('.src[data-source-id="news-2021-12-30-metro-14-18"]');
      await expect(src.innerText()).resolves.toContain(c.opened[3]);
      const links = await opened
        .locator('.src-list a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toContain('https://www.shine.cn/news/metro/2112300238/');
      expect(links.filter((l) => !trusted(l))).toEqual([]);

      // A date that is only a report's says so.
      await page.evaluate(() => (location.hash = '#/place/metro-chongming'));
      const chongming = page.locator('.place-card[data-place-id="metro-chongming"] .history-event');
      await chongming.nth(1).waitFor();
      await expect(chongming.nth(1).locator('time').innerText()).resolves.toMatch(c.reported);

      expect(s.errors).toEqual([]);
      expect(offMachine(s.requests)).toEqual([]);
      await s.close();
    });
  }

  it('serves the history of every rail line and hub, each ending in a dated, sourced event', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/`);
    await waitForMapReady(s.page);
    const rail = await s.page.evaluate(async () => {
      const fc = (await fetch('data/shanghai-14fyp/features.geojson').then((r) => r.json())) as {
        features: {
          properties: {
            id: string;
            theme: string;
            history?: { date: string; sources: { url?: string; read_at?: unknown[] }[] }[];
          };
        }[];
      };
      return fc.features
        .filter((f) => f.properties.theme === 'rail')
        .map((f) => {
          const last = f.properties.history?.at(-1);
          return {
            id: f.properties.id,
            date: last?.date ?? '',
            read: last?.sources.some((r) => r.url || r.read_at?.length) ?? false,
          };
        });
    });
    expect(rail).toHaveLength(20);
    expect(rail.filter((r) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.date) || !r.read)).toEqual([]);
    await s.close();
  });
});
