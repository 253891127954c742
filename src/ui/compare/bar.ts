// The compare view's bar: its title (the plan's, or before the data has loaded the name of the link that opened
// the view), the CSV and print buttons and the way back; with the loading and error notes, whose words it also
// keeps in the current language.

import { activePlan } from '../../data/active-plan';
import type { CompareData } from '../../data/compare';
import { pick, t } from '../../i18n/i18n';
import { h } from '../dom';
import { planText } from './content';

export interface Bar {
  header: HTMLElement;
  title: HTMLElement;
  loadingNote: HTMLElement;
  errorNote: HTMLElement;
  /** Writes the bar's words in the current language, for the data (null: not loaded) and a failure to load. */
  words(data: CompareData | null, failure: string | null): void;
}

/** What the bar's buttons do. */
export interface BarActions {
  close: () => void;
  csv: () => void;
  print: () => void;
}

export function compareBar(on: BarActions): Bar {
  const button = (key: string, onclick: () => void) =>
    h('button', { type: 'button', className: `btn cmp-${key}`, 'data-key': key, onclick });
  const title = h('h2', { id: 'cmp-title', className: 'cmp-title', tabindex: -1 });
  const close = button('close', on.close);
  const csv = button('csv', on.csv);
  const print = button('print', on.print);
  const loadingNote = h('p', { className: 'cmp-loading' });
  const errorNote = h('p', { className: 'cmp-error', role: 'alert' });
  const header = h(
    'header',
    { className: 'cmp-bar' },
    title,
    h('div', { className: 'cmp-actions' }, csv, print),
    close,
  );
  return {
    header,
    title,
    loadingNote,
    errorNote,
    words(data, failure) {
      title.textContent = data
        ? planText(data.config.text.title)
        : pick(activePlan().compare?.button ?? { zh: '', en: '' });
      loadingNote.textContent = t('view.loading');
      close.textContent = `× ${t('view.back')}`;
      csv.textContent = t('cmp.csv');
      print.textContent = t('cmp.print');
      errorNote.textContent = failure === null ? '' : t('cmp.loadFailed', { error: failure });
    },
  };
}
