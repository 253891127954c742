// Serves the built app (dist/) on loopback under a sub-path, for every end-to-end test file.

import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first.');
  server = await serveStatic(dist, '/explorer/');
  project.provide('appUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
