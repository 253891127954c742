// The compare view's "delivered by the end of the period" rows: the resident population as last reported beside
// its target, and the rail lines, hubs and stations near each town with the status their histories give them at the
// config's `deliveredBy` (a change after the plan cites the sources that report it). Words in the caller's language.

import type { Lang } from '../../i18n/lang';
import { drawnStatusOf, historyDate, HISTORY_STATUS_LABELS } from '../history';
import type { SourceRecord } from '../types';
import type { DeliveredPlace, Strength, TownProfile } from './model';
import type { CellItem, Cite, SeriesPoint } from './cells';
import { msg, placeName } from './text';

/** The citation of a change's sources: their first record's kind as the strength, read at their own pages. */
export function changeCite(sources: readonly SourceRecord[]): Cite {
  const kind = sources[0]?.kind ?? 'secondary';
  const strength: Strength = kind === 'dataset' ? 'secondary' : kind;
  return { type: 'source', sources: [...sources], strength, verified: true };
}

/** Opened in the period: it has a whole (not partial) change after the plan and is drawn existing at its end. */
export const openedInPeriod = (p: DeliveredPlace): boolean =>
  p.atEnd === 'existing' && !!p.change && !p.change.partial && drawnStatusOf(p.change.status) === 'existing';

/** One place of the rail row: its status at the period's end, its latest change (dated, cited), its distance. */
export function deliveredItem(
  p: DeliveredPlace,
  lang: Lang,
  by: string,
  clauseCites: Cite[],
  relation: string,
  outlineCite: Cite,
): CellItem {
  const status = p.atEnd ?? p.status;
  const change = p.change
    ? msg(lang, p.change.partial ? 'cmp.deliveredChangePartial' : 'cmp.deliveredChange', {
        date: historyDate(p.change.date, lang),
        status: HISTORY_STATUS_LABELS[p.change.status][lang],
      })
    : msg(lang, p.atEnd ? 'cmp.deliveredNoChange' : 'cmp.deliveredNoHistory');
  return {
    kind: 'place',
    text: placeName(p, lang),
    detail: [
      msg(lang, 'cmp.deliveredAt', {
        date: historyDate(by, lang),
        status:
          status === 'cancelled' ? HISTORY_STATUS_LABELS.cancelled[lang] : msg(lang, `cmp.status.${status}`),
      }),
      change,
      relation,
    ].join(' · '),
    place: p.id,
    cites: [...clauseCites, ...(p.change ? [changeCite(p.change.sources)] : []), outlineCite],
  };
}

/** The rail row's two counts per town: opened in the period, and under construction at its end. */
export function deliveredCounts(t: TownProfile): { opened: number; building: number } {
  const rail = t.delivered.rail;
  return {
    opened: rail.filter(openedInPeriod).length,
    building: rail.filter((p) => p.atEnd === 'under-construction').length,
  };
}

export const countPointOf = (value: number): SeriesPoint => ({ value, derived: false, verified: true });
