// One headless Chromium per test file: launched before its tests, closed after them. Kept apart from driver.ts,
// which the benchmark uses outside the test runner.

import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './driver';

/** Launches the file's browser; call the returned function in a test to get it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet (call it inside a test)');
    return browser;
  };
}
