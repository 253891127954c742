// The current step in the editor: its titles, caption, places, layers and notes, and a button that makes the map
// as it is now the step's view.

import type { TourStep } from '../../data/tour-schema';
import { t as msg } from '../../i18n/i18n';
import { h } from '../dom';
import { captionEditor } from './editor-caption';
import { textField } from './editor-fields';
import { layersEditor, placesEditor } from './editor-places';
import type { EditorKit } from './editor-types';
import { setStepText, useView } from './session';

export function stepFields(kit: EditorKit, step: TourStep, n: number): HTMLElement {
  const text = (field: 'title' | 'title_en' | 'notes') => (v: string) =>
    kit.edit((s) => setStepText(s, field, v));
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
    textField(msg('te.notes'), step.notes, text('notes'), { area: true, cls: 'te-notes' }),
    useViewBtn,
  );
}
