// Broken input, nothing lost: hundreds of random and garbled links (hash and query), corrupted saved settings, an
// online basemap that never answers and a lost WebGL context. Each time the app settles on what the link can mean
// (or on the map, with a notice), with no uncaught error. The random links come from a fixed seed: a failure can be
// replayed.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseHash } from '../../src/url-state';
import { LIMITS } from '../shanghai';
import { useBrowser } from './browser';
import { offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const DATA = path.resolve(import.meta.dirname, '../../dist/data/shanghai-14fyp');
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T;
const PLACES = readJson<{ features: { properties: { id: string } }[] }>('features.geojson').features.map(
  (f) => f.properties.id,
);
const CLAUSES = readJson<{ id: string }[]>('clauses.json').map((u) => u.id);
const placeSet = new Set(PLACES);
const clauseSet = new Set(CLAUSES);

const browser = useBrowser();

/** A small seeded generator (mulberry32): the same links on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const HAND_MADE_HASHES = [
  '#/place/../../',
  '#/place/../../etc/passwd',
  '#/tour/x/-1',
  '#/tour/overview/-1',
  '#/tour/overview/0',
  '#/tour/overview/99999999999999999999',
  '#/tour/overview/1e3',
  '#/tour/overview/NaN',
  '#/tour/overview/1/presenter/x',
  '#/tour//',
  '#/tour',
  '#/compare/,,,/…',
  '#/compare/,,,/,,,',
  '#/compare/jiading,jiading/area',
  '#/compare/jiading/area,area',
  '#/compare/' + 'jiading,'.repeat(300),
  '#/place/%',
  '#/%E0%A4%A',
  '#/%',
  '#/%%%%',
  '#/place/%ZZ',
  '#/place/<img src=x onerror=alert(1)>',
  '#/place/"><script>alert(1)</script>',
  '#javascript:alert(1)',
  '#/clause/10.2.1?map=banana',
  '#/clause/10.2.1?map=11/31/121?map=3/1/1',
  '#/?map=99/999/999',
  '#/?map=11/31.2/121.4/720/90',
  '#/?map=-0/-0/-0',
  '#/?map=1e3/31/121',
  '#/?map=11/31.2/121.4/0/0/0/0',
  '#/?layers=<script>',
  '#/?layers=,,,',
  '#/?layers=' + 'rail,'.repeat(1000),
  '#/?layers=water&layers=rail',
  '#?#?#',
  '#??',
  '#/?',
  '#/&&&=&=',
  '#/' + 'a'.repeat(5000),
  '#/place/' + 'x'.repeat(250),
  '#/' + '/'.repeat(300),
  '#/place/new-town-jiading/x/y/z/w/v',
  '#/place/new-town-jiading?map=11/31.37/121.25&layers=new-towns',
  '#/clause/10.2.1#again',
  '#/clause/99.99.99',
  '#/clause/',
  '#/clause/10.2.1/../../..',
  '#/🙂/🙂',
  '#/place/新城',
  '#/\u0000',
  '#/\uFFFF\uFFFE',
  '#/\u202Eplace\u202C/x',
  '#/place/new-town-jiading%00',
  '#/PLACE/new-town-jiading',
  '#/place/New-Town-Jiading',
  '#' + '%F0%9F'.repeat(50),
  '#/' + '?'.repeat(100),
];

/**
 * Route kinds named like the properties every JavaScript object has. src/ui/views.ts looks views up with `kind in
 * VIEWS` on a plain object, so these count as views and `mount` fails (an unhandled TypeError). Known bug, asked of
 * the owner of views.ts (`Object.hasOwn(VIEWS, kind)`): this test says so until it is fixed, then fails to remind
 * us to move these links into the list above.
 */
const PROTOTYPE_HASHES = ['#/constructor/prototype', '#/__proto__/x', '#/toString', '#/hasOwnProperty'];

const ALPHABET = 'abcxyz019-_.,/?#&=%+:;@!$()*<>"\'`\\[]{}| \t~^';
const KINDS = ['place', 'clause', 'tour', 'compare', 'x', '', 'PLACE', '..', '.', 'view', 'search'];

function randomHash(r: ReturnType<typeof random>): string {
  const kind = r.int(8);
  if (kind === 0) {
    // random bytes, percent-encoded (often not UTF-8)
    return `#/${Array.from({ length: 1 + r.int(40) }, () => `%${r.int(256).toString(16).padStart(2, '0')}`).join('')}`;
  }
  if (kind === 1) {
    // random unicode, lone surrogates included
    return `#/${Array.from({ length: 1 + r.int(30) }, () => String.fromCharCode(r.int(0xffff))).join('')}`;
  }
  if (kind === 2) {
    // characters that mean something in a URL
    return `#${Array.from({ length: 1 + r.int(60) }, () => r.pick([...ALPHABET])).join('')}`;
  }
  if (kind === 3) {
    // very long
    return `#/${r.pick(KINDS)}/${r.pick([...ALPHABET]).repeat(1000 + r.int(20000))}`;
  }
  // plausible routes with garbled parts and camera parameters
  const seg = () =>
    r.pick([
      r.pick(PLACES),
      r.pick(CLAUSES),
      'overview',
      String(r.int(30) - 5),
      r.pick(PLACES).slice(0, 1 + r.int(10)),
      `${r.pick(CLAUSES)}.${r.int(9)}`,
      'jiading,qingpu',
      ',,,',
      '..',
      r.pick([...ALPHABET]).repeat(1 + r.int(5)),
    ]);
  const parts = [r.pick(KINDS), ...Array.from({ length: r.int(5) }, seg)];
  const params: string[] = [];
  if (r.next() < 0.5) {
    const num = () =>
      r.pick([String(r.next() * 40 - 10), String(r.int(400) - 200), 'NaN', '', '1e9', '-0', 'Infinity']);
    params.push(`map=${Array.from({ length: 2 + r.int(5) }, num).join('/')}`);
  }
  if (r.next() < 0.3) params.push(`layers=${Array.from({ length: r.int(5) }, () => seg()).join(',')}`);
  if (r.next() < 0.2) params.push(`${r.pick([...ALPHABET])}=${r.pick([...ALPHABET])}`);
  return `#/${parts.join('/')}${params.length ? `${r.pick(['?', '??', '?&'])}${params.join('&')}` : ''}`;
}

/** What the app must settle on for a hash, by the same parser the app uses. */
type Outcome =
  | { kind: 'map' }
  | { kind: 'place' | 'clause'; id: string }
  | { kind: 'notice'; text: string }
  | { kind: 'compare' | 'tour' };

function outcomeOf(hash: string): { outcome: Outcome; route: string[] } {
  const { route } = parseHash(hash, LIMITS);
  const [kind, id] = route;
  if (!kind) return { outcome: { kind: 'map' }, route };
  if (kind === 'compare' || kind === 'tour') return { outcome: { kind }, route };
  if (kind === 'place' && id) {
    return { outcome: placeSet.has(id) ? { kind: 'place', id } : { kind: 'notice', text: id }, route };
  }
  if (kind === 'clause' && id) {
    return { outcome: clauseSet.has(id) ? { kind: 'clause', id } : { kind: 'notice', text: id }, route };
  }
  return { outcome: { kind: 'notice', text: `#/${route.join('/')}` }, route };
}

/** Waits until the page shows the outcome (a DOM state: never a sleep). */
async function settle(page: Page, outcome: Outcome, route: string[], timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ({ o, r }) => {
      const panel = document.getElementById('panel')!;
      const view = document.getElementById('view')!;
      // The router has taken the link in: the address is rewritten to the canonical route and camera.
      const routed = o.kind === 'tour' || location.hash.startsWith(`#/${r.join('/')}?map=`);
      const notice = (text: string) =>
        [...document.querySelectorAll('#notices .notice')].some((n) => (n.textContent ?? '').includes(text));
      switch (o.kind) {
        case 'map':
          return routed && panel.hidden && view.hidden;
        case 'place':
          return routed && !!document.querySelector(`.place-card[data-place-id="${CSS.escape(o.id)}"]`);
        case 'clause':
          return routed && !!document.querySelector(`article.unit[data-unit-id="${CSS.escape(o.id)}"]`);
        case 'notice':
          return routed && panel.hidden && view.hidden && notice(o.text);
        case 'compare':
          return (
            routed && document.querySelector('.cmp[data-state="ready"], .cmp[data-state="error"]') !== null
          );
        case 'tour':
          return (
            document.body.dataset['view'] === 'tour' &&
            document.querySelector(
              '.tour[data-state="ready"], .tour[data-state="error"], .tour .pv-empty',
            ) !== null
          );
      }
    },
    { o: outcome, r: route },
    { timeout },
  );
}

const cameraInBounds = (page: Page) =>
  page.evaluate(
    ([bounds, minZ, maxZ]) => {
      const map = (
        window as unknown as { __map: { getZoom(): number; getCenter(): { lng: number; lat: number } } }
      ).__map;
      const c = map.getCenter();
      const z = map.getZoom();
      const [[w, s], [e, n]] = bounds;
      return z >= minZ && z <= maxZ && c.lng >= w && c.lng <= e && c.lat >= s && c.lat <= n;
    },
    [LIMITS.bounds, LIMITS.minZoom, LIMITS.maxZoom] as const,
  );

describe('garbled links', () => {
  it(
    '500+ random and garbled hashes in one page: each settles, none throws',
    { timeout: 600_000 },
    async () => {
      const r = random(20210101);
      const hashes = [...HAND_MADE_HASHES];
      while (hashes.length < 520) hashes.push(randomHash(r));
      const s = await openPage(browser(), appUrl);
      const { page } = s;
      await waitForMapReady(page);
      const outcomes: Record<string, number> = {};
      for (const [i, hash] of hashes.entries()) {
        // The browser's own reading of the hash (it percent-encodes some characters) is what the app gets.
        const raw = await page.evaluate((h) => {
          location.hash = h;
          return location.hash;
        }, hash);
        const { outcome, route } = outcomeOf(raw);
        outcomes[outcome.kind] = (outcomes[outcome.kind] ?? 0) + 1;
        try {
          await settle(page, outcome, route);
        } catch (e) {
          throw new Error(
            `link ${i} ${JSON.stringify(hash.slice(0, 200))} did not settle on ${JSON.stringify(outcome)}`,
            {
              cause: e,
            },
          );
        }
        expect(s.errors, `after link ${i} ${JSON.stringify(hash.slice(0, 200))}`).toEqual([]);
      }
      // Nothing piles up: at most three notices, the camera never leaves the region.
      expect(await page.locator('#notices .notice').count()).toBeLessThanOrEqual(3);
      expect(await cameraInBounds(page)).toBe(true);
      // Back to a good link: the app still works.
      await page.evaluate(() => (location.hash = '#/place/new-town-jiading'));
      await page.locator('.place-card[data-place-id="new-town-jiading"]').waitFor();
      console.log(`garbled hashes tried: ${hashes.length}`, JSON.stringify(outcomes));
      expect(hashes.length).toBeGreaterThanOrEqual(500);
      expect(offMachine(s.requests)).toEqual([]);
      expect(s.errors).toEqual([]);
      await s.close();
    },
  );

  it('40 full loads with garbled queries fall back to the defaults', { timeout: 600_000 }, async () => {
    const r = random(14);
    const queries = [
      '?lang=<script>alert(1)</script>',
      '?lang=',
      '?lang=en&lang=zh',
      '?lang=EN',
      '?lang=zh-Hant-TW',
      '?lang=%E0%A4%A',
      '?lang=中文',
      '?basemap=javascript:alert(1)',
      '?basemap=data:text/html,<script>alert(1)</script>',
      '?basemap=not a url',
      '?basemap=file:///etc/passwd',
      '?basemap=',
      '?basemap=blob:null/1',
      '?tour=garbage&lang=en',
      '?tour=%%%',
      '?tour=' + 'A'.repeat(9000),
      '?a=1?b=2',
      '??',
      '?=',
      '?&&&',
      '?' + 'x'.repeat(8000),
      '?map=11/31/121',
      '?%00=%00',
      '?lang=en#/place/<img src=x onerror=alert(1)>',
    ];
    while (queries.length < 40) {
      const bytes = Array.from(
        { length: 1 + r.int(30) },
        () => `%${r.int(256).toString(16).padStart(2, '0')}`,
      );
      // (not `basemap`: a relative one is fetched from the app's own server, whose test stand-in cannot decode
      // malformed %-escapes in a path)
      queries.push(`?${r.pick(['lang', 'tour', 'map', 'x'])}=${bytes.join('')}`);
    }
    const s = await openPage(browser(), 'about:blank');
    const { page } = s;
    for (const [i, q] of queries.entries()) {
      const hash = q.includes('#')
        ? ''
        : ['#/tour/overview/1', '#/clause/10.2.1', '#/place/new-town-jiading'][i % 3]!;
      await page.goto(`${appUrl}${q}${hash}`);
      // Settled: the route's content is shown (and the map has drawn, when the link is about the basemap; the
      // map's start-up is what takes time in software WebGL, and only `basemap` changes it).
      if (q.includes('basemap') || i % 8 === 0) await waitForMapReady(page);
      if (hash.includes('tour')) await page.locator('.tour[data-state="ready"]').waitFor();
      if (hash.includes('clause')) await page.locator('article.unit[data-unit-id="10.2.1"]').waitFor();
      if (hash.includes('place'))
        await page.locator('.place-card[data-place-id="new-town-jiading"]').waitFor();
      if (!hash) {
        await page.locator('.piv[data-count]').waitFor({ state: 'attached' }); // the map's places
        await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
      }
      // The language is one of the two, whatever the link said.
      const lang = await page.evaluate(() => document.documentElement.lang);
      expect(['zh-Hans', 'en'], q).toContain(lang);
      if (q === '?basemap=not a url') {
        // A relative style URL is asked of the app's own server (404): the embedded basemap and a notice instead.
        await expect(page.locator('#notices .notice').first().innerText()).resolves.toMatch(
          /embedded basemap|内置底图/,
        );
        expect(s.errors).toEqual([
          'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
        ]);
        s.errors.length = 0;
      }
      expect(s.errors, `after ${q}`).toEqual([]);
    }
    console.log(`garbled full loads: ${queries.length}`);
    expect(offMachine(s.requests)).toEqual([]);
    await s.close();
  });
});

describe('links named like object properties (#/constructor, #/__proto__ …)', () => {
  it('settle on the map with a notice, with no error', async () => {
    const s = await openPage(browser(), appUrl);
    await waitForMapReady(s.page);
    for (const hash of PROTOTYPE_HASHES) {
      const raw = await s.page.evaluate((h) => {
        location.hash = h;
        return location.hash;
      }, hash);
      const { outcome, route } = outcomeOf(raw);
      await settle(s.page, outcome, route, 5000);
      expect(s.errors).toEqual([]);
    }
    await s.close();
  });
});

describe('corrupted saved settings', () => {
  it('garbage in storage, or no storage at all, is ignored', async () => {
    for (const lang of ['{"broken', '<script>alert(1)</script>', 'x'.repeat(100_000), '\u0000', 'en-']) {
      const s = await openPage(browser(), 'about:blank');
      await s.context.addInitScript((v) => {
        localStorage.setItem('sh14fyp.lang', v);
        localStorage.setItem('tour-draft:overview', '{"id":"overview","steps":"not a list"');
        localStorage.setItem('tour-draft:x', 'null');
      }, lang);
      await s.page.goto(`${appUrl}#/tour/overview/1`);
      await waitForMapReady(s.page);
      await s.page.locator('.tour[data-state="ready"]').waitFor();
      // The browser's language (zh-CN) decides, except for a stored choice that is a language.
      await expect(s.page.evaluate(() => document.documentElement.lang)).resolves.toBe(
        lang === 'en-' ? 'en' : 'zh-Hans',
      );
      // The damaged copy of the tour is ignored: the built-in one is shown.
      await expect(s.page.locator('.tour-source-badge').isHidden()).resolves.toBe(true);
      await expect(s.page.locator('.tour-card .tour-counter').innerText()).resolves.toMatch(/\b1\b\D+\b12\b/);
      expect(s.errors).toEqual([]);
      await s.close();
    }
    // Storage that throws (a locked-down browser): the app still starts, in the browser's language.
    const s = await openPage(browser(), 'about:blank');
    await s.context.addInitScript(() => {
      const deny = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = deny;
      Storage.prototype.setItem = deny;
    });
    await s.page.goto(`${appUrl}#/place/new-town-jiading`);
    await waitForMapReady(s.page);
    await s.page.locator('.place-card[data-place-id="new-town-jiading"]').waitFor();
    await s.page.locator('.lang-switch').click();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(s.errors).toEqual([]);
    await s.close();
  });
});

describe('the network and the GPU letting us down', () => {
  it('an online basemap that never answers times out to the embedded one, with a notice', async () => {
    // A server that accepts connections and never answers.
    const sockets = new Set<Socket>();
    const silent = http.createServer(() => {});
    silent.on('connection', (c) => sockets.add(c));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const s = await openPage(browser(), `${appUrl}?lang=en&basemap=http://127.0.0.1:${port}/style.json`);
      // A style from another origin loads once the reader agrees (on loopback, as the app is, it may).
      await s.page
        .getByRole('dialog', { name: `Load the basemap from 127.0.0.1:${port}?` })
        .getByRole('button', { name: 'Load it' })
        .click();
      await waitForMapReady(s.page, 90_000);
      const notice = s.page.locator('#notices .notice');
      await expect(notice.innerText()).resolves.toMatch(/timed out.*embedded basemap/);
      // The embedded basemap is drawn: its attribution is shown.
      await expect(s.page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toMatch(/GSHHG/);
      // Dismissable.
      await notice.locator('.notice-close').click();
      await expect(s.page.locator('#notices .notice').count()).resolves.toBe(0);
      expect(offMachine(s.requests)).toEqual([]);
      expect(s.errors).toEqual([]);
      await s.close();
    } finally {
      for (const c of sockets) c.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('a lost WebGL context is announced with a reload button, and the map draws again when it is back', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/?map=10/31.1/121.2`);
    const { page } = s;
    await waitForMapReady(page);
    /** The colour the map draws at a lon/lat, read in the frame it is drawn. */
    const pixel = () =>
      page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const map = (
              window as unknown as {
                __map: {
                  once(e: string, f: () => void): void;
                  triggerRepaint(): void;
                  getCanvas(): HTMLCanvasElement;
                  project(p: [number, number]): { x: number; y: number };
                };
              }
            ).__map;
            map.once('render', () => {
              const c = map.getCanvas();
              const copy = document.createElement('canvas');
              copy.width = c.width;
              copy.height = c.height;
              const ctx = copy.getContext('2d')!;
              ctx.drawImage(c, 0, 0);
              const ratio = c.width / c.clientWidth;
              const p = map.project([121.05, 31.3]);
              resolve([...ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data]);
            });
            map.triggerRepaint();
          }),
      );
    const before = await pixel();
    expect(before[3]).toBe(255);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    const notice = page.locator('#notices .notice', { hasText: 'graphics were lost' });
    await notice.waitFor();
    await expect(notice.getAttribute('role')).resolves.toBe('alert');
    await expect(notice.locator('button.notice-action').innerText()).resolves.toBe('Reload the page');
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await page.locator('#notices .notice', { hasText: 'graphics are back' }).waitFor();
    await expect(page.locator('#notices .notice', { hasText: 'graphics were lost' }).count()).resolves.toBe(
      0,
    );
    await expect.poll(pixel).toEqual(before);
    // And the map still answers: a place can be chosen.
    await page.evaluate(() => (location.hash = '#/place/new-town-songjiang'));
    await page.locator('.place-card[data-place-id="new-town-songjiang"]').waitFor();
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
