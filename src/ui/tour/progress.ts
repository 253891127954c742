// The progress of a deck or a handout being made: steps done of steps, and a button that cancels it. Above the cover
// the image export puts over the map while each step is drawn. `data-done` and `data-total` say where it is.

import { t } from '../../i18n/i18n';
import { h } from '../dom';

export interface Progress {
  set: (done: number, total: number) => void;
  /** Every step done: the file is being written. */
  writing: () => void;
  close: () => void;
}

export function openProgress(title: string, cancel: () => void): Progress {
  const bar = h('progress', { className: 'out-bar', max: 1, value: 0 });
  const status = h('p', { className: 'out-status', role: 'status', 'aria-live': 'polite' });
  const cancelBtn = h(
    'button',
    {
      type: 'button',
      className: 'btn out-cancel',
      onclick: () => {
        cancelBtn.disabled = true;
        cancel();
      },
    },
    t('out.cancel'),
  );
  const el = h(
    'div',
    { className: 'out-progress', role: 'dialog', 'aria-label': title, 'data-done': '0', 'data-total': '0' },
    h('p', { className: 'out-title' }, title),
    bar,
    status,
    cancelBtn,
  );
  document.body.append(el);
  cancelBtn.focus();
  return {
    set: (done, total) => {
      el.dataset['done'] = String(done);
      el.dataset['total'] = String(total);
      bar.max = Math.max(1, total);
      bar.value = done;
      status.textContent = t('out.progress', { done, total });
    },
    writing: () => {
      status.textContent = t('out.writing');
      el.dataset['writing'] = 'true';
    },
    close: () => el.remove(),
  };
}
