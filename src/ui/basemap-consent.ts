// A basemap named by a link (`?basemap=<url>`) is loaded only when the reader agrees: the question names the host
// ("加载来自 example.org 的底图?") before anything is asked of it, with yes, no, and "remember for this host"
// (localStorage). A style the rules refuse (src/map/basemap-link.ts: not https, or a private, loopback or
// link-local host) is not asked about: a notice says why, and the embedded basemap is shown.

import { t } from '../i18n/i18n';
import { store } from '../state/store';
import { basemapChoice, rememberKey, type RefusedWhy } from '../map/basemap-link';
import { h } from './dom';
import { showNotice } from './notice';

function remembered(host: string): boolean | null {
  try {
    const v = localStorage.getItem(rememberKey(host));
    return v === 'yes' ? true : v === 'no' ? false : null;
  } catch {
    return null;
  }
}

function remember(host: string, yes: boolean): void {
  try {
    localStorage.setItem(rememberKey(host), yes ? 'yes' : 'no');
  } catch {
    // no storage: asked again next time
  }
}

/** Asks the reader whether to load the style at `url` from `host`; resolves with the answer. */
function ask(url: string, host: string): Promise<boolean> {
  const title = h('h2', { id: 'basemap-ask-title' });
  const detail = h('p', { id: 'basemap-ask-detail' });
  const box = h('input', { type: 'checkbox', className: 'basemap-ask-remember' });
  const boxLabel = h('span', {});
  const yes = h('button', { type: 'button', className: 'btn basemap-ask-yes', value: 'yes' });
  const no = h('button', { type: 'button', className: 'btn basemap-ask-no', value: 'no' });
  const dialog = h(
    'dialog',
    {
      className: 'basemap-ask',
      'aria-labelledby': 'basemap-ask-title',
      'aria-describedby': 'basemap-ask-detail',
    },
    title,
    detail,
    h('label', { className: 'basemap-ask-remember-label' }, box, ' ', boxLabel),
    h('div', { className: 'basemap-ask-actions' }, yes, no),
  );
  const render = () => {
    title.textContent = t('link.ask', { host });
    detail.textContent = t('link.askDetail', { host, url });
    boxLabel.textContent = t('link.remember');
    yes.textContent = t('link.yes');
    no.textContent = t('link.no');
  };
  render();
  const offLang = store.subscribe((s) => s.lang, render);
  document.body.append(dialog);
  return new Promise<boolean>((resolve) => {
    const answer = (a: boolean) => {
      if (box.checked) remember(host, a);
      offLang();
      dialog.close();
      dialog.remove();
      resolve(a);
    };
    yes.addEventListener('click', () => answer(true));
    no.addEventListener('click', () => answer(false));
    // Esc is "no".
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      answer(false);
    });
    dialog.showModal();
    no.focus();
  });
}

const WHY: Record<RefusedWhy, 'link.why.invalid' | 'link.why.scheme' | 'link.why.private'> = {
  invalid: 'link.why.invalid',
  scheme: 'link.why.scheme',
  private: 'link.why.private',
};

/**
 * The online style to load, if any, for this page: the link's once the reader agrees (or had agreed for its
 * host), the build's without a question, else none (the embedded basemap).
 */
export async function chooseOnlineBasemap(
  search: string,
  buildTime: string | undefined,
): Promise<string | null> {
  const choice = basemapChoice(search, buildTime, document.baseURI, remembered);
  switch (choice.kind) {
    case 'none':
      return null;
    case 'load':
      return choice.url;
    case 'refuse':
      showNotice(t('link.refused', { why: t(WHY[choice.why], { host: choice.host }) }), 'error', {
        key: 'basemap-link',
      });
      return null;
    case 'declined':
      showNotice(t('link.declined', { host: choice.host }), 'info', { key: 'basemap-link' });
      return null;
    case 'ask':
      return (await ask(choice.url, choice.host)) ? choice.url : null;
  }
}
