// The parts of the page object (app.ts), one per thing on screen: the map (what it draws, read from MapLibre), the
// panel (a place's card, the reader), the search, the legend, the places in view, a tour, the image export, the
// compare view; and what an exported image holds.

import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { Slide } from '../../src/ui/export/frame';
import { hoverAt, screenPoint } from './driver';

/** A tap on a phone, a click elsewhere. */
export type Tap = (l: Locator) => Promise<void>;

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
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

const isOpen = async (details: Locator) => (await details.getAttribute('open')) !== null;

/** The panel: a place's card and the reader; a place or a clause opened as a link to it does. */
export function panelOf(page: Page, tap: Tap, route: (hash: string) => Promise<void>) {
  const card = (id?: string) => page.locator(id ? `.place-card[data-place-id="${id}"]` : '.place-card');
  const unit = (id?: string) => page.locator(id ? `article.unit[data-unit-id="${id}"]` : 'article.unit');
  return {
    panel: page.locator('#panel'),
    /** Opens a place and waits for its card. */
    async openPlace(id: string) {
      await route(`#/place/${id}`);
      await card(id).waitFor();
    },
    card: {
      /** The card shown (of the place given, if one is). */
      root: card,
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
    /** Opens a clause and waits for it in the reader. */
    async openClause(id: string) {
      await route(`#/clause/${id}`);
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
  };
}

/** The search box: `search(q)` types a query and waits for its results (their ids, in order). */
export function searchOf(page: Page) {
  const box = page.locator('#search');
  const results = page.locator('#search-results');
  async function search(query: string): Promise<string[]> {
    await box.fill(query);
    await page.locator(`#search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
    return results
      .locator('.search-hit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-hit-id') ?? ''));
  }
  return Object.assign(search, {
    box,
    hits: results.locator('.search-hit'),
    clauseHits: results.locator('.search-hit-clause'),
    placeHits: results.locator('.search-hit-place'),
    /** The result chosen with the arrow keys. */
    chosen: results.locator('[aria-selected="true"]'),
    /** Searches and opens the first result with Enter. */
    async open(query: string): Promise<void> {
      await search(query);
      await box.press('Enter');
    },
  });
}

export function legendOf(page: Page, tap: Tap) {
  const root = page.locator('details.legend');
  const box = (theme: string) => root.locator(`input[data-layer="${theme}"]`);
  const open = async () => {
    if (!(await isOpen(root))) await tap(root.locator(':scope > summary'));
  };
  const bulk = async (which: 0 | 1) => {
    await open();
    await root.locator('.legend-bulk button').nth(which).click();
  };
  return {
    root,
    summary: root.locator('summary'),
    names: root.locator('.legend-name'),
    /** A theme's switch. */
    box,
    open,
    isOpen: () => isOpen(root),
    async hide(theme: string) {
      await open();
      await box(theme).uncheck();
    },
    async show(theme: string) {
      await open();
      await box(theme).check();
    },
    showAll: () => bulk(0),
    hideAll: () => bulk(1),
    isShown: (theme: string) => box(theme).isChecked(),
    /** The themes the legend offers, in its order. */
    themes: () =>
      root.locator('input[data-layer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer'))),
  };
}

/** The places in view: the map as text. */
export function placesInViewOf(page: Page, tap: Tap) {
  const root = page.locator('details.piv');
  const links = root.locator('a.piv-place');
  return {
    root,
    summary: root.locator('.piv-summary'),
    groups: root.locator('.piv-group'),
    note: root.locator('.piv-note'),
    /** A place's link in the list (every link, if none is given). */
    link: (id?: string) => (id ? root.locator(`a.piv-place[data-place="${id}"]`) : links),
    /** Opens the list and waits for its first place. */
    async open() {
      if (!(await isOpen(root))) await tap(root.locator(':scope > summary'));
      await links.first().waitFor();
    },
    isOpen: () => isOpen(root),
    /** The ids of the places listed, in order. */
    items: () => links.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place'] ?? '')),
  };
}

export function tourOf(page: Page, route: (hash: string) => Promise<void>) {
  const card = page.locator('.tour-card');
  return {
    root: page.locator('.tour'),
    card,
    counter: () => card.locator('.tour-counter').innerText(),
    stepTitle: () => card.locator('.tour-step-title').innerText(),
    name: page.locator('.tour-name'),
    /** Waits for the tour to be shown. */
    ready: () => page.locator('.tour[data-state="ready"]').waitFor(),
    /** Waits for a step with its camera still. */
    still: (n: number) =>
      page.locator(`.tour[data-step="${n}"][data-camera="still"]`).waitFor({ state: 'attached' }),
    /** Opens a step of a tour as a link to it does. */
    async open(id: string, step = 1) {
      await route(`#/tour/${id}/${step}`);
      await page.locator(`.tour[data-state="ready"][data-step="${step}"]`).waitFor();
    },
    /** Opens the editor. */
    edit: () => page.locator('.tour-edit').click(),
    editor: page.locator('.tour-editor'),
    addStep: () => page.locator('.te-add').click(),
    revert: () => page.locator('.te-revert').click(),
    /** How many problems the editor finds in the draft. */
    problems: () => page.locator('.te-problems').getAttribute('data-count'),
    /** Opens a tour file in the editor, as the file picker does. */
    openFile: (name: string, json: unknown) =>
      page.locator('.te-open').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(json)),
      }),
  };
}

/** The image export. */
export function exportOf(page: Page) {
  const dialog = page.getByRole('dialog');
  return {
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
  };
}

export function compareOf(page: Page) {
  return {
    root: page.locator('.cmp'),
    ready: () => page.locator('.cmp[data-state="ready"]').waitFor({ timeout: 60_000 }),
    /** The towns compared, by their Chinese names, in their order. */
    towns: () => page.locator('.cmp-table thead th.cmp-town .cmp-town-zh').allInnerTexts(),
    rowName: (row: string) => page.locator(`.cmp-table tr[data-row="${row}"] .cmp-row-name`),
    close: page.locator('button.cmp-close'),
  };
}

/** The map: what the user does on it, and what it draws, asked of MapLibre (the app's map is `window.__map`). */
export function mapOf(page: Page, phone: boolean) {
  const root = page.locator('#map');
  const rendered = (key: 'id' | 'theme') =>
    page.evaluate((k) => {
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
  return {
    root,
    /** The place selected on the map (`data-selected`). */
    selected: () => root.getAttribute('data-selected'),
    /** The places highlighted on the map (`data-highlighted`, space-separated). */
    highlighted: () => root.getAttribute('data-highlighted'),
    tooltip: page.locator('.map-tooltip'),
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
    settled: async () => {
      await page.waitForFunction(() => {
        const m = (window as unknown as { __map: { isMoving(): boolean; loaded(): boolean } }).__map;
        return !m.isMoving() && m.loaded();
      });
    },
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
  };
}

/** Decodes a PNG in the page and measures a region of it (the whole image without one). */
export function imageStats(
  page: Page,
  png: Buffer,
  opts: { region?: Region; rgb?: [number, number, number]; tolerance?: number } = {},
): Promise<ImageStats> {
  return page.evaluate(
    async ([b64, region, [r, g, b], tol]) => {
      // (no fetch of a data: URL: the page's Content-Security-Policy does not allow it)
      const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' });
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
      return { colours: colours.size, near, darkest, pixels: data.length / 4 };
    },
    [png.toString('base64'), opts.region ?? null, opts.rgb ?? [0, 0, 0], opts.tolerance ?? 0] as const,
  );
}
