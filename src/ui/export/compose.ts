// Draws the furniture of an exported map image on a 2D canvas, over the captured map: title and caption, legend
// of the visible layers, scale bar, north arrow, the clauses cited, the plan's name and the attribution.
// Canvas text only (no HTML), sized to the image so that 1920×1080 and 3840×2160 look alike.

import { pick, t } from '../../i18n/i18n';
import { STATUS_STYLES, type RGB, type ThemeStyle } from '../../map/themes';
import type { CapturedView } from './capture';
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

const INK = '#1f2328';
const MUTED = '#5b6169';
const css = (c: RGB, a = 1) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

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

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, u: number): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.18)';
  ctx.shadowBlur = 10 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  roundRect(ctx, x, y, w, h, 8 * u);
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = '#d9d6cf';
  ctx.lineWidth = Math.max(1, u);
  roundRect(ctx, x, y, w, h, 8 * u);
  ctx.stroke();
}

/** A round length for a scale bar at most `maxMetres` long. */
export function niceLength(maxMetres: number): number {
  const p = 10 ** Math.floor(Math.log10(maxMetres));
  for (const m of [5, 2, 1]) if (m * p <= maxMetres) return m * p;
  return p;
}

/** Metres per image pixel at the view's centre (Web Mercator, 512-pixel tiles). */
export function metresPerPixel(view: CapturedView, pixelRatio: number): number {
  return (40075016.686 * Math.cos((view.center[1] * Math.PI) / 180)) / (512 * 2 ** view.zoom) / pixelRatio;
}

export function drawFurniture(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  view: CapturedView,
  pixelRatio: number,
  f: Furniture,
): void {
  const u = Math.min(width, height) / 1080;
  const pad = 28 * u;
  const font = (px: number, weight = 400) => `${weight} ${Math.round(px * u)}px ${CANVAS_FONT}`;
  ctx.textBaseline = 'top';

  // Footer: citations, the plan's name, attribution, imprint; full width.
  ctx.font = font(17);
  const footW = width - 2 * pad;
  const footLines = [
    ...f.citations.flatMap((c) => wrapText(ctx, c, footW - 24 * u)),
    ...wrapText(ctx, t('exp.planLine', { name: f.planName }), footW - 24 * u),
    ...wrapText(ctx, f.attribution, footW - 24 * u),
    ...wrapText(ctx, f.imprint, footW - 24 * u),
  ];
  const lineH = 24 * u;
  const footH = footLines.length * lineH + 20 * u;
  const footY = height - pad - footH;
  panel(ctx, pad, footY, footW, footH, u);
  footLines.forEach((l, i) => {
    ctx.fillStyle = i < f.citations.length ? INK : MUTED;
    ctx.fillText(l, pad + 12 * u, footY + 10 * u + i * lineH);
  });

  // Title and caption, top left.
  const titleW = Math.min(width * 0.46, 920 * u);
  const inner = titleW - 32 * u;
  ctx.font = font(40, 700);
  const titleLines = wrapText(ctx, f.title, inner);
  const blocks: { text: string; font: string; colour: string; gap: number; h: number }[] = [];
  for (const t of titleLines) blocks.push({ text: t, font: font(40, 700), colour: INK, gap: 0, h: 52 * u });
  if (f.subtitle) {
    ctx.font = font(20);
    for (const t of wrapText(ctx, f.subtitle, inner))
      blocks.push({ text: t, font: font(20), colour: MUTED, gap: 0, h: 28 * u });
  }
  for (const part of f.caption.slice(0, 6)) {
    const cite = part.cites.length ? `〔${part.cites.join(', ')}〕` : '';
    const text =
      part.kind === 'quote'
        ? `「${part.text}」${cite}` // corner brackets: the plan's words often hold their own “…”
        : `${t('exp.summary', { text: part.text })} ${cite}`;
    const fnt = font(22, part.kind === 'quote' ? 500 : 400);
    ctx.font = fnt;
    wrapText(ctx, text, inner).forEach((t, i) =>
      blocks.push({
        text: t,
        font: fnt,
        colour: part.kind === 'quote' ? INK : MUTED,
        gap: i === 0 ? 10 * u : 0,
        h: 32 * u,
      }),
    );
    if (part.gloss) {
      // Under its quote, smaller and muted, the marker first: a translation never passes for the plan's words.
      const gf = `italic ${font(19)}`;
      ctx.font = gf;
      for (const t of wrapText(ctx, glossText(part.gloss), inner))
        blocks.push({ text: t, font: gf, colour: MUTED, gap: 0, h: 27 * u });
    }
  }
  const titleH = blocks.reduce((s, b) => s + b.gap + b.h, 0) + 32 * u;
  panel(ctx, pad, pad, titleW, titleH, u);
  let y = pad + 16 * u;
  for (const b of blocks) {
    y += b.gap;
    ctx.font = b.font;
    ctx.fillStyle = b.colour;
    ctx.fillText(b.text, pad + 16 * u, y);
    y += b.h;
  }

  // Legend, bottom left above the footer.
  const rowH = 30 * u;
  ctx.font = font(19);
  const labels = f.legend.map((x) => pick(x));
  const statusLabels = STATUS_STYLES.map((s) => pick(s));
  const textW = Math.max(
    ctx.measureText(t('exp.legend')).width,
    ...labels.map((l) => ctx.measureText(l).width),
  );
  ctx.font = font(16);
  // The status key in two columns: each a line sample (34) and its label.
  const statusW = Math.max(...statusLabels.map((l) => ctx.measureText(l).width)) + 42 * u + 14 * u;
  const legW = Math.max(16 * u + 40 * u + 10 * u + textW + 16 * u, 32 * u + 2 * statusW);
  const statusRows = Math.ceil(STATUS_STYLES.length / 2);
  const legH = 14 * u + rowH + labels.length * rowH + 10 * u + statusRows * rowH + 12 * u;
  const legX = pad;
  const legY = footY - 14 * u - legH;
  panel(ctx, legX, legY, legW, legH, u);
  ctx.font = font(20, 700);
  ctx.fillStyle = INK;
  ctx.fillText(t('exp.legend'), legX + 16 * u, legY + 14 * u);
  ctx.font = font(19);
  f.legend.forEach((x, i) => {
    const ry = legY + 14 * u + rowH * (i + 1);
    const sx = legX + 16 * u;
    ctx.fillStyle = css(x.colour, 0.25);
    ctx.fillRect(sx, ry + 4 * u, 26 * u, 18 * u);
    ctx.strokeStyle = css(x.colour);
    ctx.lineWidth = 2.5 * u;
    ctx.strokeRect(sx, ry + 4 * u, 26 * u, 18 * u);
    ctx.beginPath();
    ctx.moveTo(sx + 14 * u, ry + 20 * u);
    ctx.lineTo(sx + 40 * u, ry + 6 * u);
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.fillText(labels[i] ?? '', sx + 50 * u, ry + 3 * u);
  });
  const sy0 = legY + 14 * u + rowH * (labels.length + 1) + 10 * u;
  const colW = statusW;
  STATUS_STYLES.forEach((s, i) => {
    const sx = legX + 16 * u + (i % 2) * colW;
    const sy = sy0 + Math.floor(i / 2) * rowH;
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 3 * u;
    ctx.setLineDash(s.svgDash ? s.svgDash.split(' ').map((n) => Number(n) * u) : []);
    ctx.beginPath();
    ctx.moveTo(sx, sy + 12 * u);
    ctx.lineTo(sx + 34 * u, sy + 12 * u);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = MUTED;
    ctx.font = font(16);
    ctx.fillText(s.zh + ' ' + s.en, sx + 42 * u, sy + 3 * u);
  });

  // Scale bar and north arrow, bottom right above the footer.
  const mpp = metresPerPixel(view, pixelRatio);
  const metres = niceLength(mpp * 240 * u);
  const barPx = metres / mpp;
  const boxW = Math.max(barPx, 120 * u) + 110 * u;
  const boxH = 96 * u;
  const bx = width - pad - boxW;
  const by = footY - 14 * u - boxH;
  panel(ctx, bx, by, boxW, boxH, u);
  const x0 = bx + 16 * u;
  const yb = by + 58 * u;
  ctx.fillStyle = INK;
  ctx.fillRect(x0, yb, barPx / 2, 8 * u);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * u;
  ctx.strokeRect(x0, yb, barPx, 8 * u);
  ctx.font = font(18);
  ctx.fillText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, x0, by + 16 * u);
  ctx.font = font(13);
  ctx.fillStyle = MUTED;
  if (view.pitch > 1) ctx.fillText(t('exp.tilted'), x0, yb + 14 * u);
  // North arrow: points to north, turned with the map's bearing.
  const ax = bx + boxW - 44 * u;
  const ay = by + boxH / 2 + 6 * u;
  ctx.save();
  ctx.translate(ax, ay);
  ctx.rotate((-view.bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -26 * u);
  ctx.lineTo(12 * u, 16 * u);
  ctx.lineTo(0, 8 * u);
  ctx.lineTo(-12 * u, 16 * u);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.restore();
  ctx.font = font(16, 700);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.fillText(t('exp.north'), ax, by + 6 * u);
  ctx.textAlign = 'start';
}
