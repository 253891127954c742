// What the user sees when something fails. A failure the app can carry on from (a bug in one feature, a lost map
// context) gets a visible, dismissable notice; a failure it cannot recover from (a data file that does not load)
// gets a clear page saying what is missing, with a Retry button. Nothing fails silently, and nothing fails twice.

import { t } from '../i18n/i18n';
import { store } from '../state/store';
import { dismissNotice, showNotice } from './notice';

/** A data file that could not be had, from an error message of src/data/load.ts (`data/<file>: HTTP <status>`). */
function failedDataFile(reason: unknown): { file: string; why: string } | null {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  const http = /^(data\/[\w./-]+): (HTTP \d+)/.exec(message);
  if (http) return { file: http[1] ?? 'data', why: http[2] ?? '' };
  return null;
}

/** Browser noise that is not a failure of the app. */
function isNoise(message: string): boolean {
  return /ResizeObserver loop/.test(message);
}

/** A lazy chunk that is not there any more: the site was updated since this page loaded. */
const STALE_CHUNK =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/;
const RELOADED_FOR = 'explorer:reloaded-for';

/**
 * After a deploy, a lazy chunk of the version this page runs may be gone: the page reloads into the new version,
 * once. It remembers the version it reloaded from (its entry script) for the tab's session, so that a chunk that
 * fails again in the same version shows its error instead of reloading for ever.
 */
function reloadIntoNewVersion(): boolean {
  const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? location.href;
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === entry) return false;
    sessionStorage.setItem(RELOADED_FOR, entry);
  } catch {
    return false; // no storage: no guard against a loop, so no reload
  }
  location.reload();
  return true;
}

let fatalShown = false;

/** A full page for what the app cannot recover from: what is missing, and a button to try again. */
export function showFatal(detail: string): void {
  if (fatalShown) return;
  fatalShown = true;
  const page = document.createElement('div');
  page.className = 'fatal';
  page.setAttribute('role', 'alertdialog');
  page.setAttribute('aria-modal', 'true');
  page.setAttribute('aria-labelledby', 'fatal-title');
  page.setAttribute('aria-describedby', 'fatal-detail');
  const box = document.createElement('div');
  box.className = 'fatal-box';
  const title = document.createElement('h2');
  title.id = 'fatal-title';
  const text = document.createElement('p');
  text.id = 'fatal-detail';
  text.className = 'fatal-detail';
  const hint = document.createElement('p');
  hint.className = 'fatal-hint';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'btn fatal-retry';
  retry.addEventListener('click', () => location.reload());
  const render = () => {
    title.textContent = t('fatal.title');
    text.textContent = detail;
    hint.textContent = t('fatal.hint');
    retry.textContent = t('fatal.retry');
  };
  render();
  store.subscribe((s) => s.lang, render);
  box.append(title, text, hint, retry);
  page.append(box);
  document.body.append(page);
  // Everything behind the page is out of reach until the user retries.
  for (const el of document.querySelectorAll<HTMLElement>('body > :not(.fatal)')) el.inert = true;
  retry.focus();
}

/** Shows a failure: the fatal page for missing data, else a notice (one per message). */
export function reportError(reason: unknown): void {
  const data = failedDataFile(reason);
  if (data) {
    showFatal(t('fatal.data', { file: data.file, why: data.why }));
    return;
  }
  const message = reason instanceof Error ? reason.message : String(reason);
  if (isNoise(message)) return;
  if (STALE_CHUNK.test(message) && reloadIntoNewVersion()) return;
  showNotice(t('error.unexpected', { message: message.slice(0, 200) }), 'error', { key: `error:${message}` });
}

/** Uncaught errors and unhandled rejections become something the user can see and act on. */
export function mountErrorHandling(): void {
  window.addEventListener('error', (e) => {
    // Resource errors (an image that did not load) do not reach here: only script errors do.
    reportError(e.error ?? e.message);
  });
  window.addEventListener('unhandledrejection', (e) => reportError(e.reason));
  // Vite's signal that a lazy chunk's dependencies did not load (a deploy removed them).
  window.addEventListener('vite:preloadError', (e) => {
    if (reloadIntoNewVersion()) e.preventDefault();
  });
}

/**
 * The map's drawing contexts (MapLibre's and deck.gl's canvases in `container`): when the browser takes one away
 * (a GPU reset, too many pages with WebGL), say so and offer a reload; when it gives it back, redraw and say so.
 */
export function watchContextLoss(container: HTMLElement, redraw: () => void): void {
  const KEY = 'webgl-context';
  const lost = new Set<EventTarget>();
  // Context events do not bubble: listen while they travel down (capture).
  container.addEventListener(
    'webglcontextlost',
    (e) => {
      if (e.target) lost.add(e.target);
      container.dataset['context'] = 'lost';
      showNotice(t('map.contextLost'), 'error', {
        key: KEY,
        action: { label: t('notice.reload'), run: () => location.reload() },
      });
    },
    true,
  );
  container.addEventListener(
    'webglcontextrestored',
    (e) => {
      if (e.target) lost.delete(e.target);
      if (lost.size > 0) return;
      container.dataset['context'] = 'restored';
      dismissNotice(KEY);
      redraw();
      showNotice(t('map.contextRestored'), 'info', { key: KEY });
    },
    true,
  );
}
