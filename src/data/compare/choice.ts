// What the compare view's controls do to the choice of towns and rows, as pure transitions: a town or a row
// switched on or off, a row moved. A change that would leave fewer than two towns or no row is refused with the
// reason (the view says it); towns stay in the plan's order, rows in the user's.

import type { CompareConfig, RowId } from './config';
import type { TownKey } from './model';
import type { CompareChoice } from './route';

/** A transition's outcome: the next choice, or why there is none (the message the view shows). */
export type ChoiceChange = { next: CompareChoice } | { refused: 'cmp.atLeastTwo' | 'cmp.atLeastOneRow' };

/** A town switched on or off: the towns in the plan's order; at least two. */
export function setTown(
  choice: CompareChoice,
  config: CompareConfig,
  key: TownKey,
  on: boolean,
): ChoiceChange {
  const chosen = on ? [...choice.towns, key] : choice.towns.filter((k) => k !== key);
  if (new Set(chosen).size < 2) return { refused: 'cmp.atLeastTwo' };
  const towns = config.towns.map((t) => t.key).filter((k) => chosen.includes(k));
  return { next: { ...choice, towns } };
}

/** A row shown or hidden: a shown row goes last; at least one row. */
export function setRow(choice: CompareChoice, id: RowId, on: boolean): ChoiceChange {
  const rows = on ? [...choice.rows.filter((r) => r !== id), id] : choice.rows.filter((r) => r !== id);
  if (rows.length === 0) return { refused: 'cmp.atLeastOneRow' };
  return { next: { ...choice, rows } };
}

/** A shown row moved one place up (-1) or down (1); null when it cannot move that way. */
export function moveRow(choice: CompareChoice, id: RowId, by: -1 | 1): CompareChoice | null {
  const rows = [...choice.rows];
  const i = rows.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= rows.length) return null;
  [rows[i], rows[j]] = [rows[j] as RowId, rows[i] as RowId];
  return { ...choice, rows };
}
