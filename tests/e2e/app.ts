// The app as a user meets it, for the end-to-end tests: one object per open page whose methods are a user's steps
// (open a place, hide a theme in the legend, search, export the view) and whose locators are what the user looks at
// (the place card, the reader's clause, the export dialog). Selectors live here and nowhere else in the tests: by
// role where one is unique, otherwise by the app's stable data attributes (`data-place-id`, `data-layer`, …).
// `withApp` opens a page and closes it however the test ends.

import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { Slide } from '../../src/ui/export/frame';
import { useBrowser } from './browser';
import {
  hoverAt,
  launch,
  offMachine,
  openPage,
  screenPoint,
  waitForMapReady,
  type LaunchOptions,
} from './driver';

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

/** Statistics of a region of a PNG, decoded in the page. */
export interface ImageStats {
  /** How many different colours. */
  colours: number;
  /** How many pixels lie within the tolerance of the colour asked about. */
  near: number;
  /** The darkest channel of any pixel. */
  darkest: number;
  pixels: number;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type App = ReturnType<typeof makeApp>;

function makeApp(
  page: Page,
  session: { requests: string[]; errors: string[]; close(): Promise<void> },
  phone: boolean,
) {
  const mapEl = page.locator('#map');
  const tap = (l: Locator) => (phone ? l.tap() : l.click());

  const placeCard = (id?: string) => page.locator(id ? `.place-card[data-place-id="${id}"]` : '.place-card');
  const unit = (id?: string) => page.locator(id ? `article.unit[data-unit-id="${id}"]` : 'article.unit');
  const searchBox = page.locator('#search');
  const results = page.locator('#search-results');
  const legendEl = page.locator('details.legend');
  const legendBox = (theme: string) => legendEl.locator(`input[data-layer="${theme}"]`);
  const piv = page.locator('details.piv');
  const pivLinks = piv.locator('a.piv-place');
  const tourEl = page.locator('.tour');
  const tourCard = page.locator('.tour-card');
  const dialog = page.getByRole('dialog');

  async function search(query: string): Promise<string[]> {
    await searchBox.fill(query);
    await page.locator(`#search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
    return results
      .locator('.search-hit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-hit-id') ?? ''));
  }

  const app = {
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
    /** Follows a link inside the app: sets the route as a link would. */
    route: (hash: string) =>
      page.evaluate((h) => {
        location.hash = h;
      }, hash),
    hash: () => page.evaluate(() => location.hash),
    /** The route without its query (`#/compare/a,b`). */
    routeOnly: () => page.evaluate(() => location.hash.split('?')[0]),
    mapReady: () => waitForMapReady(page),
    title: page.locator('.title-main'),
    notice: page.locator('.notice').first(),
    notices: page.locator('#notices .notice'),
    panel: page.locator('#panel'),
    switchLanguage: () => tap(page.locator('button.lang-switch')),

    // The map.
    map: mapEl,
    /** The place selected on the map (`data-selected`). */
    selected: () => mapEl.getAttribute('data-selected'),
    /** The places highlighted on the map (`data-highlighted`, space-separated). */
    highlighted: () => mapEl.getAttribute('data-highlighted'),
    zoom: () => page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom()),
    jumpTo: (center: [number, number], zoom: number) =>
      page.evaluate(
        ([c, z]) =>
          (window as unknown as { __map: { jumpTo(o: unknown): void } }).__map.jumpTo({ center: c, zoom: z }),
        [center, zoom] as const,
      ),
    /** Screen position of a lon/lat. */
    point: (lon: number, lat: number) => screenPoint(page, lon, lat),
    /** Moves the pointer over a lon/lat. */
    hover: (lon: number, lat: number) => hoverAt(page, lon, lat),
    /** Taps (on a phone) or clicks a lon/lat. */
    async tapMap(lon: number, lat: number) {
      const p = await screenPoint(page, lon, lat);
      if (phone) await page.touchscreen.tap(p.x, p.y);
      else await page.mouse.click(p.x, p.y);
    },
    tooltip: page.locator('.map-tooltip'),
    /** The map has drawn everything it was asked to, labels placed (the next idle after a repaint). */
    drawn: () =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const m = (
              window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }
            ).__map;
            m.once('idle', resolve);
            m.triggerRepaint();
          }),
      ),
    /** The map has come to rest (a camera move done, its tiles drawn). */
    settled: () =>
      page
        .waitForFunction(() => {
          const m = (window as unknown as { __map: { isMoving(): boolean; loaded(): boolean } }).__map;
          return !m.isMoving() && m.loaded();
        })
        .then(() => undefined),
    /** The ids of the places the map draws now (the features MapLibre renders in its place layers), sorted. */
    renderedPlaces: () => rendered('id'),
    /** The themes the map draws now, sorted. */
    renderedThemes: () => rendered('theme'),
    /** The places whose names the map shows now (in the given label layers). */
    labelled: (layers: string[]) =>
      page.evaluate((ids) => {
        const m = (
          window as unknown as {
            __map: {
              getLayer(id: string): unknown;
              queryRenderedFeatures(o: { layers: string[] }): { properties: { id?: string } }[];
            };
          }
        ).__map;
        const present = ids.filter((id) => m.getLayer(id));
        return [...new Set(m.queryRenderedFeatures({ layers: present }).map((f) => f.properties.id ?? ''))];
      }, layers),

    // The panel: a place's card and the reader.
    /** Opens a place as a link to it does, and waits for its card. */
    async openPlace(id: string) {
      await app.route(`#/place/${id}`);
      await placeCard(id).waitFor();
    },
    card: {
      /** The card shown (of the place given, if one is). */
      root: placeCard,
      title: page.locator('.place-card .place-title'),
      /** The clauses that name the place. */
      direct: page.locator('.mentions-direct .mention-item'),
      /** The clauses that name a group the place belongs to. */
      group: page.locator('.mentions-group .mention-item'),
      /** Every clause listed. */
      clauses: page.locator('#panel .mention-item'),
      mentionsTitle: page.locator('.mentions-title'),
      close: () => tap(page.locator('.panel-close')),
    },
    /** Opens a clause as a link to it does, and waits for it in the reader. */
    async openClause(id: string) {
      await app.route(`#/clause/${id}`);
      await unit(id).waitFor();
    },
    reader: {
      /** A clause in the reader (the one given, or the first). */
      unit,
      /** The clause's place in the plan (its chapter and section), in either language. */
      breadcrumb: (id: string) => unit(id).getByRole('navigation', { name: /^(位置|Breadcrumb)$/ }),
      /** The place links in the clause's text. */
      mentions: page.locator('article.unit .unit-text a.mention'),
      next: () => page.locator('.prev-next a.next').click(),
    },

    // The header's tools.
    /** Types a query in the search box and waits for its results: their ids, in order. */
    search: Object.assign(search, {
      box: searchBox,
      hits: results.locator('.search-hit'),
      clauseHits: results.locator('.search-hit-clause'),
      placeHits: results.locator('.search-hit-place'),
      /** The result chosen with the arrow keys. */
      chosen: results.locator('[aria-selected="true"]'),
      /** Searches and opens the first result with Enter. */
      async open(query: string): Promise<void> {
        await search(query);
        await searchBox.press('Enter');
      },
    }),
    /** The data menu's download links (their hrefs). */
    async dataFiles(): Promise<(string | null)[]> {
      await page.locator('.data-menu summary').click();
      return page
        .locator('.data-popover a[download]')
        .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')));
    },
    dataFile: (name: string) => page.locator(`.data-popover a[data-file="${name}"]`),

    // The legend.
    legend: {
      root: legendEl,
      summary: legendEl.locator('summary'),
      names: legendEl.locator('.legend-name'),
      /** A theme's switch. */
      box: legendBox,
      async open() {
        if ((await legendEl.getAttribute('open')) === null) await tap(legendEl.locator(':scope > summary'));
      },
      isOpen: async () => (await legendEl.getAttribute('open')) !== null,
      async hide(theme: string) {
        await app.legend.open();
        await legendBox(theme).uncheck();
      },
      async show(theme: string) {
        await app.legend.open();
        await legendBox(theme).check();
      },
      async hideAll() {
        await app.legend.open();
        await legendEl.locator('.legend-bulk button').nth(1).click();
      },
      async showAll() {
        await app.legend.open();
        await legendEl.locator('.legend-bulk button').nth(0).click();
      },
      isShown: (theme: string) => legendBox(theme).isChecked(),
      /** The themes the legend offers, in its order. */
      themes: () =>
        legendEl
          .locator('input[data-layer]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-layer'))),
    },

    // The places in view: the map as text.
    placesInView: {
      root: piv,
      summary: piv.locator('.piv-summary'),
      groups: piv.locator('.piv-group'),
      note: piv.locator('.piv-note'),
      /** A place's link in the list (any, if none is given). */
      link: (id?: string) => (id ? piv.locator(`a.piv-place[data-place="${id}"]`) : pivLinks),
      /** Opens the list and waits for its first place. */
      async open() {
        if ((await piv.getAttribute('open')) === null) await tap(piv.locator(':scope > summary'));
        await pivLinks.first().waitFor();
      },
      isOpen: async () => (await piv.getAttribute('open')) !== null,
      /** The ids of the places listed, in order. */
      items: () => pivLinks.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place'] ?? '')),
    },

    // A tour.
    tour: {
      root: tourEl,
      card: tourCard,
      counter: () => tourCard.locator('.tour-counter').innerText(),
      stepTitle: () => tourCard.locator('.tour-step-title').innerText(),
      name: page.locator('.tour-name'),
      /** Waits for the tour to be shown. */
      ready: () => page.locator('.tour[data-state="ready"]').waitFor(),
      /** Waits for a step with its camera still. */
      still: (n: number) =>
        page.locator(`.tour[data-step="${n}"][data-camera="still"]`).waitFor({ state: 'attached' }),
      /** Opens a step of a tour as a link to it does. */
      async open(id: string, step = 1) {
        await app.route(`#/tour/${id}/${step}`);
        await page.locator(`.tour[data-state="ready"][data-step="${step}"]`).waitFor();
      },
      /** Opens the editor. */
      edit: () => page.locator('.tour-edit').click(),
      editor: page.locator('.tour-editor'),
      addStep: () => page.locator('.te-add').click(),
      revert: () => page.locator('.te-revert').click(),
      problems: () => page.locator('.te-problems').getAttribute('data-count'),
      /** Opens a tour file in the editor, as the file picker does. */
      openFile: (name: string, json: unknown) =>
        page.locator('.te-open').setInputFiles({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(json)),
        }),
    },

    // The image export.
    export: {
      dialog,
      /** Opens the dialog from a tour's toolbar, or from the header when no tour is shown. */
      async open() {
        const fromTour = page.locator('.tour-export');
        await ((await fromTour.count()) ? fromTour : page.locator('.export-link')).click();
        await dialog.waitFor();
      },
      /** Downloads the PNG (at a size, if one is given): its name and bytes, once the dialog has its layout. */
      async download(size?: string): Promise<{ name: string; bytes: Buffer }> {
        if (size) await dialog.locator(`input[name="export-size"][value="${size}"]`).check();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          dialog.locator('.export-download').click(),
        ]);
        const bytes = fs.readFileSync(await download.path());
        await page.locator('.export-dialog[data-slide]').waitFor({ timeout: 60_000 });
        return { name: download.suggestedFilename(), bytes };
      },
      /** Where the last image's layout put everything. */
      slide: async () => JSON.parse((await dialog.getAttribute('data-slide'))!) as Slide,
      status: dialog.getByRole('status'),
      cancel: () => dialog.locator('.export-cancel').click(),
    },

    // The compare view.
    compare: {
      root: page.locator('.cmp'),
      ready: () => page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 }),
      /** The towns compared, by their Chinese names, in their order. */
      towns: () => page.locator('.cmp-table thead th.cmp-town .cmp-town-zh').allInnerTexts(),
      rowName: (row: string) => page.locator(`.cmp-table tr[data-row="${row}"] .cmp-row-name`),
      close: page.locator('button.cmp-close'),
    },

    /** Decodes a PNG in the page and measures a region of it (the whole image without one). */
    imageStats: (
      png: Buffer,
      opts: { region?: Region; rgb?: [number, number, number]; tolerance?: number } = {},
    ) =>
      page.evaluate(
        async ([b64, region, [r, g, b], tol]) => {
          // (no fetch of a data: URL: the page's Content-Security-Policy does not allow it)
          const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], {
            type: 'image/png',
          });
          const img = await createImageBitmap(blob);
          const c = new OffscreenCanvas(img.width, img.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const box = region ?? { x: 0, y: 0, width: img.width, height: img.height };
          const data = ctx.getImageData(box.x, box.y, box.width, box.height).data;
          const colours = new Set<number>();
          let near = 0;
          let darkest = 255;
          for (let i = 0; i < data.length; i += 4) {
            const [pr, pg, pb] = [data[i]!, data[i + 1]!, data[i + 2]!];
            colours.add((pr << 16) | (pg << 8) | pb);
            darkest = Math.min(darkest, pr, pg, pb);
            if (Math.abs(pr - r) < tol && Math.abs(pg - g) < tol && Math.abs(pb - b) < tol) near++;
          }
          return { colours: colours.size, near, darkest, pixels: data.length / 4 } satisfies ImageStats;
        },
        [png.toString('base64'), opts.region ?? null, opts.rgb ?? [0, 0, 0], opts.tolerance ?? 0] as const,
      ),
  };

  function rendered(key: 'id' | 'theme') {
    return page.evaluate((k) => {
      const map = (
        window as unknown as {
          __map: {
            getStyle(): { layers: { id: string }[] };
            queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, string> }[];
          };
        }
      ).__map;
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => id.startsWith('places-'));
      return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties[k] ?? ''))].sort();
    }, key);
  }

  return app;
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
