// The app as a user meets it, for the end-to-end tests: one object per open page whose methods are a user's steps
// (open a place, hide a theme in the legend, search, export the view) and whose locators are what the user looks at
// (the place card, the reader's clause, the export dialog). Selectors live here and nowhere else in the tests: by
// role where one is unique, otherwise by the app's stable data attributes (`data-place-id`, `data-layer`, …).
// `withApp` opens a page and closes it however the test ends.

import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import {
  compareOf,
  exportOf,
  imageStats,
  legendOf,
  mapOf,
  panelOf,
  placesInViewOf,
  searchOf,
  tourOf,
  type Tap,
} from './app-parts';
import { useBrowser } from './browser';
import { launch, offMachine, openPage, waitForMapReady, type LaunchOptions } from './driver';

export type { ImageStats, Region } from './app-parts';

export const PHONE = { width: 390, height: 844 };
const PHONE_CONTEXT: BrowserContextOptions = { hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A file of the repository, as JSON (a tour, a plan's data as built). */
export function readJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

export interface AppOptions {
  /** The route, e.g. `#/place/new-town-jiading`; none for the app's start. */
  hash?: string;
  /** The interface language, as `?lang=`; none leaves it to the app (the browser's locale is zh-CN). */
  lang?: 'zh' | 'en';
  /** More query parameters, e.g. `{ plan: 'mini' }` or `{ tour: '…' }`. */
  query?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** A phone: 390×844, touch, at twice the pixel density. */
  phone?: boolean;
  /** More context options, e.g. `{ bypassCSP: true }`, `{ reducedMotion: 'reduce' }`. */
  context?: BrowserContextOptions;
  /** What to wait for before the test goes on: the map's ready signal (the default), or nothing. */
  wait?: 'map' | 'none';
}

/** The app's address for these options. */
export function appUrl(opts: Pick<AppOptions, 'hash' | 'lang' | 'query'> = {}): string {
  const params = new URLSearchParams({ ...opts.query, ...(opts.lang ? { lang: opts.lang } : {}) });
  const qs = params.toString();
  return `${inject('appUrl')}${qs ? `?${qs}` : ''}${opts.hash ?? ''}`;
}

export type App = ReturnType<typeof makeApp>;

function makeApp(
  page: Page,
  session: { requests: string[]; errors: string[]; close(): Promise<void> },
  phone: boolean,
) {
  const tap: Tap = (l) => (phone ? l.tap() : l.click());
  /** Follows a link inside the app: sets the route as a link would. */
  const route = async (hash: string) => {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
  };
  const { root: map, ...onMap } = mapOf(page, phone);
  return {
    page,
    /** Uncaught page errors and console errors so far. */
    errors: session.errors,
    /** Every URL the page asked for. */
    requests: session.requests,
    /** Requests that left the machine. */
    offMachine: () => offMachine(session.requests),
    close: () => session.close(),

    /** Goes to another address of the app in the same page (a reload). */
    async goto(opts: Pick<AppOptions, 'hash' | 'lang' | 'query' | 'wait'> = {}) {
      await page.goto(appUrl(opts));
      if ((opts.wait ?? 'map') === 'map') await waitForMapReady(page);
    },
    route,
    hash: () => page.evaluate(() => location.hash),
    /** The route without its query (`#/compare/a,b`). */
    routeOnly: () => page.evaluate(() => location.hash.split('?')[0]),
    mapReady: () => waitForMapReady(page),
    title: page.locator('.title-main'),
    notice: page.locator('.notice').first(),
    notices: page.locator('#notices .notice'),
    switchLanguage: () => tap(page.locator('button.lang-switch')),
    /** The data menu's download links (their hrefs). */
    async dataFiles(): Promise<(string | null)[]> {
      await page.locator('.data-menu summary').click();
      return page
        .locator('.data-popover a[download]')
        .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')));
    },
    dataFile: (name: string) => page.locator(`.data-popover a[data-file="${name}"]`),

    map,
    ...onMap,
    ...panelOf(page, tap, route),
    search: searchOf(page),
    legend: legendOf(page, tap),
    placesInView: placesInViewOf(page, tap),
    tour: tourOf(page, route),
    export: exportOf(page),
    compare: compareOf(page),
    imageStats: (png: Buffer, opts?: Parameters<typeof imageStats>[2]) => imageStats(page, png, opts),
  };
}

/** Opens the app in a new browser context and waits for it (see `AppOptions.wait`). Close it with `app.close()`. */
export async function openApp(browser: Browser, opts: AppOptions = {}): Promise<App> {
  const session = await openPage(browser, appUrl(opts), opts.viewport ?? (opts.phone ? PHONE : undefined), {
    ...(opts.phone ? PHONE_CONTEXT : {}),
    ...opts.context,
  });
  const app = makeApp(session.page, session, !!opts.phone);
  try {
    if ((opts.wait ?? 'map') === 'map') await waitForMapReady(session.page);
  } catch (e) {
    await session.close();
    throw e;
  }
  return app;
}

/** Opens the app in a browser, runs the steps, and closes its context whatever happens in them. */
export async function withAppIn<T>(
  browser: Browser,
  opts: AppOptions,
  steps: (app: App) => Promise<T>,
): Promise<T> {
  const app = await openApp(browser, opts);
  try {
    return await steps(app);
  } finally {
    await app.close();
  }
}

/** A browser of its own (e.g. without WebGL), closed whatever happens in the steps. */
export async function withBrowser<T>(
  opts: LaunchOptions,
  steps: (browser: Browser) => Promise<T>,
): Promise<T> {
  const browser = await launch(opts);
  try {
    return await steps(browser);
  } finally {
    await browser.close();
  }
}

/**
 * For a test file: launches its browser (closed after its tests) and returns `withApp` bound to it, e.g.
 * `it('…', () => withApp({ hash: '#/place/x' }, async (app) => { … }))`.
 */
export function useApp() {
  const browser = useBrowser();
  return {
    browser,
    withApp: <T>(opts: AppOptions, steps: (app: App) => Promise<T>) => withAppIn(browser(), opts, steps),
  };
}
