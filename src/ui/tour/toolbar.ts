// The audience window's toolbar: full screen, the presenter's window, image export (one step, or every step), the
// tour as slides (PPTX) or as a handout (PDF), authoring and exit, in the current language.

import { t } from '../../i18n/i18n';
import { h } from '../dom';
import { openExportDialog } from '../export/dialog';
import { showNotice } from '../notice';

export interface ToolbarActions {
  openPresenter: () => void;
  exportAll: () => void;
  exportSlides: () => void;
  exportHandout: () => void;
  toggleEditor: () => void;
  leave: () => void;
}

export interface Toolbar {
  readonly el: HTMLElement;
  setEditing: (on: boolean) => void;
  label: () => void;
  dispose: () => void;
}

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch (e) {
    showNotice(t('tour.fullscreenFailed', { error: e instanceof Error ? e.message : String(e) }));
  }
}

/** A button of the tour's (`btn` and its own class). */
export const tourButton = (
  className: string,
  onclick: () => void,
  attrs: Record<string, string | boolean> = {},
) => h('button', { type: 'button', className: `btn ${className}`, onclick, ...attrs });

export function createToolbar(act: ToolbarActions): Toolbar {
  const fsBtn = tourButton('tour-fullscreen', () => void toggleFullscreen());
  const presenterBtn = tourButton('tour-open-presenter', () => act.openPresenter());
  const exportBtn = tourButton('tour-export', () => openExportDialog());
  const exportAllBtn = tourButton('tour-export-all', () => act.exportAll());
  const slidesBtn = tourButton('tour-export-slides', () => act.exportSlides());
  const handoutBtn = tourButton('tour-export-handout', () => act.exportHandout());
  const editBtn = tourButton('tour-edit', () => act.toggleEditor(), { 'aria-expanded': 'false' });
  const exitBtn = tourButton('tour-exit', () => act.leave());
  const el = h(
    'div',
    { className: 'tour-toolbar', role: 'toolbar' },
    document.fullscreenEnabled ? fsBtn : null,
    presenterBtn,
    exportBtn,
    exportAllBtn,
    slidesBtn,
    handoutBtn,
    editBtn,
    exitBtn,
  );
  const updateFsLabel = () => {
    fsBtn.textContent = t(document.fullscreenElement ? 'tour.exitFullscreen' : 'tour.fullscreen');
  };
  document.addEventListener('fullscreenchange', updateFsLabel);
  return {
    el,
    setEditing: (on) => editBtn.setAttribute('aria-expanded', String(on)),
    label: () => {
      el.setAttribute('aria-label', t('tour.tools'));
      presenterBtn.textContent = t('tour.presenterView');
      exportBtn.textContent = t('tour.exportImage');
      exportAllBtn.textContent = t('tour.exportAll');
      slidesBtn.textContent = t('out.slides');
      handoutBtn.textContent = t('out.handout');
      editBtn.textContent = t('tour.edit');
      exitBtn.textContent = t('tour.exit');
      updateFsLabel();
    },
    dispose: () => document.removeEventListener('fullscreenchange', updateFsLabel),
  };
}
