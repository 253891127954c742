// Chinese first: a reader of the Chinese interface meets no English on any place's card, in the places-in-view
// list, the compare table or the export dialog, except the Latin words the plan itself writes (G60, LNG, TOD, PM2.5…),
// road codes (G1503, S20), Latin inside a place's own Chinese name, and the English name line under the title. Every
// source a card shows is a document or dataset record (title and publisher), its links on hosts the plan trusts,
// and no text names a file of the repository.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SOURCE_HOSTS } from '../../content/shanghai-14fyp/source-hosts';
import { useBrowser } from './browser';
import { hoverAt, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

const LATIN = /[A-Za-z][A-Za-z0-9.+]*/g;
const ROAD_CODE = /^[GS]\d{1,4}$/;
/** Paper sizes, as Chinese writes them too (A4纸). */
const PAPER = /^A[0-5]$/;
/** What a reader must never see: a file of the repository, a path of it. */
const FILE_NAME = /\.(geojson|json|md|ts|txt)\b|\bgeo\/|\bbasemap\/|\bcontent\//;

interface Facts {
  ids: string[];
  /** The Latin words the plan's text writes, and those inside the places' Chinese names and aliases. */
  allowed: string[];
}

/** The places' ids and the Latin words a Chinese reader may meet, from the app's own data. */
async function facts(page: Page): Promise<Facts> {
  return page.evaluate(async (re) => {
    const latin = new RegExp(re, 'g');
    const [fc, units] = (await Promise.all(
      ['features.geojson', 'clauses.json'].map((f) =>
        fetch(`data/shanghai-14fyp/${f}`).then((r) => r.json()),
      ),
    )) as [
      { features: { properties: { id: string; name_zh: string; aliases: string[] } }[] },
      { text: string }[],
    ];
    const allowed = new Set<string>();
    for (const u of units) for (const m of u.text.match(latin) ?? []) allowed.add(m);
    for (const f of fc.features)
      for (const n of [f.properties.name_zh, ...f.properties.aliases])
        for (const m of n.match(latin) ?? []) allowed.add(m);
    return { ids: fc.features.map((f) => f.properties.id), allowed: [...allowed] };
  }, LATIN.source);
}

/** The Latin words of `text` a Chinese reader may not meet. */
function foreign(text: string, allowed: ReadonlySet<string>): string[] {
  return [...new Set(text.match(LATIN) ?? [])].filter(
    (w) => !allowed.has(w) && !ROAD_CODE.test(w) && !PAPER.test(w),
  );
}

/** The text of the element at `selector`, without the parts matching `omit` (the English name line). */
function textOf(
  page: Page,
  selector: string,
  omit = '.place-name-other, .piv-other, .cmp-town-en',
): Promise<string> {
  return page.evaluate(
    ([sel, om]) => {
      const el = document.querySelector(sel);
      if (!el) return '';
      const copy = el.cloneNode(true) as HTMLElement;
      for (const x of copy.querySelectorAll(om)) x.remove();
      // innerText of a detached node is its textContent: separate the blocks so that words do not run together.
      for (const x of copy.querySelectorAll('dt, dd, li, p, h2, h3, td, th, span, a')) x.append(' ');
      return copy.textContent ?? '';
    },
    [selector, omit] as const,
  );
}

const trusted = (href: string) => {
  const host = new URL(href).hostname;
  return SOURCE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

describe('Chinese first', () => {
  it('shows every place’s card in Chinese: no English but the plan’s own Latin words and the English name line', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/`);
    const { page } = s;
    await waitForMapReady(page);
    const { ids, allowed } = await facts(page);
    expect(ids).toHaveLength(177);
    const ok = new Set(allowed);
    const bad: Record<string, string[]> = {};
    const files: Record<string, string> = {};
    const hosts: string[] = [];
    let sources = 0;
    for (const id of ids) {
      await page.evaluate((x) => (location.hash = `#/place/${x}`), id);
      await page.locator(`.place-card[data-place-id="${id}"]`).waitFor();
      await page.locator('.place-mentions').waitFor();
      const text = await textOf(page, '#panel');
      const words = foreign(text, ok);
      if (words.length) bad[id] = words;
      const file = FILE_NAME.exec(text);
      if (file) files[id] = file[0];
      const links = await page
        .locator('.place-card .src-list a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      hosts.push(...links.filter((l) => !trusted(l)));
      sources += await page.locator('.place-card .src-list li').count();
      // Kinds and groups are labels of the plan's vocabulary, never raw ids.
      const kind = await page.locator('.place-card .card-row').first().locator('dd').innerText();
      expect(kind, id).not.toMatch(/^[a-z-]+$/);
    }
    expect(bad).toEqual({});
    expect(files).toEqual({});
    expect(hosts).toEqual([]);
    expect(sources).toBeGreaterThanOrEqual(177);
    expect(s.errors).toEqual([]);
    await s.close();
  }, 600_000);

  it('shows the Jiading card with its action plan as the source of its area, a precision badge and few Latin letters', async () => {
    const counts: Record<string, number> = {};
    for (const lang of ['zh', 'en'] as const) {
      const s = await openPage(browser(), `${appUrl}?lang=${lang}#/place/new-town-jiading`);
      await waitForMapReady(s.page);
      const card = s.page.locator('.place-card[data-place-id="new-town-jiading"]');
      await card.waitFor();
      if (lang === 'zh') {
        const area = card.locator('.card-row', { hasText: '官方面积' });
        await expect(area.innerText()).resolves.toMatch(
          /159\.5 平方公里[\s\S]*《嘉定新城“十四五”规划建设行动方案》,上海市嘉定区人民政府,2021年3月 官方文件/,
        );
        await expect(card.locator('.precision-badge').innerText()).resolves.toBe('示意');
        await expect(card.innerText()).resolves.toMatch(/类型\s+新城/);
        await expect(s.page.locator('.legend-precision').innerText()).resolves.toMatch(
          /精度:\s*实测.*近似.*示意/,
        );
      }
      counts[lang] = await s.page.evaluate(() => (document.body.innerText.match(/[A-Za-z]/g) ?? []).length);
      await s.close();
    }
    console.log(`Latin letters on the Jiading page: zh ${counts['zh']}, en ${counts['en']}`);
    expect(counts['zh']).toBeLessThan(150);
    expect(counts['en']).toBeGreaterThan(1000);
  });

  it('lists the places in view, the compare table and the export dialog in Chinese', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/place/new-town-songjiang`);
    const { page } = s;
    await waitForMapReady(page);
    const { allowed } = await facts(page);
    const ok = new Set(allowed);
    await page.locator('details.piv > summary').click();
    await page.locator('.piv a.piv-place').first().waitFor();
    expect(await page.locator('.piv a.piv-place').count()).toBeGreaterThan(10);
    await expect(page.locator('.piv a.piv-place').first().locator('.piv-kind').innerText()).resolves.toMatch(
      /(示意|近似|实测)$/,
    );
    expect(foreign(await textOf(page, '.piv'), ok)).toEqual([]);
    await page.locator('details.piv > summary').click();

    // The tooltip of a hovered place: its names, then its kind, status and precision in Chinese.
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('#panel').waitFor({ state: 'hidden' });
    await hoverAt(page, 121.24, 31.01); // inside Songjiang new town, clear of lines
    const tip = page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible' });
    const lines = (await tip.innerText()).split('\n');
    expect(lines[0]).toBe('松江新城');
    expect(lines.at(-1)).toMatch(/^新城 · .+ · (示意|近似|实测)$/);
    expect(foreign(lines.filter((l, i) => i !== 1).join(' '), ok)).toEqual([]);

    await page.locator('.export-link').click();
    await page.locator('.export-dialog').waitFor();
    expect(foreign(await textOf(page, '.export-dialog'), ok)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.evaluate(() => (location.hash = '#/compare'));
    await page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 });
    const table = await textOf(page, '.cmp-table');
    expect(foreign(table, ok), table).toEqual([]);
    expect(table).not.toMatch(FILE_NAME);
    // The Songjiang area is official but unverified: the table says so, and names the document, not a repost.
    await expect(page.locator('.cmp-table .unverified-badge').count()).resolves.toBeGreaterThan(0);
    const links = await page
      .locator('.cmp-table .src a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.filter((l) => !trusted(l))).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
