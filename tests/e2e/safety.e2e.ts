// Safety and failure as a user meets them: the Content-Security-Policy is in force (no inline script, no eval) and
// the app runs under it without a violation of its own; markup in the data (a place named
// `<img src=x onerror=alert(1)>`, a tour caption with a <script>, from a shared link or an opened file) shows as
// plain text everywhere; the app asks nothing of another machine; a failure it can carry on from gets a dismissable
// notice, one it cannot (a data file that will not load) a clear page with a Retry button that works.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeTour } from '../../src/ui/tour/share';
import type { Tour } from '../../src/data/tour-schema';
import { useBrowser } from './browser';
import { hoverAt, offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const ROOT = path.resolve(import.meta.dirname, '../..');
const EVIL = '<img src=x onerror=alert(1)>';
const EVIL_EN = '<script>alert("en")</script>';
const EVIL_SCRIPT = '<script>window.__pwned = true; alert("tour")</script>';
// No service worker: requests must reach the test's routes (a worker would answer them from its cache).
const NO_SW = { serviceWorkers: 'block' } as const;

const browser = useBrowser();

/** Records every dialog (alert, confirm…) the page opens: there must be none. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** Nothing injected: no element with an event-handler attribute, no `img[src=x]`, no script but the app's own. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    imgs: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
  }));

const CLEAN = { handlers: 0, imgs: 0, inlineScripts: 0, pwned: false };

describe('Content-Security-Policy', () => {
  it('is strict (default-src self, no inline script, no eval) and the app runs under it without a violation', async () => {
    const html = fs.readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name ?? '', values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the page itself

    const s = await openPage(browser(), 'about:blank', undefined, NO_SW);
    const violations: string[] = [];
    await s.page.exposeFunction('__violation', (v: string) => violations.push(v));
    await s.context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violation(v: string): void }).__violation(
          `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}`,
        ),
      ),
    );
    await s.page.goto(`${appUrl}#/place/new-town-jiading`);
    await waitForMapReady(s.page);
    await s.page.locator('.place-card').waitFor();
    for (const [hash, ready] of [
      ['#/clause/10.2.1', 'article.unit'],
      ['#/compare', '.cmp[data-state="ready"]'],
      ['#/tour/overview/2', '.tour[data-state="ready"]'],
    ] as const) {
      await s.page.evaluate((h) => (location.hash = h), hash);
      await s.page.locator(ready).waitFor();
    }
    // zod (the tour schema) probes once whether it may compile validators with `new Function`; the policy says no
    // and zod falls back, with no error. Everything else the app does is allowed.
    const own = violations.filter((v) => !/^script-src eval .*\/assets\/tour-/.test(v));
    expect(own).toEqual([]);
    expect(s.errors).toEqual([]);

    // The policy is in force: an injected inline script, an inline event handler and a javascript: link do not run.
    // (eval cannot be tried from here: the test driver's own evaluation is exempt from the policy.)
    violations.length = 0;
    await s.page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__pwned = true';
      document.body.append(el);
      const b = document.createElement('button');
      b.setAttribute('onclick', 'window.__pwned = true');
      document.body.append(b);
      b.click();
      b.remove();
      const a = document.createElement('a');
      a.href = 'javascript:window.__pwned = true';
      document.body.append(a);
      a.click();
      a.remove();
    });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
    expect(violations.every((v) => v.startsWith('script-src'))).toBe(true);
    await expect(s.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).resolves.toBe(
      undefined,
    );
    expect(offMachine(s.requests)).toEqual([]);
    await s.close();
  });

  it('the default app asks nothing of another machine, on any view', async () => {
    const s = await openPage(browser(), appUrl);
    await waitForMapReady(s.page);
    for (const [hash, ready] of [
      ['#/place/new-town-nanhui', '.place-card'],
      ['#/clause/10.3', 'article.unit'],
      ['#/compare', '.cmp[data-state="ready"]'],
      ['#/tour/overview/3', '.tour[data-state="ready"]'],
    ] as const) {
      await s.page.evaluate((h) => (location.hash = h), hash);
      await s.page.locator(ready).waitFor();
    }
    await s.page.locator('#search').fill('新城');
    await s.page.locator('.search-hit').first().waitFor();
    expect(s.requests.length).toBeGreaterThan(5);
    expect(offMachine(s.requests)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the source inserts no HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name)) files.push(p);
      }
    };
    walk(path.join(ROOT, 'src'));
    const offending = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(ROOT, f)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line))
        .filter(({ line }) =>
          /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(line),
        )
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('markup in the data is shown as text', () => {
  it('a place named <img src=x onerror=alert(1)>: card, tooltip, search and list show the words, nothing runs', async () => {
    const fc = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'dist/data/shanghai-14fyp/features.geojson'), 'utf8'),
    ) as {
      features: { properties: { id: string; name_zh: string; name_en: string; aliases: string[] } }[];
    };
    const evil = fc.features.find((f) => f.properties.id === 'new-town-jiading')!;
    evil.properties.name_zh = EVIL;
    evil.properties.name_en = EVIL_EN;
    evil.properties.aliases = [...evil.properties.aliases, '<b onmouseover=alert(3)>bold</b>'];
    const s = await openPage(browser(), 'about:blank', undefined, NO_SW);
    const { page } = s;
    const dialogs = watchDialogs(page);
    await page.route('**/data/shanghai-14fyp/features.geojson', (route) => route.fulfill({ json: fc }));
    await page.goto(`${appUrl}#/place/new-town-jiading?map=11/31.37/121.25`);
    await waitForMapReady(page);

    // The card.
    await page.locator('.place-card[data-place-id="new-town-jiading"]').waitFor();
    await expect(page.locator('.place-card .place-title').innerText()).resolves.toBe(EVIL);
    await expect(page.locator('.place-card').innerText()).resolves.toContain(EVIL_EN);
    await expect(page.locator('.place-card').innerText()).resolves.toContain(
      '<b onmouseover=alert(3)>bold</b>',
    );
    // The places-in-view list.
    await page.locator('details.piv > summary').click();
    await expect(page.locator('.piv a[data-place="new-town-jiading"] .piv-name').innerText()).resolves.toBe(
      EVIL,
    );
    // The tooltip: only the new towns shown, the pointer over Jiading's outline.
    // (the legend is open when the map has room for it: open it if it is not)
    if (!(await page.locator('details.legend').evaluate((d) => (d as HTMLDetailsElement).open)))
      await page.locator('details.legend > summary').click();
    await page.locator('.legend-bulk .btn').nth(1).click(); // hide all
    await page.locator('.legend input[data-layer="new-towns"]').check();
    await hoverAt(page, 121.25, 31.37);
    const tip = page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible' });
    await expect(tip.locator('.tt-title').innerText()).resolves.toBe(EVIL);
    // The search.
    await page.locator('#search').fill('onerror');
    const hit = page.locator('.search-hit[data-hit-id="new-town-jiading"]');
    await hit.waitFor();
    await expect(hit.locator('.hit-label').innerText()).resolves.toBe(EVIL);

    expect(await injected(page)).toEqual(CLEAN);
    expect(dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  const evilTour = (id: string): Tour => {
    const tour = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'content/shanghai-14fyp/tours/overview.json'), 'utf8'),
    ) as Tour;
    tour.id = id;
    tour.title = `<img src=x onerror=alert("title")>`;
    tour.steps = tour.steps.slice(0, 2);
    const step = tour.steps[0]!;
    step.title = EVIL;
    step.caption = [...step.caption, { summary: EVIL_SCRIPT, cites: ['10'] }];
    return tour;
  };

  const expectPlainTour = async (page: Page) => {
    await expect(page.locator('.tour-name').innerText()).resolves.toBe('<img src=x onerror=alert("title")>');
    await expect(page.locator('.tour-card .tour-step-title').innerText()).resolves.toContain(EVIL);
    await expect(page.locator('.tour-card .tour-summary').last().innerText()).resolves.toContain(EVIL_SCRIPT);
  };

  it('a tour caption with a <script> in a shared link is shown as text', async () => {
    const payload = await encodeTour(evilTour('evil-link'));
    const s = await openPage(browser(), 'about:blank', undefined, NO_SW);
    const dialogs = watchDialogs(s.page);
    await s.page.goto(`${appUrl}?tour=${payload}#/tour/evil-link/1`);
    await waitForMapReady(s.page);
    await s.page.locator('.tour[data-state="ready"]').waitFor();
    await expectPlainTour(s.page);
    expect(await injected(s.page)).toEqual(CLEAN);
    expect(dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a tour file with a <script> opened in the editor is shown as text', async () => {
    const s = await openPage(browser(), 'about:blank', undefined, NO_SW);
    const { page } = s;
    const dialogs = watchDialogs(page);
    await page.goto(`${appUrl}#/tour/overview/1`);
    await waitForMapReady(page);
    await page.locator('.tour[data-state="ready"]').waitFor();
    await page.locator('.tour-edit').click();
    await page.locator('.te-open').setInputFiles({
      name: 'evil-file.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(evilTour('evil-file'))),
    });
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/tour\/evil-file\/1(\?|$)/);
    await expectPlainTour(page);
    expect(await injected(page)).toEqual(CLEAN);
    expect(dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
});

describe('failures a user can act on', () => {
  it('an unexpected error: a notice that says so and can be dismissed; the app carries on', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en`);
    const { page } = s;
    await waitForMapReady(page);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a test failure');
      });
      void Promise.reject(new Error('a rejected promise'));
    });
    const notices = page.locator('#notices .notice-error');
    await expect.poll(() => notices.count()).toBe(2);
    await expect(notices.first().getAttribute('role')).resolves.toBe('alert');
    await expect(page.locator('#notices').innerText()).resolves.toMatch(
      /Something went wrong: a test failure/,
    );
    await notices.first().locator('.notice-close').click();
    await notices.first().locator('.notice-close').click();
    await expect(notices.count()).resolves.toBe(0);
    await page.evaluate(() => (location.hash = '#/place/new-town-jiading'));
    await page.locator('.place-card').waitFor();
    await s.close();
  });

  it('data/shanghai-14fyp/clauses.json failing: a clear page naming the file, and Retry brings the reader back', async () => {
    const s = await openPage(browser(), 'about:blank', undefined, NO_SW);
    const { page } = s;
    await page.route('**/data/shanghai-14fyp/clauses.json', (route) =>
      route.fulfill({ status: 500, body: 'server error' }),
    );
    await page.goto(`${appUrl}?lang=en#/clause/10.2.1`);
    const fatal = page.locator('.fatal');
    await fatal.waitFor();
    await expect(fatal.getAttribute('role')).resolves.toBe('alertdialog');
    await expect(fatal.locator('h2').innerText()).resolves.toBe('The app cannot continue');
    await expect(fatal.innerText()).resolves.toMatch(
      /data\/shanghai-14fyp\/clauses\.json could not be loaded \(HTTP 500\)/,
    );
    const retry = fatal.locator('button.fatal-retry');
    await expect(retry.innerText()).resolves.toBe('Retry');
    // The focus is on Retry; what is behind the page is out of reach.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain('fatal-retry');
    await expect(page.locator('header.app-header').evaluate((e) => (e as HTMLElement).inert)).resolves.toBe(
      true,
    );
    // The failures were the file's, and nothing else.
    expect(s.errors.every((e) => /500|clauses\.json/.test(e))).toBe(true);
    // The server is back: Retry.
    await page.unroute('**/data/shanghai-14fyp/clauses.json');
    const before = s.errors.length;
    await retry.click();
    await page.locator('article.unit[data-unit-id="10.2.1"]').waitFor();
    await expect(page.locator('.fatal').count()).resolves.toBe(0);
    // (the failed page may still report its failure while it unloads: only the 500s, which can no longer happen)
    expect(s.errors.slice(before).filter((e) => !/clauses\.json: HTTP 500|status of 500/.test(e))).toEqual(
      [],
    );
    await s.close();
  });

  it('data/shanghai-14fyp/features.geojson failing: the same clear page, in Chinese by default', async () => {
    const s = await openPage(browser(), 'about:blank', undefined, NO_SW);
    await s.page.route('**/data/shanghai-14fyp/features.geojson', (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await s.page.goto(appUrl);
    const fatal = s.page.locator('.fatal');
    await fatal.waitFor();
    await expect(fatal.locator('h2').innerText()).resolves.toBe('应用无法继续');
    await expect(fatal.innerText()).resolves.toContain('data/shanghai-14fyp/features.geojson');
    await expect(fatal.locator('button.fatal-retry').innerText()).resolves.toBe('重试');
    await s.close();
  });
});
