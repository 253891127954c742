// The service worker that keeps the built app working offline, built by vite-plugin-pwa (injectManifest) with
// Workbox: the build's precache manifest (every file of the build, the plan's data too, each with a revision or a
// hashed name, and an integrity hash) is installed into one cache; the app's page and every file are served from
// it. A new version installs beside the running one and waits: it takes over only when the reader accepts ("reload
// to update", src/sw-register.ts). A page still on an older version (another window) is served that version's
// files, which stay in the cache until no open page runs it (rules.ts, versions.ts).

import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, Route, Router } from 'workbox-routing';
import {
  cleanupDecision,
  isLegacyCache,
  isToWorker,
  pageVersion,
  type PageReport,
  type ToPage,
} from './rules';
import { filesOf, forgetVersionsBut, loadReports, saveReports, saveVersion, versionId } from './versions';

declare const self: ServiceWorkerGlobalScope;

/** The build's data version, as the pages have it (scripts/data-version.ts). */
const DATA_VERSION = import.meta.env['VITE_DATA_VERSION'] as string;
const SCOPE = self.registration.scope;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
const OWN_FILES = precache.getURLsToCacheKeys();
const OWN_ID = versionId(DATA_VERSION, OWN_FILES);

self.addEventListener('install', (event) => {
  // No skipWaiting: the page asks for it when the reader accepts. (A worker of the hand-written kind before this
  // one took over at once; its pages wait for no one, so this one replaces it at once too.)
  event.waitUntil(
    precache.install(event).then(async () => {
      await saveVersion(DATA_VERSION, OWN_FILES);
      if ((await caches.keys()).some((n) => isLegacyCache(n, SCOPE))) await self.skipWaiting();
    }),
  );
});

self.addEventListener('activate', (event) => {
  // The first install controls the open page at once (it is offline-ready without a reload); after an update the
  // pages were already controlled, by the version before.
  event.waitUntil(self.clients.claim().then(() => cleanUp()));
});

/** What each open page said it runs, by client id (kept in versions.ts's cache for a worker started again). */
const reports = new Map<string, PageReport>();
const restored = loadReports().then((saved) => {
  for (const [id, r] of saved) if (!reports.has(id)) reports.set(id, r);
});

const isOwnUrl = (url: string) => precache.getCacheKeyForURL(url) !== undefined;

/** Deletes the files of other versions once no open page runs one (and no newer worker waits); else asks or waits. */
async function cleanUp(): Promise<void> {
  await restored;
  if (self.serviceWorker.state !== 'activated' && self.serviceWorker.state !== 'activating') return;
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const id of reports.keys()) if (!pages.some((p) => p.id === id)) reports.delete(id);
  await saveReports(reports);
  const versions = pages.map((p) => pageVersion(reports.get(p.id), isOwnUrl, DATA_VERSION));
  const newer = self.registration.waiting !== null || self.registration.installing !== null;
  const decision = cleanupDecision(versions, newer);
  if (decision === 'ask') {
    const ask: ToPage = { type: 'WHICH' };
    pages.forEach((p, i) => versions[i] === 'unknown' && p.postMessage(ask));
  }
  if (decision !== 'clean') return;
  const cache = await caches.open(precache.strategy.cacheName);
  const own = new Set(OWN_FILES.values());
  for (const request of await cache.keys()) if (!own.has(request.url)) await cache.delete(request);
  for (const name of await caches.keys()) if (isLegacyCache(name, SCOPE)) await caches.delete(name);
  await forgetVersionsBut(OWN_ID);
}

self.addEventListener('message', (event) => {
  const msg: unknown = event.data;
  if (!isToWorker(msg)) return;
  if (msg.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
    return;
  }
  const source = event.source;
  event.waitUntil(
    restored.then(() => {
      if (source && 'id' in source) reports.set(source.id, { entry: msg.entry, data: msg.data });
      return cleanUp();
    }),
  );
});

const router = new Router();
// The app's page, whatever its query (`?lang=en`, `?tour=…`): this version's index.html. Other navigations (a data
// file opened in a tab) are files like any other.
const scopePath = new URL(SCOPE).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
router.registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL(new URL('index.html', SCOPE).href), {
    allowlist: [new RegExp(`^${scopePath}(index\\.html)?(\\?.*)?$`)],
  }),
);
// This version's files, whatever their query (the data are asked for with none, the tests add some).
router.registerRoute(
  new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' }),
);
// Anything else of the app (a file of an older version): from the cache, else the network.
router.registerRoute(
  new Route(
    () => true,
    async ({ request }) => (await caches.match(request, { ignoreSearch: true })) ?? fetch(request),
  ),
);

/** The files of the version a page runs, when it is not this one (another window, on the version before). */
async function olderFilesFor(clientId: string): Promise<Map<string, string> | null> {
  if (!clientId) return null;
  await restored;
  const report = reports.get(clientId);
  if (!report || pageVersion(report, isOwnUrl, DATA_VERSION) !== 'other') return null;
  return filesOf(report);
}

async function respond(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const url = new URL(request.url);
  const key = (await olderFilesFor(event.clientId))?.get(url.origin + url.pathname);
  const older = key ? await caches.match(key, { cacheName: precache.strategy.cacheName }) : undefined;
  return older ?? (await router.handleRequest({ event, request })) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !event.request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(event));
});
