// Draws the furniture of an exported map image on a 2D canvas, over the captured map, where layout.ts put it: title
// and caption, legend of the visible layers, scale bar, north arrow, the clauses cited, the plan's name and the
// attribution. Canvas text only (no HTML).

import { t } from '../../i18n/i18n';
import { STATUS_STYLES, type RGB } from '../../map/themes';
import type { CapturedView } from './capture';
import { fontAt, INK, layoutFurniture, MUTED, type Furniture, type Layout, type TextRow } from './layout';

export { CANVAS_FONT, wrapText, type CaptionLine, type Furniture, type FurnitureLine } from './layout';

const css = (c: RGB, a = 1) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

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

function panel(
  ctx: CanvasRenderingContext2D,
  box: { x: number; y: number; width: number; height: number },
  u: number,
): void {
  const { x, y, width: w, height: h } = box;
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

function text(ctx: CanvasRenderingContext2D, rows: readonly TextRow[]): void {
  for (const r of rows) {
    ctx.font = r.font;
    ctx.fillStyle = r.colour;
    ctx.fillText(r.text, r.x, r.y);
  }
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

/** The legend: a swatch before each theme's name, a line sample before each status. */
function drawLegend(ctx: CanvasRenderingContext2D, layout: Layout, f: Furniture): void {
  const { u, legend, legendRows } = layout;
  panel(ctx, legend, u);
  text(ctx, legendRows);
  f.legend.forEach((x, i) => {
    const row = legendRows[i + 1];
    if (!row) return;
    const sx = legend.x + 16 * u;
    const ry = row.y - 3 * u;
    ctx.fillStyle = css(x.colour, 0.25);
    ctx.fillRect(sx, ry + 4 * u, 26 * u, 18 * u);
    ctx.strokeStyle = css(x.colour);
    ctx.lineWidth = 2.5 * u;
    ctx.strokeRect(sx, ry + 4 * u, 26 * u, 18 * u);
    ctx.beginPath();
    ctx.moveTo(sx + 14 * u, ry + 20 * u);
    ctx.lineTo(sx + 40 * u, ry + 6 * u);
    ctx.stroke();
  });
  STATUS_STYLES.forEach((s, i) => {
    const row = legendRows[f.legend.length + 1 + i];
    if (!row) return;
    const sx = row.x - 42 * u;
    const sy = row.y - 3 * u;
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 3 * u;
    ctx.setLineDash(s.svgDash ? s.svgDash.split(' ').map((n) => Number(n) * u) : []);
    ctx.beginPath();
    ctx.moveTo(sx, sy + 12 * u);
    ctx.lineTo(sx + 34 * u, sy + 12 * u);
    ctx.stroke();
    ctx.setLineDash([]);
  });
}

/** The scale bar and the north arrow, right-aligned in the box the layout keeps for them. */
function drawScale(
  ctx: CanvasRenderingContext2D,
  layout: Layout,
  view: CapturedView,
  pixelRatio: number,
): void {
  const { u, scale } = layout;
  const font = fontAt(u);
  const mpp = metresPerPixel(view, pixelRatio);
  const metres = niceLength(mpp * 240 * u);
  const barPx = metres / mpp;
  const boxW = Math.min(scale.width, Math.max(barPx, 120 * u) + 110 * u);
  const boxH = scale.height;
  const bx = scale.x + scale.width - boxW;
  const by = scale.y;
  panel(ctx, { x: bx, y: by, width: boxW, height: boxH }, u);
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

/** Draws the furniture where `layout` (made for this image and furniture) puts it. */
export function drawFurniture(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  view: CapturedView,
  pixelRatio: number,
  f: Furniture,
  layout: Layout = layoutFurniture(ctx, width, height, f),
  /** False: the title and caption are left out (set as text beside the image), their place kept clear. */
  withTitle = true,
): void {
  ctx.textBaseline = 'top';
  panel(ctx, layout.footer, layout.u);
  text(ctx, layout.footRows);
  if (withTitle) {
    panel(ctx, layout.title, layout.u);
    text(ctx, layout.titleRows);
  }
  drawLegend(ctx, layout, f);
  drawScale(ctx, layout, view, pixelRatio);
}
