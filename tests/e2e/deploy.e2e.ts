// Deploys as a returning reader meets them: three versions of the app, each with data of its own, served in turn
// at one address. After each deploy the page runs its version until the reader accepts the update ("reload to
// update" in the notice); then every script it runs is the new version's, no chunk fails, it reloads offline, and
// clauses.json and features.geojson are always of the version that runs, never a mix. A page still open on the old
// version loads its lazy chunks and data of its version from the cache, which keeps them until no page runs it. Without a worker, a lazy
// chunk that a deploy removed makes the page reload once into the new version, not show an error (and not loop).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { useBrowser } from './browser';
import { openPage, waitForMapReady, type Session } from './driver';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VERSIONS = ['DEPLOY-v1', 'DEPLOY-v2', 'DEPLOY-v3'] as const;
const UPDATE = '.notice[data-key="app-update"]';

const browser = useBrowser();
let work = '';
const sites: string[] = [];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-deploy-'));
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NODE_ENV'];
  for (const mark of VERSIONS) {
    const out = path.join(work, mark);
    execFileSync(tsx, [path.join(ROOT, 'tests/e2e/deploy-build.ts'), out, mark], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
    });
    sites.push(out);
  }
}, 240_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A version's entry script, as its index.html names it. */
function entryOf(site: string): string {
  const src = /<script type="module"[^>]*\ssrc="\.\/(assets\/[^"]+\.js)"/.exec(
    fs.readFileSync(path.join(site, 'index.html'), 'utf8'),
  )?.[1];
  if (!src) throw new Error(`${site}/index.html names no entry script`);
  return src;
}

/** The script of a version that holds `text` (e.g. a class name of the tour's toolbar). */
function chunkWith(site: string, text: string): string {
  const dir = path.join(site, 'assets');
  const hits = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes(text));
  if (hits.length !== 1) throw new Error(`${hits.length} scripts hold ${text}`);
  return `assets/${hits[0]}`;
}

/** The entry script of the page, and every script of the app it has loaded (paths under the base). */
const scriptsOf = (page: Page, base: string) =>
  page.evaluate((b) => {
    const rel = (u: string) => (u.startsWith(b) ? u.slice(b.length) : u);
    const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '';
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => /\/assets\/[^/]+\.js$/.test(u));
    return { entry: rel(entry), loaded: [...new Set(loaded.map(rel))].sort() };
  }, base);

/** The version of each data file the page was given, from the bodies of its responses (reset at each load). */
function watchData(page: Page): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) seen.clear();
  });
  page.on('response', (r) => {
    const file = /\/data\/[^/]+\/(clauses\.json|features\.geojson|compare\.json)(\?|$)/.exec(r.url())?.[1];
    if (!file) return;
    void r.text().then(
      (body) => {
        const marks = new Set(body.match(/DEPLOY-v\d/g) ?? ['(no mark)']);
        seen.set(file, new Set([...(seen.get(file) ?? []), ...marks]));
      },
      () => {},
    );
  });
  return seen;
}

/** The page runs version `v` and only it: its entry script, every script it loaded, both data files. */
async function expectRunning(
  page: Page,
  base: string,
  v: number,
  data: Map<string, Set<string>>,
): Promise<void> {
  const site = sites[v]!;
  const { entry, loaded } = await scriptsOf(page, base);
  expect(entry).toBe(entryOf(site));
  expect(loaded.length).toBeGreaterThan(1);
  expect(loaded.filter((f) => !fs.existsSync(path.join(site, f)))).toEqual([]);
  await expect
    .poll(() => [...data.keys()].filter((f) => f !== 'compare.json').sort())
    .toEqual(['clauses.json', 'features.geojson']);
  for (const [file, marks] of data) expect([file, ...marks]).toEqual([file, VERSIONS[v]]);
}

/** Opens what loads lazily (the reader, the compare view, a tour), as a reader would, by the address. */
async function openLazyViews(page: Page, base: string): Promise<void> {
  await page.goto(`${base}?lang=zh#/clause/10`);
  await page.locator('article.unit[data-unit-id="10"]').waitFor();
  await page.goto(`${base}?lang=zh#/compare`);
  await page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 });
  await page.goto(`${base}?lang=zh#/tour/overview/1`);
  await page.locator('.tour[data-state="ready"]').waitFor();
}

async function reloadReady(page: Page): Promise<void> {
  await page.reload();
  await waitForMapReady(page);
}

/** Offline, the page reloads and still runs version `v`. */
async function expectOffline(
  context: BrowserContext,
  page: Page,
  base: string,
  v: number,
  data: Map<string, Set<string>>,
) {
  await context.setOffline(true);
  try {
    await page.goto(`${base}?lang=zh#/clause/10`);
    await waitForMapReady(page);
    await page.locator('article.unit[data-unit-id="10"]').waitFor();
    await expectRunning(page, base, v, data);
  } finally {
    await context.setOffline(false);
  }
}

/** The loaded scripts that are not in version `v`, i.e. of an older one. */
async function scriptsNotIn(page: Page, base: string, v: number): Promise<string[]> {
  const { loaded } = await scriptsOf(page, base);
  return loaded.filter((f) => !fs.existsSync(path.join(sites[v]!, f)));
}

/** Whether any cache holds a file whose URL ends with `file`. */
const cached = (page: Page, file: string) =>
  page.evaluate(async (f) => {
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      if (keys.some((r) => new URL(r.url).pathname.endsWith(f))) return true;
    }
    return false;
  }, file);

describe('deploys', () => {
  let server: StaticServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('three deploys in a row: the update when the reader accepts, all of it, offline too, never a mix', async () => {
    server = await serveStatic(sites[0]!, '/explorer/');
    const base = server.url;
    const s: Session = await openPage(browser(), 'about:blank');
    const { page, context } = s;
    const data = watchData(page);
    await page.goto(`${base}?lang=zh`);
    await waitForMapReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await openLazyViews(page, base);
    await expectRunning(page, base, 0, data);
    await expectOffline(context, page, base, 0, data);

    for (const v of [1, 2]) {
      server.setRoot(sites[v]!);
      // The page reloads into the version it runs, whole, and offers the new one once it is installed.
      await reloadReady(page);
      await expectRunning(page, base, v - 1, data);
      const notice = page.locator(UPDATE);
      await notice.waitFor({ timeout: 60_000 });
      await expect(notice.locator('.notice-text').innerText()).resolves.toBe('新版本已就绪。');

      // A second window still on the old version (deploy 2 only): its lazy chunks load after the update.
      const old = v === 1 ? await context.newPage() : null;
      const oldErrors: string[] = [];
      const oldData = old ? watchData(old) : new Map<string, Set<string>>();
      if (old) {
        old.on('pageerror', (e) => oldErrors.push(e.message));
        await old.goto(`${base}?lang=zh`);
        await waitForMapReady(old);
        await expect(scriptsNotIn(old, base, v)).resolves.not.toEqual([]);
      }

      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: '刷新以更新' }).click(),
      ]);
      await waitForMapReady(page);
      await expectRunning(page, base, v, data);
      await openLazyViews(page, base);
      await expectRunning(page, base, v, data);

      if (old) {
        await old.locator(UPDATE).waitFor(); // "a new version was started in another window"
        await old.evaluate(() => (location.hash = '#/compare'));
        await old.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 });
        const oldOnly = await scriptsNotIn(old, base, v);
        expect(oldOnly.length).toBeGreaterThan(0);
        expect(oldErrors).toEqual([]);
        // …and its data too: the compare view's file of its own version, not the new one.
        await expectRunning(old, base, v - 1, oldData);
        await expect.poll(() => [...(oldData.get('compare.json') ?? [])]).toEqual([VERSIONS[v - 1]]);
        // Kept while the old window is open; gone once it is closed and a page says it runs the new version.
        await expect(cached(page, oldOnly[0]!)).resolves.toBe(true);
        await old.close();
        await reloadReady(page);
        await expect.poll(() => cached(page, oldOnly[0]!), { timeout: 30_000 }).toBe(false);
      }
      await expectOffline(context, page, base, v, data);
    }
    expect(s.errors).toEqual([]);
    await s.close();
  }, 300_000);

  it('without a worker, a lazy chunk removed by a deploy reloads the page once into the new version', async () => {
    await server?.close();
    server = await serveStatic(sites[0]!, '/explorer/');
    const base = server.url;
    const s = await openPage(browser(), `${base}?lang=zh`, undefined, { serviceWorkers: 'block' });
    const { page } = s;
    await waitForMapReady(page);
    let loads = 0;
    page.on('load', () => loads++);
    server.setRoot(sites[1]!);
    // The compare view's chunk of version 1 is gone: the page reloads into version 2, which opens it.
    await page.evaluate(() => (location.hash = '#/compare'));
    await page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 });
    expect(loads).toBe(1);
    expect((await scriptsOf(page, base)).entry).toBe(entryOf(sites[1]!));
    await expect(page.locator('.notice-error').count()).resolves.toBe(0);

    // A chunk that cannot be had in the version the page reloaded into: one more reload, then the error is
    // shown (no loop).
    const tourChunk = chunkWith(sites[1]!, 'tour-open-presenter');
    await page.route(
      (u) => u.pathname.endsWith(tourChunk),
      (r) => r.abort(),
    );
    await page.evaluate(() => (location.hash = '#/tour/overview/1'));
    await page.locator('.notice-error').first().waitFor({ timeout: 60_000 });
    expect(loads).toBe(2);
    await expect(page.locator('.notice-error').first().innerText()).resolves.toMatch(
      /dynamically imported module/,
    );
    await s.close();
  });
});
