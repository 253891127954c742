// The header's tools: the language switch, the new-town comparison, the plan's targets, sharing the current view as a link, and the
// open data with its licence. Rendered again when the language changes.

import { activePlan } from '../data/active-plan';
import { planFile } from '../data/load';
import { pick, t } from '../i18n/i18n';
import { navigate } from '../router';
import { setLang, store } from '../state/store';
import { copyText, h } from './dom';

const DATA_FILES = [
  ['features.geojson', 'data.features'],
  ['clauses.json', 'data.clauses'],
  ['mentions.json', 'data.mentions'],
  ['targets.json', 'data.targets'],
] as const;

function render(): HTMLElement {
  const status = h('span', { className: 'share-status', role: 'status' });
  const lang = store.getState().lang;
  const plan = activePlan();
  return h(
    'div',
    { className: 'header-tools' },
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
        onclick: () => void import('./export/index').then((m) => m.openExportDialog()),
      },
      t('tools.export'),
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'btn share',
        onclick: () => {
          const url = location.href;
          void copyText(url).then((ok) => {
            status.textContent = ok ? t('tools.copied') : url;
            setTimeout(() => (status.textContent = ''), 4000);
          });
        },
      },
      t('tools.share'),
    ),
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
    status,
  );
}

export function mountHeaderTools(host: HTMLElement): void {
  let el = render();
  host.append(el);
  store.subscribe(
    (s) => s.lang,
    () => {
      const next = render();
      el.replaceWith(next);
      el = next;
    },
  );
}
