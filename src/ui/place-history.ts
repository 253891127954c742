// A place's status on its card, at the timeline's date, and its status history: a short dated list, oldest first,
// each event with its date at its own precision (2021年12月 / Dec 2021), what happened, the note and its sources, in
// the reader's language, the event in force at the timeline's date marked (此时 / at this date). The first event is
// the plan's own status, labelled as such; a date that is only a report's says so (截至 / by), an event about a
// section or phase says so too. A place without a history says its status in 2021 (the plan's), at any date.

import { HISTORY_STATUS_LABELS, historyDate } from '../data/history';
import { dateOfAt, drawnStatusAt, eventInForce } from '../data/timeline';
import type { HistoryEvent, ServedProperties, SourceRecord } from '../data/types';
import { lang, pick, t } from '../i18n/i18n';
import { STATUS_BY_ID } from '../map/themes';
import { store } from '../state/store';
import { h } from './dom';
import { sourceList } from './sources';

/** The card's status row: the status at the timeline's date (状态(2023年6月) 在建), or the plan's for a place without a history. */
export function placeStatusRow(p: ServedProperties, at: string | null = store.getState().at): HTMLElement {
  const dated = !!p.history?.length;
  const status = dated ? drawnStatusAt(p, dateOfAt(at)) : p.status;
  const style = status === 'cancelled' ? null : STATUS_BY_ID.get(status);
  const label = !dated
    ? t('card.status')
    : t('card.statusAt', { date: at ? historyDate(at, lang()) : t('timeline.now') });
  return h(
    'div',
    { className: 'card-row place-status-row', 'data-status': status },
    h('dt', {}, label),
    h('dd', {}, style ? pick(style) : pick(HISTORY_STATUS_LABELS.cancelled)),
  );
}

function eventEl(
  e: HistoryEvent<SourceRecord>,
  first: boolean,
  p: ServedProperties,
  now: boolean,
): HTMLElement {
  const l = lang();
  const date = historyDate(e.date, l);
  const drawn = STATUS_BY_ID.get(p.status);
  const what = first
    ? t('history.baseline', { status: drawn ? pick(drawn) : p.status })
    : `${pick(HISTORY_STATUS_LABELS[e.status])}${e.partial ? t('history.partial') : ''}`;
  return h(
    'li',
    {
      className: now ? 'history-event history-in-force' : 'history-event',
      'data-status': e.status,
      'data-date': e.date,
      'data-in-force': now ? 'true' : undefined,
    },
    h(
      'time',
      { className: 'history-date', datetime: e.date },
      e.reported ? t('history.reported', { date }) : date,
    ),
    ' ',
    h('span', { className: `history-status history-${first ? 'baseline' : e.status}` }, what),
    ' ',
    now ? ' ' : null,
    now ? h('span', { className: 'history-now' }, t('history.inForce')) : null,
    ' ',
    h('span', { className: 'history-note' }, l === 'zh' ? e.note_zh : e.note_en),
    sourceList(e.sources),
  );
}

/** The card's row of the place's history, or null when it has none. */
export function placeHistoryRow(
  p: ServedProperties,
  at: string | null = store.getState().at,
): HTMLElement | null {
  const events = p.history ?? [];
  if (!events.length) return null;
  const now = eventInForce(events, dateOfAt(at));
  return h(
    'div',
    { className: 'card-row place-history-row' },
    h('dt', {}, t('card.history')),
    h(
      'dd',
      {},
      h('ol', { className: 'place-history' }, ...events.map((e, i) => eventEl(e, i === 0, p, i === now))),
    ),
  );
}

/** A card shown while the timeline's date changes: its status and history rows say the new date's. */
export function refreshPlaceStatus(card: Element, p: ServedProperties, at: string | null): void {
  if (!p.history?.length) return;
  card.querySelector('.place-status-row')?.replaceWith(placeStatusRow(p, at));
  const history = placeHistoryRow(p, at);
  if (history) card.querySelector('.place-history-row')?.replaceWith(history);
}
