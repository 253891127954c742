// The targets view as a user meets it: #/targets lists every target of the built data by chapter, in Chinese and in
// English (the English glosses marked as unofficial); the words and the chapter filter narrow it; a target's clause
// link opens the reader with its phrase highlighted; the CSV downloads with its header and a row per listed target;
// the header's button opens the view; a place's card lists the targets that name it. Nothing leaves the machine.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TargetsData } from '../../src/data/targets/model';
import { parseCsv } from '../../src/data/compare/csv';
import { useBrowser } from './browser';
import { offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();
const DATA = path.resolve(import.meta.dirname, '../../dist/data/shanghai-14fyp');
const { targets } = JSON.parse(fs.readFileSync(path.join(DATA, 'targets.json'), 'utf8')) as TargetsData;
const CHAPTERS = [...new Set(targets.map((t) => t.chapter))];

const HEADER_ZH = [
  '编号',
  '章',
  '条款',
  '目标(规划原文)',
  '数值',
  '单位',
  '年份',
  '英文释义(非官方译文)',
  '相关地点',
  '实际情况',
  '实际情况日期',
  '实际情况来源',
];

async function openTargets(hash = '#/targets', lang: 'zh' | 'en' = 'zh') {
  const s = await openPage(browser(), `${appUrl}?lang=${lang}${hash}`);
  await s.page.locator('.tg[data-state="ready"]').waitFor({ timeout: 60_000 });
  return s;
}

const itemIds = (page: Page) =>
  page.locator('.tg-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-target')));

async function downloadCsv(page: Page): Promise<{ name: string; rows: string[][]; bom: boolean }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button.tg-csv').click(),
  ]);
  const bytes = fs.readFileSync(await download.path());
  const text = bytes.toString('utf8');
  return { name: download.suggestedFilename(), rows: parseCsv(text), bom: text.startsWith('\uFEFF') };
}

describe('targets view', () => {
  it('lists every target by chapter in Chinese, each quoted with its value, year and clause', async () => {
    const s = await openTargets();
    const { page } = s;
    expect(targets.length).toBeGreaterThan(0);
    await expect(itemIds(page)).resolves.toEqual(targets.map((t) => t.id));
    const groups = await page
      .locator('.tg-chapter-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter')));
    expect(groups).toEqual(CHAPTERS);
    await expect(page.locator('.tg-chapter-group h3').first().innerText()).resolves.toMatch(
      /^[十一二三四五]+、/,
    );
    const rail = targets.find((t) => t.value.text === '960公里')!;
    const item = page.locator(`.tg-item[data-target="${rail.id}"]`);
    await expect(item.locator('.tg-quote').innerText()).resolves.toBe(rail.quote.text);
    await expect(item.locator('mark.tg-value').innerText()).resolves.toBe('960公里');
    await expect(item.locator('.tg-facts').innerText()).resolves.toContain('2025年');
    await expect(item.locator('a.tg-clause').getAttribute('href')).resolves.toBe(
      `#/clause/12.1.1/${rail.id}`,
    );
    // its outcome cites a source record
    if (rail.outcome) await expect(item.locator('.tg-outcome .src').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.tg-item .tg-gloss').count()).resolves.toBe(0);
    await expect(page.locator('.tg-count').innerText()).resolves.toContain(String(targets.length));
    expect(offMachine(s.requests)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('lists them in English with each gloss marked as an unofficial translation', async () => {
    const s = await openTargets('#/targets', 'en');
    const { page } = s;
    await expect(page.locator('.tg-title').innerText()).resolves.toBe("The plan's targets");
    await expect(itemIds(page)).resolves.toEqual(targets.map((t) => t.id));
    await expect(page.locator('.tg-item .tg-gloss').count()).resolves.toBe(targets.length);
    await expect(page.locator('.tg-item .tg-gloss .badge-unofficial').first().innerText()).resolves.toBe(
      'unofficial translation',
    );
    const rail = targets.find((t) => t.value.text === '960公里')!;
    const facts = page.locator(`.tg-item[data-target="${rail.id}"] .tg-facts`);
    await expect(facts.innerText()).resolves.toContain('960 km');
    await expect(facts.innerText()).resolves.toContain('by 2025');
    // the plan's words stay Chinese
    await expect(page.locator(`.tg-item[data-target="${rail.id}"] .tg-quote`).innerText()).resolves.toBe(
      rail.quote.text,
    );
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('narrows the list by words and by chapter (the chapter in the URL)', async () => {
    const s = await openTargets();
    const { page } = s;
    const greenways = targets.filter((t) => t.quote.text.includes('绿道'));
    expect(greenways.length).toBeGreaterThan(0);
    await page.locator('input.tg-filter').fill('绿道');
    await expect(itemIds(page)).resolves.toEqual(greenways.map((t) => t.id));
    await expect(page.locator('.tg-shown').innerText()).resolves.toContain(String(greenways.length));
    await page.locator('input.tg-filter').fill('');
    const chapter = CHAPTERS[1]!;
    await page.locator('select.tg-chapter').selectOption(chapter);
    await page.waitForFunction((c) => location.hash.startsWith(`#/targets/${c}`), chapter);
    const inChapter = targets.filter((t) => t.chapter === chapter);
    await expect(itemIds(page)).resolves.toEqual(inChapter.map((t) => t.id));
    expect(inChapter.length).toBeLessThan(targets.length);
    // the CSV holds what is listed
    const csv = await downloadCsv(page);
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual(inChapter.map((t) => t.id));
    // a chapter without targets lists them all
    await page.evaluate(() => (location.hash = '#/targets/99'));
    await page.waitForFunction((n) => document.querySelectorAll('.tg-item').length === n, targets.length);
    await expect(page.locator('select.tg-chapter').inputValue()).resolves.toBe('');
    await s.close();
  });

  it('opens a target in the reader with its phrase highlighted', async () => {
    const s = await openTargets();
    const { page } = s;
    const rail = targets.find((t) => t.value.text === '960公里')!;
    await page.locator(`.tg-item[data-target="${rail.id}"] a.tg-clause`).click();
    await page.locator('.unit[data-unit-id="12.1.1"]').waitFor();
    const focus = page.locator('.unit-text mark.target-focus');
    await expect(focus.count()).resolves.toBe(1);
    await expect(focus.innerText()).resolves.toBe(rail.quote.text);
    await expect(focus.getAttribute('data-target')).resolves.toContain(rail.id);
    // every target of the clause is marked
    const ofClause = new Set(targets.filter((t) => t.clause === '12.1.1').map((t) => `${t.quote.start}`));
    await expect(page.locator('.unit-text mark.target-span').count()).resolves.toBe(ofClause.size);
    await expect(page.locator('.tg').count()).resolves.toBe(0);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('downloads the CSV in Chinese and in English, with the header and a row per target', async () => {
    const zh = await openTargets();
    const a = await downloadCsv(zh.page);
    expect(a.name).toMatch(/\.csv$/);
    expect(a.bom).toBe(true);
    expect(a.rows[0]).toEqual(HEADER_ZH);
    expect(a.rows).toHaveLength(targets.length + 1);
    const rail = a.rows.find((r) => r[3]?.includes('960公里'))!;
    expect(rail.slice(4, 7)).toEqual(['960', '公里', '2025']);
    const sourced = targets.filter((t) => t.outcome).length;
    expect(a.rows.slice(1).filter((r) => r[11] !== '')).toHaveLength(sourced);
    await zh.close();
    const en = await openTargets('#/targets', 'en');
    const b = await downloadCsv(en.page);
    expect(b.rows[0]?.[0]).toBe('id');
    expect(b.rows[0]?.[11]).toBe("outcome's source");
    expect(b.rows).toHaveLength(targets.length + 1);
    expect(b.rows.find((r) => r[0] === targets[0]!.id)?.[7]).toBe(targets[0]!.gloss_en);
    await en.close();
  });

  it('opens from the header, and a place’s card lists the targets that name it', async () => {
    const named = targets.find((t) => t.places.length > 0)!;
    const place = named.places[0]!;
    const s = await openPage(browser(), `${appUrl}?lang=zh#/place/${place}`);
    const { page } = s;
    await waitForMapReady(page);
    const expected = targets.filter((t) => t.places.includes(place)).map((t) => t.id);
    const items = page.locator('.place-targets .place-target');
    await items.first().waitFor();
    await expect(items.evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).resolves.toEqual(
      expected,
    );
    await page.locator('button.targets-link').click();
    await page.locator('.tg[data-state="ready"]').waitFor();
    await expect(page.evaluate(() => location.hash.split('?')[0])).resolves.toBe('#/targets');
    expect(offMachine(s.requests)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
