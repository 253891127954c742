// Framing a subject (a tour step's places, the places an image is about) in the part of a view that nothing covers:
// a slide's title box, footer and legend, or the tour's caption card, toolbar and the map's controls on screen. Pure
// Web Mercator arithmetic (512-pixel tiles, as MapLibre), so that the app and the image export frame alike and
// tests/unit/frame.test.ts can check it without a map.

import { bbox, featureCollection } from '@turf/turf';
import type { PlaceFeature } from '../data/types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** [west, south, east, north], degrees. */
export type LonLatBounds = [number, number, number, number];

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The least width or height of a free rectangle worth fitting into, px. */
const MIN_SIDE = 48;

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;

/** Whether two rectangles share more than an edge. */
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);

/** Whether `inner` lies within `outer` (to a tenth of a pixel). */
export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x - 0.1 &&
  inner.y >= outer.y - 0.1 &&
  right(inner) <= right(outer) + 0.1 &&
  bottom(inner) <= bottom(outer) + 0.1;

/**
 * The rectangles of a `view` that no obstacle covers, `margin` away from them and from the edges: every rectangle
 * whose sides lie on the view's edges or on the obstacles' (the largest empty ones are among them).
 */
export function freeRects(view: Size, obstacles: readonly Rect[], margin: number): Rect[] {
  const boxes = obstacles.filter((o) => o.width > 0 && o.height > 0);
  const lefts = [margin, ...boxes.map((o) => right(o) + margin)];
  const rights = [view.width - margin, ...boxes.map((o) => o.x - margin)];
  const tops = [margin, ...boxes.map((o) => bottom(o) + margin)];
  const bottoms = [view.height - margin, ...boxes.map((o) => o.y - margin)];
  const out: Rect[] = [];
  const grown = boxes.map((o) => ({
    x: o.x - margin + 0.5,
    y: o.y - margin + 0.5,
    width: o.width + 2 * margin - 1,
    height: o.height + 2 * margin - 1,
  }));
  for (const l of lefts)
    for (const r of rights)
      for (const t of tops)
        for (const b of bottoms) {
          if (l < margin - 0.5 || t < margin - 0.5 || r > view.width - margin + 0.5) continue;
          if (b > view.height - margin + 0.5 || r - l < MIN_SIDE || b - t < MIN_SIDE) continue;
          const rect = { x: l, y: t, width: r - l, height: b - t };
          if (!grown.some((o) => overlaps(o, rect))) out.push(rect);
        }
  // Only the largest: none inside another.
  return out.filter((a, i) => !out.some((b, j) => j !== i && contains(b, a) && (!contains(a, b) || j < i)));
}

/** Web Mercator pixel coordinates of a point at zoom 0. */
function world([lon, lat]: readonly [number, number]): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * 512, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * 512];
}

function unworld([x, y]: readonly [number, number]): [number, number] {
  const lon = (x / 512) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 512))) * 180) / Math.PI;
  return [lon, lat];
}

/** Where `bounds` lie on a `view` seen by a north-up, untilted `camera`. */
export function projectBounds(
  bounds: LonLatBounds,
  camera: Pick<Camera, 'center' | 'zoom'>,
  view: Size,
): Rect {
  const k = 2 ** camera.zoom;
  const [cx, cy] = world(camera.center);
  const [x0, y0] = world([bounds[0], bounds[3]]);
  const [x1, y1] = world([bounds[2], bounds[1]]);
  return {
    x: (x0 - cx) * k + view.width / 2,
    y: (y0 - cy) * k + view.height / 2,
    width: (x1 - x0) * k,
    height: (y1 - y0) * k,
  };
}

/** How far a map may go: its bounds ([[west, south], [east, north]]) and zoom range, as MapLibre keeps them. */
export interface Limits {
  bounds: [[number, number], [number, number]];
  minZoom: number;
  maxZoom: number;
}

const clamp = (v: number, lo: number, hi: number) =>
  lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));

/** The camera as a map with these limits shows it: zoomed in until the view fits the bounds, the centre kept in. */
export function constrain(camera: Camera, view: Size, limits?: Limits): Camera {
  if (!limits) return camera;
  const [[w, s], [e, n]] = limits.bounds;
  const [x0, y0] = world([w, n]);
  const [x1, y1] = world([e, s]);
  const fitZoom = Math.max(Math.log2(view.width / (x1 - x0)), Math.log2(view.height / (y1 - y0)));
  const zoom = Math.min(limits.maxZoom, Math.max(camera.zoom, limits.minZoom, fitZoom));
  const k = 2 ** zoom;
  const [cx, cy] = world(camera.center);
  const x = clamp(cx * k, x0 * k + view.width / 2, x1 * k - view.width / 2);
  const y = clamp(cy * k, y0 * k + view.height / 2, y1 * k - view.height / 2);
  return { ...camera, zoom, center: unworld([x / k, y / k]) };
}

/** The camera at `zoom` that puts the centre of `bounds` on the centre of `r`. */
function centredIn(bounds: LonLatBounds, camera: Camera, view: Size, r: Rect, zoom: number): Camera {
  const [x0, y0] = world([bounds[0], bounds[3]]);
  const [x1, y1] = world([bounds[2], bounds[1]]);
  const k = 2 ** zoom;
  const mx = ((x0 + x1) / 2) * k - (r.x + r.width / 2 - view.width / 2);
  const my = ((y0 + y1) / 2) * k - (r.y + r.height / 2 - view.height / 2);
  return { ...camera, center: unworld([mx / k, my / k]), zoom };
}

/**
 * The camera that shows `bounds` inside one of the `free` rectangles of a `view`: `camera` itself when it already
 * does; else the subject centred in the rectangle that shows it largest, zoomed out as far as it must be to fit
 * (never in closer than `camera`, which chose how much of the surroundings to show), and further while the map's
 * `limits` would push it out of place. A turned or tilted camera is kept as it is (this arithmetic is north-up); so
 * is one with no free rectangle to fit into.
 */
export function frameSubject(
  bounds: LonLatBounds,
  camera: Camera,
  view: Size,
  free: readonly Rect[],
  limits?: Limits,
): Camera {
  if (camera.bearing !== 0 || camera.pitch !== 0 || free.length === 0) return camera;
  const shows = (c: Camera) => {
    const at = projectBounds(bounds, c, view);
    return free.some((r) => contains(r, at));
  };
  if (shows(constrain(camera, view, limits))) return camera;
  const [x0, y0] = world([bounds[0], bounds[3]]);
  const [x1, y1] = world([bounds[2], bounds[1]]);
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const scale = (r: Rect) => Math.min(r.width / w, r.height / h);
  // The rectangles that show the subject largest first (the larger first among equals).
  const rects = [...free].sort((a, b) => scale(b) - scale(a) || b.width * b.height - a.width * a.height);
  const top = Math.min(camera.zoom, Math.log2(scale(rects[0]!)));
  const first = centredIn(bounds, camera, view, rects[0]!, top);
  const lowest = Math.max(limits?.minZoom ?? top - 3, top - 3);
  for (let zoom = top; zoom >= lowest; zoom -= 0.1)
    for (const r of rects) {
      if (Math.log2(scale(r)) < zoom) break;
      const c = constrain(centredIn(bounds, camera, view, r, zoom), view, limits);
      if (shows(c)) return c;
    }
  return first;
}

/** The places a view is about, by id (an overview without any has no particular subject: its view is kept). */
export function subjectPlaces(features: readonly PlaceFeature[], ids: readonly string[]): PlaceFeature[] {
  return features.filter((f) => ids.includes(f.properties.id));
}

/** The bounds of some places; null for none. */
export function boundsOf(features: readonly PlaceFeature[]): LonLatBounds | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox(featureCollection([...features]));
  return [w, s, e, n];
}
