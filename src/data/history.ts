// A place's status history (geo/<plan>/history.json) read at a date: what the map draws of it then, and its dates in
// the reader's language at their own precision. Pure: the build, the card and a timeline all use it.
//
// How an event's status maps onto the drawn statuses (existing / under-construction / planned):
//   planned → planned; under-construction → under-construction; opened, completed, extended → existing;
//   renamed → unchanged (the status before it); cancelled → 'cancelled' (the map does not draw a cancelled place).
// An event marked `partial` (a section opened, a phase begun) leaves the drawn status as it was.
// An event counts at a date once it has surely happened: the last day of its date's period (2021 → 31 Dec 2021,
// 2021-12 → 31 Dec 2021) is on or before the last day of the date asked for (2023-06 → 30 Jun 2023).

import type { Lang } from '../i18n/lang';
import { sourceDate, type Words } from './labels';
import type { HistoryEvent, HistoryStatus, Status } from './types';

/** What the map draws of a place at a date: a status of the data model, or nothing for a cancelled place. */
export type StatusAtDate = Status | 'cancelled';

export const DATE_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** The precision of a date string, or null if it is not YYYY, YYYY-MM or YYYY-MM-DD of a real day. */
export function datePrecision(date: string): DatePrecision | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  if (d && d > daysIn(y, mo)) return null;
  return d ? 'day' : mo ? 'month' : 'year';
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of a date's period, YYYY-MM-DD. */
export function dateStart(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? '01'}-${d ?? '01'}`;
}

/** The last day of a date's period, YYYY-MM-DD. */
export function dateEnd(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d) return date;
  const month = m ?? 12;
  return `${y}-${pad(month)}-${pad(daysIn(y, month))}`;
}

/** The drawn status an event sets, or null when it keeps the one before it. */
export function drawnStatusOf(status: HistoryStatus): StatusAtDate | null {
  switch (status) {
    case 'planned':
      return 'planned';
    case 'under-construction':
      return 'under-construction';
    case 'opened':
    case 'completed':
    case 'extended':
      return 'existing';
    case 'cancelled':
      return 'cancelled';
    case 'renamed':
      return null;
  }
}

/**
 * The status of a place at `date` (YYYY, YYYY-MM or YYYY-MM-DD) by its history (oldest first): that of the last
 * event in effect then that sets one. Null before its first event (before the plan) or for an empty history.
 */
export function statusAt(
  history: readonly Pick<HistoryEvent<unknown>, 'date' | 'status' | 'partial'>[],
  date: string,
): StatusAtDate | null {
  const until = dateEnd(date);
  let status: StatusAtDate | null = null;
  let started = false;
  for (const e of history) {
    if (dateEnd(e.date) > until) break;
    started = true;
    if (e.partial) continue;
    status = drawnStatusOf(e.status) ?? status;
  }
  return started ? status : null;
}

/** The words of each event status. */
export const HISTORY_STATUS_LABELS: Readonly<Record<HistoryStatus, Words>> = {
  planned: { zh: '规划', en: 'planned' },
  'under-construction': { zh: '在建', en: 'under construction' },
  opened: { zh: '开通', en: 'opened' },
  completed: { zh: '建成', en: 'completed' },
  cancelled: { zh: '取消', en: 'cancelled' },
  renamed: { zh: '更名', en: 'renamed' },
  extended: { zh: '延伸', en: 'extended' },
};

/** An event's date at its own precision: 2021年 / 2021年12月 / 2021年12月30日; 2021 / Dec 2021 / 30 Dec 2021. */
export function historyDate(date: string, lang: Lang): string {
  return sourceDate(date, lang, 'short');
}
