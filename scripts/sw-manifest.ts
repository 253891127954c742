// The service worker's precache manifest, made safer: each entry gets the Subresource Integrity hash of the file
// the build wrote, so that the worker's install fails (and is tried again later) rather than cache a file of
// another deploy under this one's revision (a deploy that lands while a reader's worker is installing). The cache
// then never holds a mix of two versions: clauses.json, features.geojson and the code are all of one build.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { VitePWAOptions } from 'vite-plugin-pwa';

type ManifestTransform = NonNullable<
  NonNullable<Partial<VitePWAOptions>['injectManifest']>['manifestTransforms']
>[number];

/** The `sha384-…` integrity of a file's contents. */
export function integrityOf(body: Buffer): string {
  return `sha384-${crypto.createHash('sha384').update(body).digest('base64')}`;
}

/** A plugin that learns the output folder, and the manifest transform that reads the files there. */
export function manifestIntegrity(): { plugin: Plugin; transform: ManifestTransform } {
  let outDir = '';
  return {
    plugin: {
      name: 'sw-manifest-integrity',
      apply: 'build',
      configResolved(c) {
        outDir = path.resolve(c.root, c.build.outDir);
      },
    },
    transform: (entries) => ({
      manifest: entries.map((e) => ({
        ...e,
        integrity: integrityOf(fs.readFileSync(path.join(outDir, decodeURIComponent(e.url)))),
      })),
    }),
  };
}
