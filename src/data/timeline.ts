// The timeline: the months from the plan's adoption (2021-01) to today, and what the map draws of each place at one
// of them. A place with a history is drawn with its status at the date (src/data/history.ts, `statusAt`); a place
// without one keeps its drawn status (the plan's, 2021). "Today" is no date at all: the URL then holds none, and the
// map draws every place at the day the page is read. Pure: the map, the legend, the card and the URL all use it.

import { dateEnd, statusAt, type StatusAtDate } from './history';
import type { HistoryEvent, Status } from './types';

/** The timeline's first month: the plan's adoption, the status every place is drawn with. */
export const TIMELINE_START = '2021-01';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The month of a day, YYYY-MM (the user's clock). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
}

/** The day, YYYY-MM-DD (the user's clock): what "today" reads a history at. */
export function currentDay(now: Date = new Date()): string {
  return `${currentMonth(now)}-${pad(now.getDate())}`;
}

/** Months since the timeline's start (2021-01 → 0), or NaN for what is not YYYY-MM. */
export function monthIndex(month: string): number {
  const m = MONTH_RE.exec(month);
  if (!m) return NaN;
  return (Number(m[1]) - 2021) * 12 + Number(m[2]) - 1;
}

/** The month `index` months after the timeline's start. */
export function monthOf(index: number): string {
  const i = Math.max(0, Math.floor(index));
  return `${2021 + Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

/**
 * The date a URL or a tour asks for: a month YYYY-MM from the start to before `today`'s month; null (today) for
 * anything else: a malformed value, a month before the plan or after today, today's own month.
 */
export function parseAt(raw: string | null | undefined, today: string = currentMonth()): string | null {
  if (!raw) return null;
  const i = monthIndex(raw);
  if (!Number.isFinite(i) || i < 0 || i >= monthIndex(today)) return null;
  return raw;
}

/** What a place needs to be read at a date. */
export interface Dated {
  id: string;
  status: Status;
  history?: readonly Pick<HistoryEvent<unknown>, 'date' | 'status' | 'partial'>[];
}

/** What the map draws of a place at `date` (a month, or a day for today): its history's status, else its own. */
export function drawnStatusAt(p: Dated, date: string): StatusAtDate {
  return (p.history?.length ? statusAt(p.history, date) : null) ?? p.status;
}

/** The date a timeline value stands for: the month asked for, or today's day for none. */
export const dateOfAt = (at: string | null, now: Date = new Date()): string => at ?? currentDay(now);

/** The places whose status at `date` is not their drawn one, by that status (ids in the places' order). */
export function statusOverrides(places: readonly Dated[], date: string): Map<StatusAtDate, string[]> {
  const out = new Map<StatusAtDate, string[]>();
  for (const p of places) {
    const s = drawnStatusAt(p, date);
    if (s === p.status) continue;
    const ids = out.get(s);
    if (ids) ids.push(p.id);
    else out.set(s, [p.id]);
  }
  return out;
}

/** How many places have each status at `date` (cancelled ones too: the map does not draw them). */
export function statusCounts(places: readonly Dated[], date: string): Map<StatusAtDate, number> {
  const out = new Map<StatusAtDate, number>();
  for (const p of places) {
    const s = drawnStatusAt(p, date);
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** The event of a history in force at `date` (the last one that has happened), or -1 before the first. */
export function eventInForce(history: readonly Pick<HistoryEvent<unknown>, 'date'>[], date: string): number {
  const until = dateEnd(date);
  let found = -1;
  history.forEach((e, i) => {
    if (dateEnd(e.date) <= until) found = i;
  });
  return found;
}
