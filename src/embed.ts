// The embeddable map, `?embed=1`: the map, its legend and the place card only (no header, no search, no list of the
// places in view), for an article's <iframe>; the URL keeps its state (route, camera, layers and any parameter
// this app does not know), and a link opens the same view in the full app. The Share menu offers the embed code.

import './embed.css';
import { t } from './i18n/i18n';
import { store } from './state/store';

/** `?embed=1` (or `true`). */
export function isEmbed(search: string): boolean {
  const v = new URLSearchParams(search).get('embed');
  return v === '1' || v === 'true';
}

/** The same address as an embed: `embed=1` added, every other parameter and the hash kept. */
export function embedUrl(href: string): string {
  const u = new URL(href);
  u.searchParams.set('embed', '1');
  return u.href;
}

/** The same address in the full app: `embed` taken out, every other parameter and the hash kept. */
export function fullAppUrl(href: string): string {
  const u = new URL(href);
  u.searchParams.delete('embed');
  return u.href;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into an article: an iframe of the view as an embed. */
export function embedSnippet(href: string, title: string): string {
  return (
    `<iframe src="${attr(embedUrl(href))}" title="${attr(title)}" width="800" height="500" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** Embed mode on the page: the header goes, and the link to the full app comes, kept to the current address. */
export function mountEmbed(host: HTMLElement): void {
  document.body.dataset['embed'] = 'true';
  document.querySelector('.app-header')?.remove();
  const link = document.createElement('a');
  link.className = 'embed-open';
  link.target = '_blank';
  link.rel = 'noopener';
  const update = () => {
    link.href = fullAppUrl(location.href);
    link.textContent = t('embed.open');
  };
  update();
  window.addEventListener('hashchange', update);
  // The camera moves without a hashchange (the hash is replaced): the link follows the store, and is made sure of
  // as it is used.
  store.subscribe(update);
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  host.append(link);
}
