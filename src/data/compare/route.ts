// The compare view's route: #/compare[/<towns>[/<rows>]], e.g. #/compare/jiading,qingpu,songjiang/area,positioning.
// Which towns and rows are valid comes from the plan's compare config (its towns' keys, its rows' ids).

import type { CompareConfig, RowId } from './config';
import type { TownKey } from './model';

export interface CompareChoice {
  /** At least two towns, always in the plan's order. */
  towns: TownKey[];
  /** The rows shown, in the user's order (at least one). */
  rows: RowId[];
}

const townKeys = (config: CompareConfig): TownKey[] => config.towns.map((t) => t.key);
const rowIds = (config: CompareConfig): RowId[] => config.rows.map((r) => r.id);

/** Every town and the rows in their default order. */
export const defaultChoice = (config: CompareConfig): CompareChoice => ({
  towns: townKeys(config),
  rows: rowIds(config),
});

/** The choice a route asks for; a malformed towns list falls back to all towns, a malformed rows list to the default. */
export function parseCompareRoute(route: readonly string[], config: CompareConfig): CompareChoice {
  const keys = townKeys(config);
  const ids: readonly string[] = rowIds(config);
  const [, townSeg, rowSeg] = route;
  const towns = townSeg?.split(',') ?? [];
  const rows = rowSeg?.split(',') ?? [];
  const townsOk =
    towns.length >= 2 &&
    towns.length <= keys.length &&
    towns.every((k) => keys.includes(k)) &&
    new Set(towns).size === towns.length;
  const rowsOk = rows.length >= 1 && rows.every((r) => ids.includes(r)) && new Set(rows).size === rows.length;
  return {
    towns: townsOk ? keys.filter((k) => towns.includes(k)) : keys,
    rows: rowsOk ? (rows as RowId[]) : rowIds(config),
  };
}

/** The route of a choice: `['compare']` for the default, else both segments. */
export function compareRoute(choice: CompareChoice, config: CompareConfig): string[] {
  const keys = townKeys(config);
  const ids = rowIds(config);
  const towns = keys.filter((k) => choice.towns.includes(k));
  const isDefault =
    towns.length === keys.length &&
    choice.rows.length === ids.length &&
    choice.rows.every((r, i) => r === ids[i]);
  return isDefault ? ['compare'] : ['compare', towns.join(','), choice.rows.join(',')];
}
