// Image export and print of the current map view: a dialog to choose the size (slides or paper at 200 dpi), a PNG
// with title, caption, legend, scale bar, north arrow, the clauses cited, the plan's name and the attribution; and
// the same composition on paper (a print sheet made before printing, shown by the print stylesheet).
// A view (e.g. a tour step) says what the image is about with `setExportContext`.

import './export.css';
import { ATTRIBUTION } from '../../config';
import { loadMentions, loadPlaces, loadPlan, type Places } from '../../data/load';
import type { Mentions } from '../../data/mentions';
import { PLAN_FULL_NAME, type Plan } from '../../data/plan';
import { THEME_STYLES } from '../../map/themes';
import { selectedPlace, store } from '../../state/store';
import { h } from '../dom';
import { captureAt, captureNow, type Capture } from './capture';
import { drawFurniture, type CaptionLine, type Furniture } from './compose';

export interface ExportSize {
  id: string;
  width: number;
  height: number;
  label: string;
}

/** Slides (16:9) and paper, landscape, at 200 dpi (A4 297×210 mm, A3 420×297 mm). */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: '1920x1080', width: 1920, height: 1080, label: '1920×1080 · 幻灯片 Slide (HD)' },
  { id: '3840x2160', width: 3840, height: 2160, label: '3840×2160 · 幻灯片 Slide (4K)' },
  { id: 'a4', width: 2339, height: 1654, label: 'A4 横向 landscape · 200 dpi (2339×1654)' },
  { id: 'a3', width: 3307, height: 2339, label: 'A3 横向 landscape · 200 dpi (3307×2339)' },
];

/** What the image is about, set by the view on screen (a tour step); null: the map with its highlights. */
export interface ExportContext {
  title: string;
  subtitle?: string;
  caption: CaptionLine[];
  /** Clause ids the view rests on. */
  cites: string[];
  /** For the file name. */
  slug: string;
}

let context: ExportContext | null = null;

export function setExportContext(c: ExportContext | null): void {
  context = c;
}

const APP_TITLE = '上海“十四五”规划纲要 · 空间浏览';
const APP_TITLE_EN = 'Shanghai 14th Five-Year Plan — spatial explorer';

let data: { plan: Plan; places: Places; mentions: Mentions } | null = null;
const dataReady = Promise.all([loadPlan(), loadPlaces(), loadMentions()]).then(([plan, places, mentions]) => {
  data = { plan, places, mentions };
});

function attributionText(): string {
  const basemap = ATTRIBUTION.replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return `底图 Basemap: ${basemap} · 地点 Places: drawn for this project from the names in the plan; outlines are approximate or schematic (each place states its source and precision).`;
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
    data?.places.features.map((f) => f.properties.theme) ?? THEME_STYLES.map((t) => t.theme),
  );
  const legend = THEME_STYLES.filter((t) => !hidden.includes(t.theme) && present.has(t.theme));
  const citations: string[] = [];
  if (context?.cites.length)
    citations.push(
      `引用条款 Clauses cited: ${byPlanOrder(context.cites).join(', ')} (《${PLAN_FULL_NAME}》)`,
    );
  const places = emphasised();
  if (places.length) {
    const names = places.map((id) => data?.places.byId.get(id)?.properties.name_zh ?? id);
    const shown =
      names.length > 12 ? `${names.slice(0, 12).join('、')} 等 ${names.length} 处` : names.join('、');
    const clauses = byPlanOrder(
      places.flatMap((id) =>
        (data?.mentions.byPlace[id] ?? []).filter((m) => m.via !== 'group').map((m) => m.clause),
      ),
    );
    citations.push(
      `强调地点 Highlighted places: ${shown}${clauses.length ? ` — named in clauses ${clauses.join(', ')}` : ''}`,
    );
  }
  const date = new Date().toISOString().slice(0, 10);
  return {
    title,
    ...(context?.subtitle ? { subtitle: context.subtitle } : {}),
    caption: context?.caption ?? [],
    legend,
    citations,
    planName: PLAN_FULL_NAME,
    attribution: attributionText(),
    imprint: `${APP_TITLE} · ${APP_TITLE_EN} · ${date}`,
  };
}

function defaultTitle(): string {
  return context?.title ?? '上海“十四五”规划 · 市域空间格局';
}

function compose(cap: Capture, title: string): HTMLCanvasElement {
  const ctx = cap.canvas.getContext('2d');
  if (ctx)
    drawFurniture(ctx, cap.canvas.width, cap.canvas.height, cap.view, cap.pixelRatio, furnitureFor(title));
  return cap.canvas;
}

/** A composed image of the current view at a size (the map is resized meanwhile: `busy` covers it). */
export async function renderImage(size: ExportSize, title = defaultTitle()): Promise<HTMLCanvasElement> {
  await dataReady;
  const busy = h(
    'div',
    { className: 'export-busy', role: 'status' },
    h('p', {}, '正在生成图片… Preparing the image…'),
  );
  document.body.append(busy);
  try {
    return compose(await captureAt(size.width, size.height), title);
  } finally {
    busy.remove();
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Renders and downloads a PNG of the current view. */
export async function exportPng(size: ExportSize, title = defaultTitle()): Promise<Blob> {
  const canvas = await renderImage(size, title);
  const blob = await toBlob(canvas);
  download(blob, `shanghai-14fyp-${context?.slug ?? 'map'}-${size.width}x${size.height}.png`);
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
    if (cap) showSheet(compose(cap, defaultTitle()), 'A4');
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

export function closeExportDialog(): void {
  open?.remove();
  open = null;
}

/** The export dialog: size, title, download or print. `sizeId` preselects a size. */
export function openExportDialog(sizeId = '1920x1080'): HTMLElement {
  closeExportDialog();
  installPrint();
  const before = document.activeElement as HTMLElement | null;
  const status = h('p', { className: 'export-status', role: 'status' });
  const titleInput = h('input', { type: 'text', className: 'export-title', value: defaultTitle() });
  const radios = EXPORT_SIZES.map((s) =>
    h(
      'label',
      { className: 'export-size' },
      h('input', { type: 'radio', name: 'export-size', value: s.id, checked: s.id === sizeId }),
      ' ',
      s.label,
    ),
  );
  const chosen = (): ExportSize => {
    const v = (dialog.querySelector('input[name="export-size"]:checked') as HTMLInputElement | null)?.value;
    return EXPORT_SIZES.find((s) => s.id === v) ?? EXPORT_SIZES[0]!;
  };
  const close = () => {
    closeExportDialog();
    before?.focus();
  };
  const run = async (what: 'png' | 'print') => {
    const size = chosen();
    for (const b of dialog.querySelectorAll('button')) b.disabled = true;
    status.textContent = '正在生成… Preparing…';
    try {
      if (what === 'png') {
        const blob = await exportPng(size, titleInput.value.trim() || defaultTitle());
        status.textContent = `已保存 Saved: PNG ${size.width}×${size.height}, ${(blob.size / 1024 / 1024).toFixed(1)} MB`;
        dialog.dataset['lastExport'] = `${size.width}x${size.height}`;
      } else {
        await printView(size, titleInput.value.trim() || defaultTitle());
        status.textContent = '';
      }
    } catch (e) {
      status.textContent = `无法导出 Could not export: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      for (const b of dialog.querySelectorAll('button')) b.disabled = false;
    }
  };
  const dialog = h(
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
        }
      },
    },
    h('h2', { id: 'export-heading' }, '导出图片 · Export image'),
    h('fieldset', {}, h('legend', {}, '尺寸 Size (pixels)'), ...radios),
    h('label', { className: 'export-title-label' }, '标题 Title', titleInput),
    h(
      'p',
      { className: 'export-note' },
      'The image carries the title, the caption, a legend of the visible layers, a scale bar, a north arrow, the clauses cited, the plan’s name and the attribution.',
    ),
    h(
      'div',
      { className: 'export-actions' },
      h(
        'button',
        { type: 'button', className: 'btn export-download', onclick: () => void run('png') },
        '下载 PNG Download',
      ),
      h(
        'button',
        { type: 'button', className: 'btn export-print', onclick: () => void run('print') },
        '打印 Print',
      ),
      h('button', { type: 'button', className: 'btn export-cancel', onclick: close }, '关闭 Close'),
    ),
    status,
  );
  open = h(
    'div',
    { className: 'export-backdrop', onclick: (e: Event) => e.target === open && close() },
    dialog,
  );
  document.body.append(open);
  (dialog.querySelector('input[name="export-size"]:checked') as HTMLInputElement | null)?.focus();
  return dialog;
}
