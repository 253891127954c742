// What the service worker keeps beside Workbox's precache, in a cache of its own: each installed version's files
// (URL → cache key, so that a page still on an older version is served that version's files, its data too, never a
// mix) and what each open page said it runs (so that a worker that was stopped and started again still knows).

import type { PageReport } from './rules';

declare const self: ServiceWorkerGlobalScope;

const STORE = `explorer-versions:${self.registration.scope}`;
const KEY = (name: string) => new URL(`__explorer__/${name}`, self.registration.scope).href;

/** A version's files: each URL of the build (without query) → its key in the precache. */
export type VersionFiles = Map<string, string>;

interface SavedVersion {
  data: string;
  files: [string, string][];
}

/** A short id of a version: its data version and a hash of its files' keys. */
export function versionId(data: string, files: VersionFiles): string {
  let h = 0x811c9dc5;
  for (const key of [...files.values()].sort())
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${data}-${h.toString(16)}`;
}

export async function saveVersion(data: string, files: VersionFiles): Promise<void> {
  const saved: SavedVersion = { data, files: [...files] };
  await (await caches.open(STORE)).put(KEY(`version/${versionId(data, files)}`), Response.json(saved));
}

/** The files of the saved version a page runs (its data version, and its entry among the files), if any. */
export async function filesOf(report: PageReport): Promise<VersionFiles | null> {
  const store = await caches.open(STORE);
  for (const req of await store.keys()) {
    if (!req.url.startsWith(KEY('version/'))) continue;
    const saved = (await (await store.match(req))?.json()) as SavedVersion | undefined;
    if (!saved || saved.data !== report.data) continue;
    const files = new Map(saved.files);
    if (files.has(report.entry)) return files;
  }
  return null;
}

/** Forgets every saved version but this one. */
export async function forgetVersionsBut(id: string): Promise<void> {
  const store = await caches.open(STORE);
  for (const req of await store.keys())
    if (req.url.startsWith(KEY('version/')) && req.url !== KEY(`version/${id}`)) await store.delete(req);
}

export async function saveReports(reports: ReadonlyMap<string, PageReport>): Promise<void> {
  await (await caches.open(STORE)).put(KEY('reports'), Response.json([...reports]));
}

export async function loadReports(): Promise<Map<string, PageReport>> {
  const res = await (await caches.open(STORE)).match(KEY('reports'));
  return new Map(res ? ((await res.json()) as [string, PageReport][]) : []);
}
