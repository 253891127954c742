// What the compare view's controls do to the choice (src/data/compare/choice.ts): switching a town or a row on or
// off, moving a row, and refusing a change that would leave fewer than two towns or no row.
import { describe, expect, it } from 'vitest';
import { COMPARE } from '../../content/shanghai-14fyp/compare.config';
import { defaultChoice, moveRow, setRow, setTown, type CompareChoice } from '../../src/data/compare';

const all = defaultChoice(COMPARE);
const two: CompareChoice = { towns: ['qingpu', 'nanhui'], rows: ['area', 'positioning'] };

describe('the compare choice', () => {
  it('adds a town in the plan’s order and removes one, keeping the rows', () => {
    expect(setTown(two, COMPARE, 'jiading', true)).toEqual({
      next: { towns: ['jiading', 'qingpu', 'nanhui'], rows: two.rows },
    });
    expect(setTown(all, COMPARE, 'songjiang', false)).toEqual({
      next: { towns: ['jiading', 'qingpu', 'fengxian', 'nanhui'], rows: all.rows },
    });
  });

  it('refuses to leave fewer than two towns', () => {
    expect(setTown(two, COMPARE, 'nanhui', false)).toEqual({ refused: 'cmp.atLeastTwo' });
    // switching on a town already chosen does not make a second one
    expect(setTown({ ...two, towns: ['qingpu'] }, COMPARE, 'qingpu', true)).toEqual({
      refused: 'cmp.atLeastTwo',
    });
  });

  it('shows a row last, hides one, and refuses to hide the last row', () => {
    expect(setRow(two, 'clauses', true)).toEqual({
      next: { ...two, rows: ['area', 'positioning', 'clauses'] },
    });
    expect(setRow(two, 'area', true)).toEqual({ next: { ...two, rows: ['positioning', 'area'] } });
    expect(setRow(two, 'area', false)).toEqual({ next: { ...two, rows: ['positioning'] } });
    expect(setRow({ ...two, rows: ['area'] }, 'area', false)).toEqual({ refused: 'cmp.atLeastOneRow' });
  });

  it('moves a row up or down, not past either end nor a row not shown', () => {
    expect(moveRow(two, 'positioning', -1)).toEqual({ ...two, rows: ['positioning', 'area'] });
    expect(moveRow(two, 'area', 1)).toEqual({ ...two, rows: ['positioning', 'area'] });
    expect(moveRow(two, 'area', -1)).toBeNull();
    expect(moveRow(two, 'positioning', 1)).toBeNull();
    expect(moveRow(two, 'clauses', 1)).toBeNull();
    // the choice it was given is unchanged
    expect(two.rows).toEqual(['area', 'positioning']);
  });
});
