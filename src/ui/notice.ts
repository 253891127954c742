// Small dismissable notices over the map (e.g. "the online basemap could not be loaded"). The same message (or
// the same key) replaces the one shown before instead of stacking, and at most a few are shown at once, so that a
// burst of failures (a hundred broken links in a row) never buries the map.

import { t } from '../i18n/i18n';
import { store } from '../state/store';

/** Notices shown at once; the oldest goes first. */
const MAX_NOTICES = 3;

export interface NoticeOptions {
  /** Notices with the same key replace each other (default: the message itself). */
  key?: string;
  /** A button that does something about it (e.g. reload the page). */
  action?: { label: string; run: () => void };
}

const dismissButtons = new Set<HTMLButtonElement>();
let watching = false;

function host(): HTMLElement | null {
  return document.getElementById('notices');
}

/** Removes the notice with this key, if it is shown. */
export function dismissNotice(key: string): void {
  for (const el of host()?.querySelectorAll<HTMLElement>('.notice') ?? []) {
    if (el.dataset['key'] === key) el.remove();
  }
}

export function showNotice(
  message: string,
  kind: 'info' | 'error' = 'info',
  opts: NoticeOptions = {},
): HTMLElement {
  const key = opts.key ?? message;
  dismissNotice(key);
  const el = document.createElement('div');
  el.className = `notice notice-${kind}`;
  el.dataset['key'] = key;
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const text = document.createElement('span');
  text.className = 'notice-text';
  text.textContent = message;
  el.append(text);
  if (opts.action) {
    const { label, run } = opts.action;
    const act = document.createElement('button');
    act.type = 'button';
    act.className = 'btn notice-action';
    act.textContent = label;
    act.addEventListener('click', run);
    el.append(act);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', t('notice.dismiss'));
  close.textContent = '×';
  dismissButtons.add(close);
  close.addEventListener('click', () => {
    dismissButtons.delete(close);
    el.remove();
  });
  el.append(close);
  const list = host();
  list?.append(el);
  const shown = list?.querySelectorAll('.notice') ?? [];
  for (let i = 0; i < shown.length - MAX_NOTICES; i++) shown[i]?.remove();
  for (const b of dismissButtons) if (!b.isConnected) dismissButtons.delete(b);
  if (!watching) {
    watching = true;
    store.subscribe(
      (s) => s.lang,
      () => dismissButtons.forEach((b) => b.setAttribute('aria-label', t('notice.dismiss'))),
    );
  }
  return el;
}
