// Serves the built app (dist/) on loopback under a sub-path, for every end-to-end test file: a copy of it with a
// second plan (the fixture of tests/fixtures/plans/mini/) built into its data folder, as a site with two plans has.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPlanData } from '../../scripts/lib/build-plan';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import fixturePlan from '../fixtures/plans/mini/plan.config';

let server: StaticServer | undefined;
let site = '';

export async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first.');
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-e2e-'));
  try {
    fs.cpSync(dist, site, { recursive: true });
    buildFixturePlan(root, site);
    server = await serveStatic(site, '/explorer/');
  } catch (e) {
    // The runner may not tear down a set-up that failed: leave no server and no copy of the site behind.
    await teardown();
    throw e;
  }
  project.provide('appUrl', server.url);
  project.provide('fixturePlan', fixturePlan.id);
}

/** Builds the fixture plan's data into the site's data folder, quietly. */
function buildFixturePlan(root: string, into: string): void {
  const log = console.log;
  console.log = () => {};
  try {
    if (buildPlanData(root, fixturePlan, path.join(into, 'data', fixturePlan.id)) > 0)
      throw new Error('the fixture plan does not build');
  } finally {
    console.log = log;
  }
}

export async function teardown(): Promise<void> {
  try {
    await server?.close();
  } finally {
    if (site) fs.rmSync(site, { recursive: true, force: true });
    server = undefined;
    site = '';
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    fixturePlan: string;
  }
}
