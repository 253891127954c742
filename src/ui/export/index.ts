// Image export and print of the current map view: a dialog to choose the size (slides or paper at 200 dpi), a PNG
// with title, caption, legend, scale bar, north arrow, the clauses cited, the plan's name and the attribution; and
// the same composition on paper (a print sheet made before printing, shown by the print stylesheet).
// A view (e.g. a tour step) says what the image is about with `setExportContext`.

import './export.css';
import { activePlan } from '../../data/active-plan';
import {
  loadMentions,
  loadPlaces,
  loadPlan,
  loadTranslations,
  type Places,
  type Translations,
} from '../../data/load';
import type { Mentions } from '../../data/mentions';
import type { Plan } from '../../data/plan';
import { lang, pick, t, type MessageKey } from '../../i18n/i18n';
import { themeStyles } from '../../map/themes';
import { selectedPlace, store } from '../../state/store';
import { download, h } from '../dom';
import { listText, nameText } from '../compare/names';
import { captureAt, captureNow, type Capture } from './capture';
import { drawFurniture, type CaptionLine, type Furniture, type FurnitureLine } from './compose';
import { datedSubtitle, framingFor, lastSlide, measureLayout, recordSlide } from './frame';
import type { Layout } from './layout';
import { glossEl, quoteGloss } from '../gloss';

export interface ExportSize {
  id: string;
  width: number;
  height: number;
}

/** Slides (16:9) and paper, landscape, at 200 dpi (A4 297×210 mm, A3 420×297 mm). */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: '1920x1080', width: 1920, height: 1080 },
  { id: '3840x2160', width: 3840, height: 2160 },
  { id: 'a4', width: 2339, height: 1654 },
  { id: 'a3', width: 3307, height: 2339 },
];

/** A size's name in the current language. */
export const sizeLabel = (s: ExportSize): string => t(`exp.size.${s.id}` as MessageKey);

/** What the image is about, set by the view on screen (a tour step); null: the map with its highlights. */
export interface ExportContext {
  title: string;
  subtitle?: string;
  caption: CaptionLine[];
  /** Clause ids the view rests on. */
  cites: string[];
  /** For the file name. */
  slug: string;
  /** The places the map is about (framed clear of the furniture); by default, the places drawn strong. */
  subject?: readonly string[];
}

let context: ExportContext | null = null;

export function setExportContext(c: ExportContext | null): void {
  context = c;
}

let data: { plan: Plan; places: Places; mentions: Mentions } | null = null;
const dataReady = Promise.all([loadPlan(), loadPlaces(), loadMentions()]).then(([plan, places, mentions]) => {
  data = { plan, places, mentions };
});

/** The unofficial English titles (translations.en.json), loaded when the image is made in English. */
let translations: Translations | null = null;

async function englishReady(): Promise<void> {
  if (lang() !== 'en' || translations) return;
  translations = await loadTranslations().catch(() => null);
}

/** The caption as the image draws it, glosses added in English. */
function captionFurniture(): FurnitureLine[] {
  return (context?.caption ?? []).map((l) => {
    const gloss = quoteGloss(l, translations?.titles ?? null);
    return gloss ? { ...l, gloss } : l;
  });
}

function attributionText(): string {
  return t('exp.attribution', { basemap: pick(activePlan().attribution) });
}

/** The places drawn strong now: the selected one and the highlighted ones. */
function emphasised(): string[] {
  const s = store.getState();
  const sel = selectedPlace(s);
  return [...new Set([...(sel ? [sel] : []), ...s.highlighted])];
}

function byPlanOrder(ids: Iterable<string>): string[] {
  const order = data?.plan.indexOf;
  return [...new Set(ids)].sort((a, b) => (order?.get(a) ?? 1e9) - (order?.get(b) ?? 1e9));
}

export function furnitureFor(title: string): Furniture {
  const hidden = store.getState().hiddenLayers;
  const present = new Set(
    data?.places.features.map((f) => f.properties.theme) ?? themeStyles().map((t) => t.theme),
  );
  const legend = themeStyles().filter((t) => !hidden.includes(t.theme) && present.has(t.theme));
  const citations: string[] = [];
  if (context?.cites.length)
    citations.push(
      t('exp.clausesCited', { ids: byPlanOrder(context.cites).join(', '), plan: activePlan().name.full }),
    );
  const places = emphasised();
  if (places.length) {
    const names = places.map((id) => {
      const p = data?.places.byId.get(id)?.properties;
      return p ? nameText(p.name_zh, p.name_en) : id;
    });
    const shown =
      names.length > 12
        ? t('exp.andMore', { names: listText(names.slice(0, 12)), n: names.length })
        : listText(names);
    const clauses = byPlanOrder(
      places.flatMap((id) =>
        (data?.mentions.byPlace[id] ?? []).filter((m) => m.via !== 'group').map((m) => m.clause),
      ),
    );
    citations.push(
      t('exp.highlighted', {
        names: shown,
        clauses: clauses.length ? t('exp.namedIn', { ids: clauses.join(', ') }) : '',
      }),
    );
  }
  return {
    title,
    ...datedSubtitle(context?.subtitle),
    caption: captionFurniture(),
    legend,
    citations,
    planName: activePlan().name.full,
    attribution: attributionText(),
    imprint: `${pick(activePlan().title)} · ${new Date().toISOString().slice(0, 10)}`,
  };
}

function defaultTitle(): string {
  return context?.title ?? pick(activePlan().title);
}

function compose(cap: Capture, f: Furniture, layout?: Layout): HTMLCanvasElement {
  const ctx = cap.canvas.getContext('2d');
  if (ctx) drawFurniture(ctx, cap.canvas.width, cap.canvas.height, cap.view, cap.pixelRatio, f, layout);
  return cap.canvas;
}

/** A composed image of the current view at a size (the map is resized meanwhile: `busy` covers it). */
export async function renderImage(size: ExportSize, title = defaultTitle()): Promise<HTMLCanvasElement> {
  await Promise.all([dataReady, englishReady()]);
  const busy = h('div', { className: 'export-busy', role: 'status' }, h('p', {}, t('exp.preparingImage')));
  document.body.append(busy);
  try {
    // The furniture measured first, so that the map's subject is framed into what it leaves free.
    const f = furnitureFor(title);
    const layout = measureLayout(size.width, size.height, f);
    const subject = context?.subject ?? emphasised();
    const framing = layout ? framingFor(layout, size, data?.places ?? null, subject) : undefined;
    const cap = await captureAt(size.width, size.height, framing);
    if (layout) recordSlide(cap, layout, f.subtitle);
    return compose(cap, f, layout ?? undefined);
  } finally {
    busy.remove();
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('exp.encodeFailed')))), 'image/png'),
  );
}

/** Renders and downloads a PNG of the current view. */
export async function exportPng(size: ExportSize, title = defaultTitle()): Promise<Blob> {
  const canvas = await renderImage(size, title);
  const blob = await toBlob(canvas);
  download(blob, `${activePlan().id}-${context?.slug ?? 'map'}-${size.width}x${size.height}.png`);
  return blob;
}

// --- Print: the same composition on paper -----------------------------------------------------------------

let sheet: HTMLElement | null = null;

/** Puts the composed map on the page for printing, on a landscape page of that paper size. */
function showSheet(canvas: HTMLCanvasElement, paper: 'A4' | 'A3'): void {
  sheet?.remove();
  canvas.className = 'print-image';
  sheet = h('div', { className: 'print-sheet', 'aria-hidden': 'true' }, canvas);
  document.body.append(sheet);
  document.body.classList.add('print-map');
  let page = document.getElementById('print-page-size');
  if (!page) {
    page = h('style', { id: 'print-page-size' });
    document.head.append(page);
  }
  // The page's printable height (landscape, 8 mm margins): the image fits on one page.
  const height = paper === 'A3' ? 279 : 192;
  page.textContent = `@page { size: ${paper} landscape; margin: 8mm; } @media print { .print-image { max-height: ${height}mm; } }`;
}

function clearSheet(): void {
  sheet?.remove();
  sheet = null;
  document.body.classList.remove('print-map');
  document.getElementById('print-page-size')?.remove();
}

let printInstalled = false;

/** Printing (Ctrl+P too) puts the composed map on the page: made synchronously from the screen if not ready. */
export function installPrint(): void {
  if (printInstalled) return;
  printInstalled = true;
  window.addEventListener('beforeprint', () => {
    // Only when the map is what is on screen (other views, e.g. compare, print their own layout).
    const view = document.body.dataset['view'];
    if (sheet || (view && view !== 'tour')) return;
    const cap = captureNow();
    if (cap) showSheet(compose(cap, furnitureFor(defaultTitle())), 'A4');
  });
  window.addEventListener('afterprint', clearSheet);
}

/** Prints the view on A4 or A3 landscape at 200 dpi. */
export async function printView(size: ExportSize, title = defaultTitle()): Promise<void> {
  installPrint();
  showSheet(await renderImage(size, title), size.id === 'a3' ? 'A3' : 'A4');
  window.print();
}

// --- The dialog ------------------------------------------------------------------------------------------------

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

/** The export dialog: size, title, download or print. `sizeId` preselects a size. */
export function openExportDialog(sizeId = '1920x1080'): HTMLElement {
  closeExportDialog();
  installPrint();
  const before = document.activeElement as HTMLElement | null;
  const status = h('p', { className: 'export-status', role: 'status' });
  const titleInput = h('input', { type: 'text', className: 'export-title', value: defaultTitle() });
  const sizeNames = EXPORT_SIZES.map(() => h('span', {}));
  const radios = EXPORT_SIZES.map((s, i) =>
    h(
      'label',
      { className: 'export-size' },
      h('input', { type: 'radio', name: 'export-size', value: s.id, checked: s.id === sizeId }),
      ' ',
      sizeNames[i],
    ),
  );
  const heading = h('h2', { id: 'export-heading' });
  const sizeLegend = h('legend', {});
  const titleLabel = h('span', {});
  const note = h('p', { className: 'export-note' });
  /** The caption the image will carry, as text: the plan's quotes and, in English, their marked glosses. */
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
