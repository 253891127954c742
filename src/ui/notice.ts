// Small dismissable notices over the map (e.g. "the online basemap could not be loaded").

import { t } from '../i18n/i18n';

export function showNotice(message: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  const host = document.getElementById('notices');
  const el = document.createElement('div');
  el.className = `notice notice-${kind}`;
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const text = document.createElement('span');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', t('notice.dismiss'));
  close.textContent = '×';
  close.addEventListener('click', () => el.remove());
  el.append(text, close);
  host?.append(el);
  return el;
}
