// The current step in the editor: its titles, caption, places, layers, date (and whether it plays to today) and
// notes, and a button that makes the map as it is now (its camera, layers, places and date) the step's view.

import type { TourStep } from '../../data/tour-schema';
import { t as msg } from '../../i18n/i18n';
import { h } from '../dom';
import { captionEditor } from './editor-caption';
import { textField } from './editor-fields';
import { layersEditor, placesEditor } from './editor-places';
import type { EditorKit } from './editor-types';
import { setStepPlay, setStepText, useView } from './session';

export function stepFields(kit: EditorKit, step: TourStep, n: number): HTMLElement {
  const text = (field: 'title' | 'title_en' | 'notes' | 'at') => (v: string) =>
    kit.edit((s) => setStepText(s, field, v));
  const play = h('input', {
    type: 'checkbox',
    className: 'te-play',
    checked: !!step.play,
    onchange: () => kit.edit((s) => setStepPlay(s, play.checked)),
  });
  const useViewBtn = h(
    'button',
    {
      type: 'button',
      className: 'btn te-use-view',
      onclick: () => {
        const captured = kit.host.captureStep();
        kit.edit((s) => useView(s, captured));
        kit.render();
        kit.say(() => msg('te.usedView', { n }));
      },
    },
    msg('te.useView'),
  );
  return h(
    'section',
    { className: 'te-step-fields' },
    h('h3', {}, msg('te.step', { n })),
    textField(msg('te.title'), step.title, text('title'), { cls: 'te-step-title' }),
    textField(msg('te.titleEn'), step.title_en ?? '', text('title_en'), { lang: 'en' }),
    ...captionEditor(kit, step),
    placesEditor(kit, step),
    layersEditor(kit, step),
    textField(msg('te.at'), step.at ?? '', text('at'), { cls: 'te-at', lang: 'en' }),
    h('label', { className: 'te-field te-check' }, play, h('span', {}, msg('te.play'))),
    textField(msg('te.notes'), step.notes, text('notes'), { area: true, cls: 'te-notes' }),
    useViewBtn,
  );
}
