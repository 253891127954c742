// The header's tools: the language switch, the new-town comparison, the plan's targets, sharing the current view (a
// link or the embed code: share-menu.ts), and the open data with its licence. Rendered again when the language changes.

import { activePlan } from '../data/active-plan';
import { planFile } from '../data/load';
import { pick, t } from '../i18n/i18n';
import { navigate } from '../router';
import { setLang, store } from '../state/store';
import { h } from './dom';
import { closeShareMenu, shareMenu } from './share-menu';

const DATA_FILES = [
  ['features.geojson', 'data.features'],
  ['clauses.json', 'data.clauses'],
  ['mentions.json', 'data.mentions'],
  ['targets.json', 'data.targets'],
] as const;

/** The tools themselves: a row in the header; on a phone, a menu opened by the header's one menu button. */
function tools(status: HTMLElement): HTMLElement {
  const lang = store.getState().lang;
  const plan = activePlan();
  return h(
    'div',
    { className: 'tools-list', id: 'header-tools-list' },
    h(
      'button',
      {
        type: 'button',
        className: 'btn lang-switch',
        lang: lang === 'zh' ? 'en' : 'zh',
        'aria-label': t('lang.switch.label'),
        'data-lang': lang,
        onclick: () => setLang(lang === 'zh' ? 'en' : 'zh'),
      },
      t('lang.switch'),
    ),
    plan.compare &&
      h(
        'button',
        { type: 'button', className: 'btn compare-link', onclick: () => navigate(['compare']) },
        pick(plan.compare.button),
      ),
    plan.targets &&
      h(
        'button',
        { type: 'button', className: 'btn targets-link', onclick: () => navigate(['targets']) },
        t('tg.button'),
      ),
    plan.defaultTour !== null &&
      h(
        'button',
        {
          type: 'button',
          className: 'btn tour-link',
          onclick: () => navigate(['tour', plan.defaultTour ?? '', '1']),
        },
        t('tools.tour'),
      ),
    h(
      'button',
      {
        type: 'button',
        className: 'btn export-link',
        onclick: () => void import('./export/dialog').then((m) => m.openExportDialog()),
      },
      t('tools.export'),
    ),
    shareMenu(status),
    h(
      'details',
      { className: 'data-menu' },
      h('summary', { className: 'btn' }, t('tools.data')),
      h(
        'div',
        { className: 'data-popover' },
        h('p', { className: 'data-title' }, t('data.title')),
        h(
          'ul',
          {},
          ...DATA_FILES.filter(([file]) => plan.targets || file !== 'targets.json').map(([file, key]) =>
            h(
              'li',
              {},
              h('a', { href: `data/${planFile(file)}`, download: file, 'data-file': file }, t(key)),
            ),
          ),
        ),
        h('p', { className: 'data-licence' }, pick(plan.licence)),
      ),
    ),
  );
}

function render(): HTMLElement {
  const status = h('span', { className: 'share-status', role: 'status' });
  const list = tools(status);
  const root = h('div', { className: 'header-tools' });
  const toggle = h(
    'button',
    {
      type: 'button',
      className: 'btn tools-toggle',
      'aria-expanded': 'false',
      'aria-controls': list.id,
      onclick: () => setOpen(root.dataset['open'] !== 'true'),
    },
    t('tools.menu'),
  );
  const setOpen = (open: boolean) => {
    root.dataset['open'] = String(open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  // A tool chosen closes the menu (but the data files' own disclosure, which opens inside it).
  list.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('button') && !target.closest('.data-menu, .share-menu')) setOpen(false);
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.dataset['open'] === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget as Node | null) && e.relatedTarget) setOpen(false);
  });
  root.append(toggle, list, status);
  return root;
}

export function mountHeaderTools(host: HTMLElement): () => void {
  let el = render();
  host.append(el);
  // A press outside the open menu closes it.
  const outside = (e: PointerEvent) => {
    closeShareMenu(el, e.target as Node);
    if (el.dataset['open'] === 'true' && !el.contains(e.target as Node)) {
      el.dataset['open'] = 'false';
      el.querySelector('.tools-toggle')?.setAttribute('aria-expanded', 'false');
    }
  };
  document.addEventListener('pointerdown', outside);
  const unsubscribe = store.subscribe(
    (s) => s.lang,
    () => {
      const next = render();
      el.replaceWith(next);
      el = next;
    },
  );
  return () => {
    unsubscribe();
    document.removeEventListener('pointerdown', outside);
    el.remove();
  };
}
