// Where the furniture of an exported image goes, measured before anything is drawn: the title and caption box (top
// left, as wide as its longest line), the legend (bottom left, as wide as its widest text), the scale bar and north
// arrow (bottom right) and the footer (full width). The map is framed into what they leave free (frame.ts), then
// compose.ts draws them where this says. Sized to the image, so that 1920×1080 and 3840×2160 look alike.

import { pick, t } from '../../i18n/i18n';
import { freeRects, type Rect } from '../../map/frame';
import { STATUS_STYLES, type ThemeStyle } from '../../map/themes';
import { glossText, type Gloss } from '../gloss';

export const CANVAS_FONT =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export interface CaptionLine {
  kind: 'quote' | 'summary';
  text: string;
  /** Clause ids the line rests on. */
  cites: string[];
  /** A quote's English gloss written by the tour (never the plan's words). */
  gloss_en?: string;
}

/** A caption line as the image draws it: in English, a quote carries its gloss, marked unofficial. */
export interface FurnitureLine extends CaptionLine {
  gloss?: Gloss;
}

export interface Furniture {
  title: string;
  subtitle?: string;
  caption: FurnitureLine[];
  /** Visible themes, in legend order. */
  legend: readonly ThemeStyle[];
  /** E.g. Clauses cited: 10.2, 10.2.1 (in the current language). */
  citations: string[];
  /** The plan's full name (the source of every quote). */
  planName: string;
  attribution: string;
  /** Bottom line: where the image comes from and when. */
  imprint: string;
}

export const INK = '#1f2328';
export const MUTED = '#5b6169';

/** A line of text at its place: `y` is its top. */
export interface TextRow {
  text: string;
  font: string;
  colour: string;
  x: number;
  y: number;
}

export interface Layout {
  /** The image's unit: 1 at 1080 pixels on the short side. */
  u: number;
  pad: number;
  title: Rect;
  titleRows: TextRow[];
  footer: Rect;
  footRows: TextRow[];
  legend: Rect;
  /** The legend's words at their places, and the right edge of the widest (inside the box by construction). */
  legendRows: TextRow[];
  legendTextRight: number;
  /** The scale bar and north arrow's box, at its widest (the bar's length depends on the map's scale). */
  scale: Rect;
}

/**
 * Splits text into lines no wider than `max`: CJK text breaks between any two characters, other text at spaces, and
 * a citation 〔…〕 stays whole.
 */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const tokens =
    text.match(
      /〔[^〕]*〕|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const next = line + t;
    if (line && ctx.measureText(next.trimEnd()).width > max) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(t) ? '' : t;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The image's font at `px` (at 1080 pixels). */
export const fontAt =
  (u: number) =>
  (px: number, weight = 400) =>
    `${weight} ${Math.round(px * u)}px ${CANVAS_FONT}`;

/** The widest of some rows, px. */
function widest(ctx: CanvasRenderingContext2D, rows: readonly TextRow[]): number {
  return Math.max(
    0,
    ...rows.map((r) => {
      ctx.font = r.font;
      return ctx.measureText(r.text).width;
    }),
  );
}

/** The footer: citations, the plan's name, attribution, imprint; full width at the bottom. */
function layoutFooter(ctx: CanvasRenderingContext2D, width: number, height: number, u: number, f: Furniture) {
  const pad = 28 * u;
  const fnt = fontAt(u)(17);
  ctx.font = fnt;
  const footW = width - 2 * pad;
  const max = footW - 24 * u;
  const lines = [
    ...f.citations.flatMap((c) => wrapText(ctx, c, max)),
    ...wrapText(ctx, t('exp.planLine', { name: f.planName }), max),
    ...wrapText(ctx, f.attribution, max),
    ...wrapText(ctx, f.imprint, max),
  ];
  const lineH = 24 * u;
  const footH = lines.length * lineH + 20 * u;
  const footer = { x: pad, y: height - pad - footH, width: footW, height: footH };
  const footRows = lines.map((text, i) => ({
    text,
    font: fnt,
    colour: i < f.citations.length ? INK : MUTED,
    x: pad + 12 * u,
    y: footer.y + 10 * u + i * lineH,
  }));
  return { footer, footRows };
}

/** The title and caption, top left: wrapped to at most 46% of the width, the box as wide as its longest line. */
function layoutTitle(ctx: CanvasRenderingContext2D, width: number, u: number, f: Furniture) {
  const pad = 28 * u;
  const font = fontAt(u);
  const inner = Math.min(width * 0.46, 920 * u) - 32 * u;
  const blocks: { text: string; font: string; colour: string; gap: number; h: number }[] = [];
  const add = (text: string, fnt: string, colour: string, h: number, gap = 0) => {
    ctx.font = fnt;
    wrapText(ctx, text, inner).forEach((line, i) =>
      blocks.push({ text: line, font: fnt, colour, gap: i === 0 ? gap : 0, h: h * u }),
    );
  };
  add(f.title, font(40, 700), INK, 52);
  if (f.subtitle) add(f.subtitle, font(20), MUTED, 28);
  for (const part of f.caption.slice(0, 6)) {
    const cite = part.cites.length ? `〔${part.cites.join(', ')}〕` : '';
    const text =
      part.kind === 'quote'
        ? `「${part.text}」${cite}` // corner brackets: the plan's words often hold their own “…”
        : `${t('exp.summary', { text: part.text })} ${cite}`;
    add(text, font(22, part.kind === 'quote' ? 500 : 400), part.kind === 'quote' ? INK : MUTED, 32, 10 * u);
    // Under its quote, smaller and muted, the marker first: a translation never passes for the plan's words.
    if (part.gloss) add(glossText(part.gloss), `italic ${font(19)}`, MUTED, 27);
  }
  let y = pad + 16 * u;
  const titleRows = blocks.map((b) => {
    y += b.gap;
    const row = { text: b.text, font: b.font, colour: b.colour, x: pad + 16 * u, y };
    y += b.h;
    return row;
  });
  const title = { x: pad, y: pad, width: widest(ctx, titleRows) + 32 * u, height: y - pad + 16 * u };
  return { title, titleRows };
}

/** The legend, bottom left above the footer: the visible themes, then the status key in two columns. */
function layoutLegend(ctx: CanvasRenderingContext2D, u: number, footer: Rect, f: Furniture) {
  const font = fontAt(u);
  const rowH = 30 * u;
  const x = footer.x;
  const statusRows = Math.ceil(STATUS_STYLES.length / 2);
  const height = 14 * u + rowH + f.legend.length * rowH + 10 * u + statusRows * rowH + 12 * u;
  const y = footer.y - 14 * u - height;
  const rows: TextRow[] = [
    { text: t('exp.legend'), font: font(20, 700), colour: INK, x: x + 16 * u, y: y + 14 * u },
  ];
  f.legend.forEach((theme, i) =>
    rows.push({
      text: pick(theme),
      font: font(19),
      colour: INK,
      x: x + 66 * u,
      y: y + 14 * u + rowH * (i + 1) + 3 * u,
    }),
  );
  // The status key: each a line sample (34) and its words, both languages; a column as wide as its widest.
  const statusFont = font(16);
  ctx.font = statusFont;
  const statusText = STATUS_STYLES.map((s) => `${s.zh} ${s.en}`);
  const colW = Math.max(...statusText.map((s) => ctx.measureText(s).width)) + 42 * u + 18 * u;
  const sy0 = y + 14 * u + rowH * (f.legend.length + 1) + 10 * u;
  statusText.forEach((text, i) =>
    rows.push({
      text,
      font: statusFont,
      colour: MUTED,
      x: x + 16 * u + (i % 2) * colW + 42 * u,
      y: sy0 + Math.floor(i / 2) * rowH + 3 * u,
    }),
  );
  const textRight = Math.max(
    ...rows.map((r) => {
      ctx.font = r.font;
      return r.x + ctx.measureText(r.text).width;
    }),
  );
  const legend = { x, y, width: textRight - x + 16 * u, height };
  return { legend, legendRows: rows, legendTextRight: textRight };
}

export function layoutFurniture(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  f: Furniture,
): Layout {
  const u = Math.min(width, height) / 1080;
  const pad = 28 * u;
  const { footer, footRows } = layoutFooter(ctx, width, height, u, f);
  const { title, titleRows } = layoutTitle(ctx, width, u, f);
  const { legend, legendRows, legendTextRight } = layoutLegend(ctx, u, footer, f);
  // The scale box at its widest: a bar of at most 240 (compose.ts) and the north arrow.
  const scaleW = 350 * u;
  const scaleH = 96 * u;
  const scale = { x: width - pad - scaleW, y: footer.y - 14 * u - scaleH, width: scaleW, height: scaleH };
  return { u, pad, title, titleRows, footer, footRows, legend, legendRows, legendTextRight, scale };
}

/** The parts of the image the furniture leaves free for the map's subject (a margin from each box and edge). */
export function freeArea(layout: Layout, width: number, height: number): Rect[] {
  const { title, footer, legend, scale, u } = layout;
  return freeRects({ width, height }, [title, footer, legend, scale], 28 * u);
}
