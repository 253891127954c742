// The export dialog: the size (slides, or paper at 200 dpi), the title, a preview of the caption; download the PNG
// or print. Modal: Tab stays in it, Esc closes it, the focus goes back where it was.

import { lang, t } from '../../i18n/i18n';
import { store } from '../../state/store';
import { h } from '../dom';
import { glossEl } from '../gloss';
import { lastSlide } from './frame';
import {
  captionFurniture,
  defaultTitle,
  englishReady,
  EXPORT_SIZES,
  exportPng,
  sizeLabel,
  type ExportSize,
} from './index';
import { installPrint, printView } from './print';

let open: HTMLElement | null = null;

export function isExportOpen(): boolean {
  return open !== null;
}

/** Stops the open dialog following the language. */
let offLang: (() => void) | null = null;

export function closeExportDialog(): void {
  offLang?.();
  offLang = null;
  open?.remove();
  open = null;
}

/** Where the last image put its subject and furniture (on the dialog's element, for checking). */
const slideJson = () => JSON.stringify(lastSlide());

/** The caption the image will carry, as text: the plan's quotes and, in English, their marked glosses. */
function showCaption(preview: HTMLElement): void {
  const lines = captionFurniture();
  preview.hidden = lines.length === 0;
  preview.replaceChildren(
    ...(lines.length ? [h('p', { className: 'export-caption-heading' }, t('exp.captionHeading'))] : []),
    ...lines.flatMap((l) => [
      h(
        'p',
        {
          className: `export-caption-${l.kind}`,
          lang: l.kind === 'quote' || lang() === 'zh' ? 'zh-Hans' : 'en',
        },
        l.kind === 'quote' ? `「${l.text}」〔${l.cites.join(', ')}〕` : t('exp.summary', { text: l.text }),
      ),
      ...(l.gloss ? [glossEl(l.gloss, 'export-caption-gloss')] : []),
    ]),
  );
}

/** The size choices, each a radio button with its label (the label's words set by the caller). */
function sizeChoices(sizeId: string): { radios: HTMLElement[]; names: HTMLElement[] } {
  const names = EXPORT_SIZES.map(() => h('span', {}));
  const radios = EXPORT_SIZES.map((s, i) =>
    h(
      'label',
      { className: 'export-size' },
      h('input', { type: 'radio', name: 'export-size', value: s.id, checked: s.id === sizeId }),
      ' ',
      names[i],
    ),
  );
  return { radios, names };
}

/** The export dialog: size, title, download or print. `sizeId` preselects a size. */
export function openExportDialog(sizeId = '1920x1080'): HTMLElement {
  closeExportDialog();
  installPrint();
  const before = document.activeElement as HTMLElement | null;
  const status = h('p', { className: 'export-status', role: 'status' });
  const titleInput = h('input', { type: 'text', className: 'export-title', value: defaultTitle() });
  const { radios, names: sizeNames } = sizeChoices(sizeId);
  const heading = h('h2', { id: 'export-heading' });
  const sizeLegend = h('legend', {});
  const titleLabel = h('span', {});
  const note = h('p', { className: 'export-note' });
  const preview = h('div', { className: 'export-caption' });
  const downloadBtn = h('button', {
    type: 'button',
    className: 'btn export-download',
    onclick: () => void run('png'),
  });
  const printBtn = h('button', {
    type: 'button',
    className: 'btn export-print',
    onclick: () => void run('print'),
  });
  const cancelBtn = h('button', { type: 'button', className: 'btn export-cancel', onclick: () => close() });
  /** The last status, kept to say it again in the other language. */
  let said: (() => string) | null = null;
  const say = (text: (() => string) | null) => {
    said = text;
    status.textContent = text ? text() : '';
  };
  /** The dialog's words in the current language; the chosen size and a title the user typed stay. */
  let shownTitle = titleInput.value;
  const label = () => {
    heading.textContent = t('exp.heading');
    sizeLegend.textContent = t('exp.size');
    titleLabel.textContent = t('exp.title');
    note.textContent = t('exp.note');
    showCaption(preview);
    downloadBtn.textContent = t('exp.download');
    printBtn.textContent = t('exp.print');
    cancelBtn.textContent = t('exp.close');
    EXPORT_SIZES.forEach((s, i) => (sizeNames[i]!.textContent = sizeLabel(s)));
    if (titleInput.value === shownTitle) titleInput.value = shownTitle = defaultTitle();
    status.textContent = said ? said() : '';
  };
  const chosen = (): ExportSize => {
    const v = dialog.querySelector<HTMLInputElement>('input[name="export-size"]:checked')?.value;
    return EXPORT_SIZES.find((s) => s.id === v) ?? EXPORT_SIZES[0]!;
  };
  const close = () => {
    closeExportDialog();
    before?.focus();
  };
  const run = async (what: 'png' | 'print') => {
    const size = chosen();
    for (const b of dialog.querySelectorAll('button')) b.disabled = true;
    say(() => t('exp.preparing'));
    try {
      if (what === 'png') {
        const blob = await exportPng(size, titleInput.value.trim() || defaultTitle());
        const mb = (blob.size / 1024 / 1024).toFixed(1);
        say(() => t('exp.saved', { w: size.width, h: size.height, mb }));
        Object.assign(dialog.dataset, { lastExport: `${size.width}x${size.height}`, slide: slideJson() });
      } else {
        await printView(size, titleInput.value.trim() || defaultTitle());
        say(null);
      }
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      say(() => t('exp.failed', { error }));
    } finally {
      for (const b of dialog.querySelectorAll('button')) b.disabled = false;
    }
  };
  const dialog: HTMLElement = h(
    'div',
    {
      className: 'export-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'export-heading',
      onkeydown: (e: Event) => {
        const k = e as KeyboardEvent;
        if (k.key === 'Escape') {
          k.stopPropagation();
          close();
        } else if (k.key === 'Tab') keepFocusIn(dialog, k);
      },
    },
    heading,
    h('fieldset', {}, sizeLegend, ...radios),
    h('label', { className: 'export-title-label' }, titleLabel, titleInput),
    note,
    preview,
    h('div', { className: 'export-actions' }, downloadBtn, printBtn, cancelBtn),
    status,
  );
  // In English, the glosses may need the unofficial titles: say the caption again once they are here.
  const relabel = () => {
    label();
    void englishReady().then(() => {
      if (open?.contains(dialog)) label();
    });
  };
  relabel();
  open = h(
    'div',
    { className: 'export-backdrop', onclick: (e: Event) => e.target === open && close() },
    dialog,
  );
  document.body.append(open);
  offLang = store.subscribe((s) => s.lang, relabel);
  dialog.querySelector<HTMLInputElement>('input[name="export-size"]:checked')?.focus();
  return dialog;
}

/**
 * Tab and Shift+Tab go round the dialog's controls and never out of it (it is modal): from the last control to the
 * size chosen, and back from the sizes (one stop, as radio buttons are) to the last control.
 */
function keepFocusIn(dialog: HTMLElement, e: KeyboardEvent): void {
  const stops = [
    ...dialog.querySelectorAll<HTMLElement>('input, button, select, textarea, [tabindex]'),
  ].filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      el.tabIndex >= 0 &&
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  const atFirst = at === first || (at instanceof HTMLInputElement && at.type === 'radio');
  if (e.shiftKey ? atFirst : at === last) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}
