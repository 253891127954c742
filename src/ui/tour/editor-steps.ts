// The tour as a whole in the editor: its id (renaming it moves the user's copy), its titles, and its steps as a list
// (go to one, move it up or down, delete it; never the last one), a step added from the current view.

import { TOUR_ID_RE } from '../../data/tour-schema';
import { t as msg } from '../../i18n/i18n';
import { h } from '../dom';
import { textField } from './editor-fields';
import type { EditorKit } from './editor-types';
import { addStep, moveStep, removeStep, setTourText, type Edit, type Session } from './session';
import { removeDraft } from './draft';
import { removeLocal } from './sources';

/** An edit of the steps taken in: to its step, or the editor redrawn when the step stays. */
function apply(kit: EditorKit, e: Edit): void {
  kit.host.update(e.session, true);
  kit.check();
  if (e.goTo !== undefined) kit.host.goTo(e.goTo);
  else kit.render();
}

export function tourFields(kit: EditorKit, s: Session): HTMLElement {
  const t = s.tour;
  const idInput = h('input', { type: 'text', className: 'te-id', value: t.id, spellcheck: false });
  idInput.addEventListener('change', () => {
    const now = kit.host.session();
    const id = idInput.value.trim();
    if (!now || id === now.tour.id) return;
    if (!TOUR_ID_RE.test(id)) {
      kit.say(() => msg('te.badId'), 'error');
      idInput.value = now.tour.id;
      return;
    }
    if (now.source === 'local') removeLocal(now.tour.id);
    removeDraft(now.tour.id);
    kit.host.replaceTour({ ...now.tour, id }, now.step);
  });
  return h(
    'section',
    { className: 'te-tour-fields' },
    h('label', { className: 'te-field' }, h('span', {}, msg('te.tourId')), idInput),
    textField(msg('te.tourTitle'), t.title, (v) => kit.edit((x) => setTourText(x, 'title', v)), {
      cls: 'te-tour-title',
    }),
    textField(msg('te.titleEn'), t.title_en ?? '', (v) => kit.edit((x) => setTourText(x, 'title_en', v)), {
      lang: 'en',
    }),
  );
}

export function stepsList(kit: EditorKit, s: Session): HTMLElement[] {
  const steps = s.tour.steps;
  const move = (i: number, d: number) => {
    const now = kit.host.session();
    const e = now && moveStep(now, i, d);
    if (e) apply(kit, e);
  };
  const remove = (i: number) => {
    const now = kit.host.session();
    const e = now && removeStep(now, i);
    if (!e) return;
    apply(kit, e);
    const title = e.removed.title;
    kit.say(() => msg('te.deleted', { n: i + 1, title }));
  };
  const addView = () => {
    const now = kit.host.session();
    if (!now) return;
    const e = addStep(now, kit.host.captureStep());
    kit.host.update(e.session, false);
    kit.check();
    kit.host.goTo(e.goTo!);
    kit.say(() => msg('te.added', { n: e.goTo! }));
  };
  const button = (cls: string, label: string, text: string, disabled: boolean, onclick: () => void) =>
    h('button', { type: 'button', className: `btn ${cls}`, disabled, 'aria-label': label, onclick }, text);
  const item = (title: string, i: number) =>
    h(
      'li',
      { className: i + 1 === s.step ? 'te-step te-step-current' : 'te-step' },
      h(
        'button',
        { type: 'button', className: 'te-step-go', onclick: () => kit.host.goTo(i + 1) },
        `${i + 1}. ${title}`,
      ),
      button('te-up', msg('te.moveUp'), '↑', i === 0, () => move(i, -1)),
      button('te-down', msg('te.moveDown'), '↓', i === steps.length - 1, () => move(i, +1)),
      button('te-delete', msg('te.deleteStep', { n: i + 1 }), msg('te.delete'), steps.length <= 1, () =>
        remove(i),
      ),
    );
  return [
    h('h3', {}, msg('te.steps', { n: steps.length })),
    h('ol', { className: 'te-steps' }, ...steps.map((st, i) => item(st.title, i))),
    h('button', { type: 'button', className: 'btn te-add', onclick: addView }, msg('te.addView')),
  ];
}
