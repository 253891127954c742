// The places a step highlights, in the editor: chips to remove, a field (with the places' names offered) to add one
// by name or id; and the themes the step shows, as checkboxes.

import type { TourStep } from '../../data/tour-schema';
import { pick, t as msg } from '../../i18n/i18n';
import { nameText } from '../compare/names';
import { h } from '../dom';
import type { EditorKit } from './editor-types';
import { highlightPlace, setLayer, unhighlightPlace } from './session';

export function placesEditor(kit: EditorKit, step: TourStep): HTMLElement {
  const places = kit.host.places();
  const name = (id: string) => {
    const p = places?.byId.get(id)?.properties;
    return p ? nameText(p.name_zh, p.name_en) : id;
  };
  const listId = 'te-place-options';
  const input = h('input', {
    type: 'text',
    className: 'te-place-input',
    list: listId,
    placeholder: msg('te.placeInput'),
  });
  const add = () => {
    const v = input.value.trim();
    if (!v) return;
    const byName = places?.features.find(
      (f) => f.properties.name_zh === v || `${f.properties.name_zh} · ${f.properties.id}` === v,
    );
    kit.edit((s) => highlightPlace(s, byName?.properties.id ?? v), true);
    kit.render();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  });
  const chip = (id: string, k: number) =>
    h(
      'li',
      { className: 'te-chip' },
      name(id),
      h(
        'button',
        {
          type: 'button',
          'aria-label': msg('te.unhighlight', { name: name(id) }),
          onclick: () => {
            kit.edit((s) => unhighlightPlace(s, k), true);
            kit.render();
          },
        },
        '×',
      ),
    );
  return h(
    'div',
    { className: 'te-places' },
    h('span', { className: 'te-label' }, msg('te.places')),
    h('ul', { className: 'te-chips' }, ...step.highlight.map(chip)),
    h(
      'div',
      { className: 'te-row' },
      input,
      h('button', { type: 'button', className: 'btn', onclick: add }, msg('te.add')),
    ),
    h(
      'datalist',
      { id: listId },
      ...(places?.features ?? []).map((f) =>
        h('option', { value: `${f.properties.name_zh} · ${f.properties.id}` }),
      ),
    ),
  );
}

export function layersEditor(kit: EditorKit, step: TourStep): HTMLElement {
  const themes = kit.host.themes;
  const order = themes.map((x) => x.theme);
  return h(
    'fieldset',
    { className: 'te-layers' },
    h('legend', {}, msg('te.layers')),
    ...themes.map((th) => {
      const box = h('input', { type: 'checkbox', checked: step.layers.includes(th.theme), value: th.theme });
      box.addEventListener('change', () => kit.edit((s) => setLayer(s, th.theme, box.checked, order), true));
      return h('label', { className: 'te-layer' }, box, ` ${pick(th)}`);
    }),
  );
}
