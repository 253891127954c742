// The service worker that keeps the built app working offline, built by vite-plugin-pwa (injectManifest) with
// Workbox: the build's precache manifest (every file of the build, the plan's data too, each with a revision or a
// hashed name) is installed into one cache; the app's page and every file are served from it. A new version
// installs beside the running one and waits: it takes over only when the reader accepts ("reload to update",
// src/sw-register.ts). The files of older versions stay in the cache while a page still runs one of them (its lazy
// chunks load from there), and go once every open page runs this version (rules.ts).

import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  cleanupDecision,
  isLegacyCache,
  isToWorker,
  pageVersion,
  type PageReport,
  type ToPage,
} from './rules';

declare const self: ServiceWorkerGlobalScope;

/** The build's data version, as the pages have it (scripts/data-version.ts). */
const DATA_VERSION = import.meta.env['VITE_DATA_VERSION'] as string;
const SCOPE = self.registration.scope;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

self.addEventListener('install', (event) => {
  // No skipWaiting: the page asks for it when the reader accepts. (A worker of the hand-written kind before this
  // one took over at once; its pages wait for no one, so this one replaces it at once too.)
  event.waitUntil(
    precache.install(event).then(async () => {
      if ((await caches.keys()).some((n) => isLegacyCache(n, SCOPE))) await self.skipWaiting();
    }),
  );
});

self.addEventListener('activate', (event) => {
  // The first install controls the open page at once (it is offline-ready without a reload); after an update the
  // pages were already controlled, by the version before.
  event.waitUntil(self.clients.claim().then(() => cleanUp()));
});

/** What each open page said it runs, by client id (lost when the worker stops: it asks again). */
const reports = new Map<string, PageReport>();

const isOwnUrl = (url: string) => precache.getCacheKeyForURL(url) !== undefined;

/** Deletes the files of other versions once no open page runs one (and no newer worker waits); else asks or waits. */
async function cleanUp(): Promise<void> {
  if (self.serviceWorker.state !== 'activated' && self.serviceWorker.state !== 'activating') return;
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const id of reports.keys()) if (!pages.some((p) => p.id === id)) reports.delete(id);
  const versions = pages.map((p) => pageVersion(reports.get(p.id), isOwnUrl, DATA_VERSION));
  const newer = self.registration.waiting !== null || self.registration.installing !== null;
  const decision = cleanupDecision(versions, newer);
  if (decision === 'ask') {
    const ask: ToPage = { type: 'WHICH' };
    pages.forEach((p, i) => versions[i] === 'unknown' && p.postMessage(ask));
  }
  if (decision !== 'clean') return;
  const cache = await caches.open(precache.strategy.cacheName);
  const own = new Set(precache.getURLsToCacheKeys().values());
  for (const request of await cache.keys()) if (!own.has(request.url)) await cache.delete(request);
  for (const name of await caches.keys()) if (isLegacyCache(name, SCOPE)) await caches.delete(name);
}

self.addEventListener('message', (event) => {
  const msg: unknown = event.data;
  if (!isToWorker(msg)) return;
  if (msg.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
    return;
  }
  const source = event.source;
  if (source && 'id' in source) reports.set(source.id, { entry: msg.entry, data: msg.data });
  event.waitUntil(cleanUp());
});

// The app's page, whatever its query (`?lang=en`, `?tour=…`): this version's index.html. Other navigations (a data
// file opened in a tab) are files like any other.
const indexUrl = new URL('index.html', SCOPE).href;
const scopePath = new URL(SCOPE).pathname;
registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL(indexUrl), {
    allowlist: [new RegExp(`^${scopePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(index\\.html)?$`)],
  }),
);
// This version's files, whatever their query (the data are asked for with none, the tests add some).
registerRoute(
  new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' }),
);
// A file of an older version (a lazy chunk of a page that still runs it) from the cache, else the network.
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.href.startsWith(SCOPE),
  async ({ request }) => (await caches.match(request, { ignoreSearch: true })) ?? fetch(request),
);
