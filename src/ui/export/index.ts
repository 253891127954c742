// Image export of the current map view: a PNG at a size for slides or paper at 200 dpi, with title, caption, legend,
// scale bar, north arrow, the clauses cited, the plan's name and the attribution. The same composition on paper is
// ./print.ts; the dialog that chooses the size, ./dialog.ts. A view (e.g. a tour step) says what the image is about
// with `setExportContext`.

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
import { captureAt, type Capture } from './capture';
import { drawFurniture, type CaptionLine, type Furniture, type FurnitureLine } from './compose';
import { datedSubtitle, framingFor, measureLayout, recordSlide } from './frame';
import type { Layout } from './layout';
import { quoteGloss } from '../gloss';

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

export async function englishReady(): Promise<void> {
  if (lang() !== 'en' || translations) return;
  translations = await loadTranslations().catch(() => null);
}

/** The caption as the image draws it, glosses added in English. */
export function captionFurniture(): FurnitureLine[] {
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

export function defaultTitle(): string {
  return context?.title ?? pick(activePlan().title);
}

export function compose(cap: Capture, f: Furniture, layout?: Layout, withTitle = true): HTMLCanvasElement {
  const ctx = cap.canvas.getContext('2d');
  if (ctx)
    drawFurniture(ctx, cap.canvas.width, cap.canvas.height, cap.view, cap.pixelRatio, f, layout, withTitle);
  return cap.canvas;
}

/** A composed image of the current view at a size (the map is resized meanwhile: `busy` covers it). */
export async function renderImage(size: ExportSize, title = defaultTitle()): Promise<HTMLCanvasElement> {
  return (await renderComposed(size, title)).canvas;
}

/**
 * The composed image and where its furniture went. Without the title (`withTitle` false, for a slide or a
 * handout that sets the title and caption as text), the map is still framed clear of where they would be.
 */
export async function renderComposed(
  size: ExportSize,
  title = defaultTitle(),
  withTitle = true,
): Promise<{ canvas: HTMLCanvasElement; layout: Layout | null; furniture: Furniture }> {
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
    return { canvas: compose(cap, f, layout ?? undefined, withTitle), layout, furniture: f };
  } finally {
    busy.remove();
  }
}

export function toBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('exp.encodeFailed')))), type, quality),
  );
}

/** Renders and downloads a PNG of the current view. */
export async function exportPng(size: ExportSize, title = defaultTitle()): Promise<Blob> {
  const canvas = await renderImage(size, title);
  const blob = await toBlob(canvas);
  download(blob, `${activePlan().id}-${context?.slug ?? 'map'}-${size.width}x${size.height}.png`);
  return blob;
}
