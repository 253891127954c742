// The compare view's controls: a checkbox per town (two at least), and a list of the rows to show, each with a
// checkbox and, when shown, buttons moving it up or down, in a disclosure that keeps its open state across
// renders. Small builders over the choice; what a control does to the choice is computed in
// src/data/compare/choice.ts, the view navigates to the result or says why there is none.

import {
  defaultChoice,
  moveRow,
  rowName,
  setRow,
  setTown,
  type ChoiceChange,
  type CompareChoice,
  type CompareConfig,
  type RowId,
} from '../../data/compare';
import { lang, t } from '../../i18n/i18n';
import { h } from '../dom';
import { nameText } from './names';

/** What the controls read, and what they ask of the view. */
export interface ControlsInput {
  config: CompareConfig;
  choice: CompareChoice;
  /** The plan's legend of the towns' checkboxes, in the current language. */
  townsLegend: string;
  rowsOpen: boolean;
  /** Shows the next choice (through the URL). */
  go: (next: CompareChoice) => void;
  /** Says something in the status line ('' clears it). */
  say: (text: string) => void;
  /** The rows list was opened or closed. */
  rowsToggled: (open: boolean) => void;
}

/** Applies a change: the next choice, or the box put back and the reason said. */
function apply(change: ChoiceChange, box: HTMLInputElement, input: ControlsInput): void {
  if ('refused' in change) {
    box.checked = !box.checked;
    input.say(t(change.refused));
    return;
  }
  input.say('');
  input.go(change.next);
}

function townsFieldset(input: ControlsInput): HTMLElement {
  const { config, choice } = input;
  return h(
    'fieldset',
    { className: 'cmp-towns' },
    h(
      'legend',
      {},
      `${input.townsLegend} `,
      h('span', { className: 'cmp-hint' }, t('cmp.townsHint', { max: config.towns.length })),
    ),
    ...config.towns.map(({ key, name }) =>
      h(
        'label',
        { className: 'cmp-check' },
        h('input', {
          type: 'checkbox',
          'data-key': `town-${key}`,
          'data-town': key,
          checked: choice.towns.includes(key),
          onchange: (e: Event) => {
            const box = e.target as HTMLInputElement;
            apply(setTown(choice, config, key, box.checked), box, input);
          },
        }),
        ` ${nameText(name.zh, name.en)}`,
      ),
    ),
  );
}

function moveButton(input: ControlsInput, id: RowId, label: string, by: -1 | 1, disabled: boolean) {
  const up = by === -1;
  return h(
    'button',
    {
      type: 'button',
      className: `btn ${up ? 'cmp-up' : 'cmp-down'}`,
      'data-key': `${up ? 'up' : 'down'}-${id}`,
      'aria-label': t(up ? 'cmp.moveUp' : 'cmp.moveDown', { row: label }),
      disabled,
      onclick: () => {
        const next = moveRow(input.choice, id, by);
        if (next) input.go(next);
      },
    },
    up ? '↑' : '↓',
  );
}

/** A row of the list: its checkbox and, when it is shown, its move buttons (`i`: its place among those shown). */
function rowItem(input: ControlsInput, id: RowId, shown: boolean, i: number): HTMLElement {
  const label = rowName(input.config, id, lang());
  const last = input.choice.rows.length - 1;
  return h(
    'li',
    { 'data-row': id },
    h(
      'label',
      { className: 'cmp-check' },
      h('input', {
        type: 'checkbox',
        checked: shown,
        'data-key': `show-${id}`,
        onchange: (e: Event) => {
          const box = e.target as HTMLInputElement;
          apply(setRow(input.choice, id, box.checked), box, input);
        },
      }),
      ` ${label}`,
    ),
    shown
      ? h(
          'span',
          { className: 'cmp-move' },
          moveButton(input, id, label, -1, i === 0),
          moveButton(input, id, label, 1, i === last),
        )
      : null,
  );
}

function rowsDetails(input: ControlsInput): HTMLElement {
  const { config, choice } = input;
  const hidden = config.rows.map((r) => r.id).filter((r) => !choice.rows.includes(r));
  const rows = h(
    'details',
    { className: 'cmp-rows', open: input.rowsOpen },
    h('summary', { className: 'btn', 'data-key': 'rows-summary' }, t('cmp.rows')),
    h(
      'div',
      { className: 'cmp-rows-pop' },
      h(
        'ol',
        {},
        ...choice.rows.map((id, i) => rowItem(input, id, true, i)),
        ...hidden.map((id, i) => rowItem(input, id, false, choice.rows.length + i)),
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'btn',
          'data-key': 'rows-reset',
          onclick: () => input.go({ ...choice, rows: defaultChoice(config).rows }),
        },
        t('cmp.rowsReset'),
      ),
    ),
  );
  rows.addEventListener('toggle', () => input.rowsToggled(rows.open));
  return rows;
}

/** The controls for the current choice, in the current language. */
export function renderControls(input: ControlsInput): HTMLElement[] {
  return [townsFieldset(input), rowsDetails(input)];
}
