// The only file that imports the browser library: launches the system Chromium headless (WebGL via SwiftShader
// unless asked for the GPU), records every request and every page or console error, and offers steps in a user's
// words.

import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import fs from 'node:fs';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
  if (!found)
    throw new Error('No Chromium found: install it (`apt-get install chromium`) or set CHROMIUM_PATH.');
  return found;
}

/** WebGL in software (SwiftShader), the same on every machine: the default. */
const SOFTWARE_GL_ARGS = ['--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
/** The machine's GPU, also headless and also one on Chromium's blocklist (launch option `gpu`). */
const GPU_ARGS = ['--enable-gpu', '--ignore-gpu-blocklist'];

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface LaunchOptions {
  /** Extra Chromium flags, e.g. `--disable-3d-apis`. */
  args?: string[];
  /** The machine's GPU instead of SwiftShader (Chromium picks its GL backend, and falls back to software where
   * there is no usable GPU; `args` can choose a backend, e.g. `--use-angle=vulkan`). Off by default. */
  gpu?: boolean;
  /** A window on the display instead of headless (needs DISPLAY). Off by default. */
  headed?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: !opts.headed,
    args: [...BASE_ARGS, ...(opts.gpu ? GPU_ARGS : SOFTWARE_GL_ARGS), ...(opts.args ?? [])],
  });
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  /** More context options, e.g. `{ hasTouch: true, isMobile: true }` for a phone, `{ bypassCSP: true }`. */
  contextOptions: BrowserContextOptions = {},
): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', ...contextOptions });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  try {
    await page.goto(url);
  } catch (e) {
    await context.close(); // a page that does not load is closed here: the caller never gets it to close
    throw e;
  }
  return { page, context, requests, errors, close: () => context.close() };
}

/** Waits for the map's ready signal (never a sleep). */
export async function waitForMapReady(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('#map[data-ready="true"]').waitFor({ state: 'attached', timeout });
}

/** Screen position of a lon/lat on the map, relative to the page. */
export async function screenPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lo, la]) => {
      const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
        .__map;
      const rect = document.getElementById('map')!.getBoundingClientRect();
      const p = map.project([lo, la]);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    [lon, lat] as const,
  );
}

/** Moves the pointer over a lon/lat, as a user hovering the map would. */
export async function hoverAt(page: Page, lon: number, lat: number): Promise<void> {
  const p = await screenPoint(page, lon, lat);
  await page.mouse.move(p.x - 5, p.y - 5);
  await page.mouse.move(p.x, p.y, { steps: 3 });
}

/** Requests that left the machine (anything not on loopback, nor data:/blob:). */
export function offMachine(requests: string[]): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    try {
      const host = new URL(u).hostname;
      return !(host === '127.0.0.1' || host === 'localhost' || host === '[::1]');
    } catch {
      return true;
    }
  });
}
