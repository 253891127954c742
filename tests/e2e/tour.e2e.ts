// Presenting the plan as a user meets it: the built-in tour step by step with a clicker's keys, exploring and
// coming back, the presenter's window in step with the audience, and authoring (add a step, save, open a file,
// a malformed file refused with the tour kept, share as a link).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const OVERVIEW = path.resolve(import.meta.dirname, '../../content/shanghai-14fyp/tours/overview.json');
const browser = useBrowser();

const hashOf = (page: Page) => page.evaluate(() => location.hash);
const stepTitle = (page: Page) => page.locator('.tour-card .tour-step-title').innerText();
const counter = (page: Page) => page.locator('.tour-card .tour-counter').innerText();

async function openTour(url: string) {
  const s = await openPage(browser(), url);
  await waitForMapReady(s.page);
  await s.page.locator('.tour[data-state="ready"]').waitFor();
  return s;
}

describe('presenting the built-in tour', () => {
  it('#/tour/overview/1: → moves to step 2 (URL, caption, layers, highlights), keys move, Esc leaves', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/1`);
    const { page } = s;
    await expect(counter(page)).resolves.toBe('第 1 / 12 步');
    await expect(stepTitle(page)).resolves.toMatch(/^空间新格局/);
    // The chapter's own words, quoted and cited.
    await expect(page.locator('.tour-quote blockquote').first().innerText()).resolves.toContain(
      '“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局',
    );
    await expect(page.locator('.tour-quote .tour-cite').first().innerText()).resolves.toBe('10');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(page)).toMatch(/^#\/tour\/overview\/2(\?|$)/);
    await expect.poll(() => stepTitle(page)).toMatch(/^中心辐射 · 主城区/);
    await expect(counter(page)).resolves.toBe('第 2 / 12 步');
    await expect.poll(() => page.locator('#map').getAttribute('data-highlighted')).toContain('caz');
    // Step 2 shows only the centre theme: the legend says so.
    await expect.poll(() => page.locator('.legend input[data-layer="centre"]').isChecked()).toBe(true);
    await expect(page.locator('.legend input[data-layer="new-towns"]').isChecked()).resolves.toBe(false);

    await page.keyboard.press('PageDown');
    await expect.poll(() => counter(page)).toBe('第 3 / 12 步');
    await page.keyboard.press('PageUp');
    await expect.poll(() => counter(page)).toBe('第 2 / 12 步');
    await page.keyboard.press('End');
    await expect.poll(() => counter(page)).toBe('第 12 / 12 步');
    await expect(page.locator('.tour-next').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => counter(page)).toBe('第 1 / 12 步');
    await page.keyboard.press(' ');
    await expect.poll(() => counter(page)).toBe('第 2 / 12 步');

    await page.keyboard.press('Escape');
    await expect.poll(() => hashOf(page)).toMatch(/^#\/(\?|$)/);
    await expect(page.locator('.tour').count()).resolves.toBe(0);
    // Back on the map: every layer again, nothing highlighted.
    await expect.poll(() => page.locator('.legend input[data-layer="new-towns"]').isChecked()).toBe(true);
    await expect(page.locator('#map').getAttribute('data-highlighted')).resolves.toBe('');
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('explore mid-tour, then B (or the button) returns to the step', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/8`);
    const { page } = s;
    const center = () =>
      page.evaluate(() => {
        const c = (
          window as unknown as { __map: { getCenter(): { lng: number; lat: number } } }
        ).__map.getCenter();
        return [c.lng, c.lat];
      });
    // Where the step puts the map (its towns framed clear of the caption card).
    await page.locator('.tour[data-camera="still"]').waitFor({ state: 'attached' });
    const step = await center();
    expect(step).toEqual([expect.closeTo(121.25, 0), expect.closeTo(31.15, 0)]);
    await expect(page.locator('.tour-back').isHidden()).resolves.toBe(true);
    // Drag the map somewhere else, as a presenter answering a question would.
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.3, { steps: 8 });
    await page.mouse.up();
    await page.locator('.tour-back').waitFor({ state: 'visible' });
    expect((await center())[0]).toBeGreaterThan(step[0]! + 0.05);
    await page.keyboard.press('b');
    await page.locator('.tour-back').waitFor({ state: 'hidden' });
    await expect
      .poll(center, { timeout: 20_000 })
      .toEqual([expect.closeTo(step[0]!, 3), expect.closeTo(step[1]!, 3)]);
    await expect(counter(page)).resolves.toBe('第 8 / 12 步');
    await s.close();
  });

  it('the presenter view shows notes and the next step, and keeps in step with the audience both ways', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/1`);
    const audience = s.page;
    const [presenter] = await Promise.all([
      s.context.waitForEvent('page'),
      audience.locator('.tour-open-presenter').click(),
    ]);
    await presenter.locator('.tour-presenter[data-step="1"]').waitFor();
    await expect(presenter.locator('.pv-notes').innerText()).resolves.toMatch(/chapter's one sentence/);
    await expect(presenter.locator('.pv-next .tour-step-title').innerText()).resolves.toMatch(/^中心辐射/);
    await expect(presenter.locator('.pv-counter').innerText()).resolves.toBe('第 1 / 12 步');

    // The presenter's clicker moves the audience…
    await presenter.keyboard.press('ArrowRight');
    await presenter.locator('.tour-presenter[data-step="2"]').waitFor();
    await expect.poll(() => counter(audience)).toBe('第 2 / 12 步');
    await expect.poll(() => hashOf(audience)).toMatch(/^#\/tour\/overview\/2(\?|$)/);
    // …and the audience window moves the presenter.
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => counter(audience)).toBe('第 3 / 12 步');
    await presenter.locator('.tour-presenter[data-step="3"]').waitFor();
    await expect(presenter.locator('.pv-current .tour-step-title').innerText()).resolves.toMatch(/^一江一河/);
    await presenter.locator('.pv-next-btn').click();
    await expect.poll(() => counter(audience)).toBe('第 4 / 12 步');
    await s.close();
  });
});

describe('authoring', () => {
  it('adds the current view as a step, edits and saves it as JSON', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/2`);
    const { page } = s;
    await page.locator('.tour-edit').click();
    await page.locator('.tour-editor').waitFor();
    await page.locator('.te-add').click();
    await expect.poll(() => counter(page)).toBe('第 3 / 13 步');
    await expect.poll(() => hashOf(page)).toMatch(/^#\/tour\/overview\/3(\?|$)/);
    // A new step has no caption yet: the checks say what is missing, and saving is refused.
    await expect.poll(() => page.locator('.te-problems').getAttribute('data-count')).not.toBe('0');
    await expect(page.locator('.te-problems').innerText()).resolves.toContain('steps[2].caption[0].summary');
    await page.locator('.te-save').click();
    await expect(page.locator('.te-message').innerText()).resolves.toMatch(/请先解决上面列出的问题/);

    await page.locator('.te-step-title').fill('中外环之间');
    await page.locator('.te-summary').fill('副中心带动中外环区域。');
    await page.locator('.te-cites').fill('10.1.3');
    await page.locator('.te-notes').fill('Talk about the sub-centres.');
    await expect.poll(() => page.locator('.te-problems').getAttribute('data-count')).toBe('0');
    await expect(stepTitle(page)).resolves.toBe('中外环之间');
    await expect(page.locator('.tour-card .tour-summary').innerText()).resolves.toContain(
      '副中心带动中外环区域。',
    );

    // Reorder: the new step up to 2.
    await page.locator('.te-step-current .te-up').click();
    await expect.poll(() => counter(page)).toBe('第 2 / 13 步');
    await expect(stepTitle(page)).resolves.toBe('中外环之间');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.te-save').click()]);
    expect(download.suggestedFilename()).toBe('overview.json');
    const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      id: string;
      steps: { title: string; caption: unknown[]; view: { center: number[] }; notes: string }[];
    };
    expect(saved.id).toBe('overview');
    expect(saved.steps).toHaveLength(13);
    expect(saved.steps[1]!.title).toBe('中外环之间');
    expect(saved.steps[1]!.caption).toEqual([{ summary: '副中心带动中外环区域。', cites: ['10.1.3'] }]);
    expect(saved.steps[1]!.notes).toBe('Talk about the sub-centres.');

    // Delete it again.
    await page.locator('.te-step-current .te-delete').click();
    await expect.poll(() => counter(page)).toBe('第 2 / 12 步');
    await expect(stepTitle(page)).resolves.toMatch(/^中心辐射/);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a malformed tour file is refused with what and where, and the current tour stays', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/3`);
    const { page } = s;
    await page.locator('.tour-edit').click();
    const bad = JSON.parse(fs.readFileSync(OVERVIEW, 'utf8')) as {
      steps: { view: { zoom: number }; caption: { quote?: string }[] }[];
    };
    bad.steps[1]!.view.zoom = 42;
    bad.steps[2]!.caption[0]!.quote = '这不是规划原文';
    await page.locator('.te-open').setInputFiles({
      name: 'broken-tour.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const msg = page.locator('.te-message-error');
    await msg.waitFor();
    await expect(msg.innerText()).resolves.toMatch(/无法打开“broken-tour\.json”.*当前导览未改变/s);
    // in the interface's language (Chinese here), the path first
    await expect(msg.innerText()).resolves.toContain('steps[1].view.zoom 处:必须在 0 与 24 之间');
    await expect(page.locator('.te-error-list li').count()).resolves.toBe(1); // shape first; quotes once it parses
    // Not JSON at all:
    await page.locator('.te-open').setInputFiles({
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"id": "x", '),
    });
    await expect.poll(() => msg.innerText()).toMatch(/not-json\.json[\s\S]*不是有效的 JSON/);
    // The tour on screen is the same.
    await expect(counter(page)).resolves.toBe('第 3 / 12 步');
    await expect(stepTitle(page)).resolves.toMatch(/^一江一河/);
    await expect(hashOf(page)).resolves.toMatch(/^#\/tour\/overview\/3(\?|$)/);

    // A valid file opens.
    const good = JSON.parse(fs.readFileSync(OVERVIEW, 'utf8')) as {
      id: string;
      title: string;
      steps: unknown[];
    };
    good.id = 'board-meeting';
    good.title = '董事会简报';
    good.steps = good.steps.slice(0, 3);
    await page.locator('.te-open').setInputFiles({
      name: 'board-meeting.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect.poll(() => hashOf(page)).toMatch(/^#\/tour\/board-meeting\/1(\?|$)/);
    await expect.poll(() => counter(page)).toBe('第 1 / 3 步');
    await expect(page.locator('.tour-name').innerText()).resolves.toBe('董事会简报');
    await s.close();
  });

  it('shares a tour as a link that opens it elsewhere', async () => {
    const s = await openTour(`${appUrl}?lang=zh#/tour/overview/1`);
    const { page } = s;
    await page.locator('.tour-edit').click();
    await page.locator('.te-tour-title').fill('给居民的导览');
    await page.locator('.te-share').click();
    const link = page.locator('.te-link');
    await link.waitFor({ state: 'visible' });
    const url = await link.inputValue();
    expect(url).toMatch(/[?&]tour=[A-Za-z0-9_-]+#\/tour\/overview\/1$/);
    expect(url.length).toBeLessThan(8000);
    // Someone else opens it (a fresh browser profile: nothing stored).
    const other = await openTour(url);
    await expect(other.page.locator('.tour-name').innerText()).resolves.toBe('给居民的导览');
    await expect(other.page.locator('.tour-source-badge').innerText()).resolves.toBe('来自链接');
    await expect(counter(other.page)).resolves.toBe('第 1 / 12 步');
    await other.close();
    // A damaged link: a clear message, and the built-in tour.
    const broken = url.replace(/tour=([A-Za-z0-9_-]{40})[A-Za-z0-9_-]+/, 'tour=$1');
    const third = await openTour(broken);
    await expect(third.page.locator('.notice').first().innerText()).resolves.toMatch(/链接中的导览.*已损坏/);
    await expect(third.page.locator('.tour-name').innerText()).resolves.toBe('市域空间新格局 · 十分钟导览');
    await third.close();
    await s.close();
  });
});
