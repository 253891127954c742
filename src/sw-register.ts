// Registers the service worker that keeps the built app working offline (scripts/sw-plugin.ts writes it at build
// time; production builds only). It is registered once the map has drawn, so that its downloads of the whole
// app do not compete with the first load; its scope is the folder of the page, whatever the base path.

import { mapReady } from './map/bridge';
import { showNotice } from './ui/notice';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let hadController = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    // A new version took over (not the first install): the open page still runs the old one.
    if (hadController)
      showNotice('新版本已就绪,刷新后生效 A new version of the app is ready: reload the page to use it.');
    hadController = true;
  });
  const register = () =>
    sw
      .register(new URL('sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).href })
      .catch((e: unknown) => console.warn('service worker:', e instanceof Error ? e.message : e));
  const loaded = new Promise<void>((r) =>
    document.readyState === 'complete' ? r() : window.addEventListener('load', () => r(), { once: true }),
  );
  // Without WebGL there is no ready signal: register a little after the page has loaded.
  const settled = Promise.race([mapReady(), new Promise<void>((r) => setTimeout(r, 15_000))]);
  void Promise.all([loaded, settled]).then(register);
}
