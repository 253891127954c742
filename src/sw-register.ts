// Registers the service worker that keeps the built app working offline (src/sw/sw.ts, built by vite-plugin-pwa;
// production builds only), through workbox-window. It is registered once the map has drawn, so that its downloads
// of the whole app do not compete with the first load; its scope is the folder of the page, whatever the base path.
//
// Updates reach the reader by asking: a new version installs beside the running one and waits; the notice "a new
// version is ready" has a "reload to update" button, which lets the new worker take over and reloads the page into
// it, every chunk of it. Until then the page runs its own version, whose files the worker keeps (the page says
// which version it runs when the worker asks).

import { Workbox } from 'workbox-window';
import { t } from './i18n/i18n';
import { mapReady } from './map/bridge';
import type { PageReport, ToWorker } from './sw/rules';
import { showNotice } from './ui/notice';

const UPDATE_NOTICE = 'app-update';

/** What this page runs: its entry script and its data version (src/sw/rules.ts compares them with the worker's). */
function report(entry: string): PageReport {
  return { entry, data: import.meta.env['VITE_DATA_VERSION'] as string };
}

function tell(worker: ServiceWorker | null | undefined, entry: string): void {
  const msg: ToWorker = { type: 'RUNNING', ...report(entry) };
  worker?.postMessage(msg);
}

/** Registers the worker; `entry` is the URL of the page's entry script (`import.meta.url` in src/main.ts). */
export function registerServiceWorker(entry: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const wb = new Workbox(new URL('sw.js', document.baseURI).href, {
    scope: new URL('./', document.baseURI).href,
  });
  let accepted = false;
  let hadController = sw.controller !== null;
  wb.addEventListener('waiting', () => {
    showNotice(t('update.ready'), 'info', {
      key: UPDATE_NOTICE,
      action: {
        label: t('update.reload'),
        run: () => {
          accepted = true;
          wb.messageSkipWaiting();
        },
      },
    });
  });
  sw.addEventListener('controllerchange', () => {
    // The reader accepted here: the page reloads into the new version. Accepted in another window: this page
    // still runs the old one, and says so.
    if (accepted) location.reload();
    else if (hadController)
      showNotice(t('update.elsewhere'), 'info', {
        key: UPDATE_NOTICE,
        action: { label: t('notice.reload'), run: () => location.reload() },
      });
    hadController = true;
    tell(sw.controller, entry);
  });
  // The worker asks which version this page runs before it deletes the files of older ones.
  sw.addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown } | null;
    if (data?.type === 'WHICH') tell(e.source instanceof ServiceWorker ? e.source : sw.controller, entry);
  });
  sw.startMessages();
  const register = () =>
    wb
      .register()
      .then(() => tell(sw.controller, entry))
      .catch((e: unknown) => console.warn('service worker:', e instanceof Error ? e.message : e));
  const loaded = new Promise<void>((r) =>
    document.readyState === 'complete' ? r() : window.addEventListener('load', () => r(), { once: true }),
  );
  // Without WebGL there is no ready signal: register a little after the page has loaded.
  const settled = Promise.race([mapReady(), new Promise<void>((r) => setTimeout(r, 15_000))]);
  void Promise.all([loaded, settled]).then(register);
}
