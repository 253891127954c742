// A place's status history on its card: a short dated list, oldest first, each event with its date at its own
// precision (2021年12月 / Dec 2021), what happened, the note and its sources, in the reader's language. The first
// event is the plan's own status, labelled as such; a date that is only a report's says so (截至 / by), an event
// about a section or phase says so too.

import { HISTORY_STATUS_LABELS, historyDate } from '../data/history';
import type { HistoryEvent, ServedProperties, SourceRecord } from '../data/types';
import { lang, pick, t } from '../i18n/i18n';
import { STATUS_BY_ID } from '../map/themes';
import { h } from './dom';
import { sourceList } from './sources';

function eventEl(e: HistoryEvent<SourceRecord>, first: boolean, p: ServedProperties): HTMLElement {
  const l = lang();
  const date = historyDate(e.date, l);
  const drawn = STATUS_BY_ID.get(p.status);
  const what = first
    ? t('history.baseline', { status: drawn ? pick(drawn) : p.status })
    : `${pick(HISTORY_STATUS_LABELS[e.status])}${e.partial ? t('history.partial') : ''}`;
  return h(
    'li',
    { className: 'history-event', 'data-status': e.status, 'data-date': e.date },
    h(
      'time',
      { className: 'history-date', datetime: e.date },
      e.reported ? t('history.reported', { date }) : date,
    ),
    ' ',
    h('span', { className: `history-status history-${first ? 'baseline' : e.status}` }, what),
    ' ',
    h('span', { className: 'history-note' }, l === 'zh' ? e.note_zh : e.note_en),
    sourceList(e.sources),
  );
}

/** The card's row of the place's history, or null when it has none. */
export function placeHistoryRow(p: ServedProperties): HTMLElement | null {
  const events = p.history ?? [];
  if (!events.length) return null;
  return h(
    'div',
    { className: 'card-row place-history-row' },
    h('dt', {}, t('card.history')),
    h('dd', {}, h('ol', { className: 'place-history' }, ...events.map((e, i) => eventEl(e, i === 0, p)))),
  );
}
