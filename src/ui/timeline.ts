// The timeline, in the legend: a labelled range over the months from the plan's adoption (2021-01) to today, the
// date it stands at (2023年6月 / Jun 2023, or 今天 / today), and a button back to today. The arrow keys move it a
// month, Page Up / Page Down a year, Home and End to the ends (the range's own keys). It changes the store's date
// through the command; the store's date, wherever it comes from (the URL, a tour step), sets it.

import { historyDate } from '../data/history';
import { currentMonth, monthIndex, monthOf } from '../data/timeline';
import { lang, t } from '../i18n/i18n';
import { setTimelineDate } from '../state/commands';
import { store } from '../state/store';
import { h } from './dom';

/** The words of the timeline's date: the month, or today's (今天(2026年12月) / today (Dec 2026)). */
export function timelineDateText(at: string | null): string {
  return at ? historyDate(at, lang()) : t('timeline.today', { date: historyDate(currentMonth(), lang()) });
}

export interface TimelineControl {
  el: HTMLElement;
  dispose: () => void;
}

/** The timeline's control; `dispose` removes its subscription (its listeners go with its element). */
export function timelineControl(): TimelineControl {
  const last = monthIndex(currentMonth());
  const id = `timeline-${Math.random().toString(36).slice(2, 8)}`;
  const input = h('input', {
    type: 'range',
    id,
    className: 'timeline-range',
    min: 0,
    max: last,
    step: 1,
    oninput: () => go(Number(input.value)),
    onkeydown: (e: Event) => {
      const key = (e as KeyboardEvent).key;
      if (key !== 'PageUp' && key !== 'PageDown') return;
      e.preventDefault();
      go(Number(input.value) + (key === 'PageUp' ? 12 : -12));
    },
  });
  function go(i: number): void {
    const month = Math.max(0, Math.min(last, i));
    input.value = String(month);
    setTimelineDate(month >= last ? null : monthOf(month));
  }
  const shown = h('output', { className: 'timeline-date', for: id });
  const today = h(
    'button',
    { type: 'button', className: 'btn timeline-today', onclick: () => setTimelineDate(null) },
    t('timeline.reset'),
  );
  const el = h(
    'div',
    { className: 'timeline' },
    h(
      'div',
      { className: 'timeline-head' },
      h('label', { for: id, className: 'timeline-label' }, t('timeline.label')),
      shown,
      today,
    ),
    input,
    h(
      'div',
      { className: 'timeline-ends', 'aria-hidden': 'true' },
      h('span', {}, historyDate(monthOf(0), lang())),
      h('span', {}, t('timeline.now')),
    ),
  );
  const sync = (at: string | null) => {
    const i = at ? monthIndex(at) : last;
    if (Number(input.value) !== i) input.value = String(i);
    const text = timelineDateText(at);
    input.setAttribute('aria-valuetext', text);
    shown.textContent = text;
    today.disabled = at === null;
    el.dataset['at'] = at ?? '';
  };
  sync(store.getState().at);
  const unsubscribe = store.subscribe((s) => s.at, sync);
  return { el, dispose: unsubscribe };
}
