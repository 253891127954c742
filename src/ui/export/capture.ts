// Reads the map as pixels for image export and print: MapLibre's canvas (deck.gl draws into it, interleaved) drawn
// into a 2D canvas. It does not keep its drawing buffer, so it is redrawn and read in one task.
// At a chosen size, the map's container is resized off-screen (same centre and zoom, a pixel ratio that keeps the
// view's extent) until both have drawn at that size, then put back.

import type { Map as MapLibreMap } from 'maplibre-gl';
import { getMap } from '../../map/bridge';
import { STRONG_LABEL_LAYERS } from '../../map/place-labels';
import { setHover } from '../../state/store';

export interface CapturedView {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Capture {
  canvas: HTMLCanvasElement;
  view: CapturedView;
  /** Output pixels per CSS pixel of the map as drawn (for the scale bar and the size of the furniture). */
  pixelRatio: number;
  /** The framing's points on the image, pixels. */
  projected: [number, number][];
  /** The places labelled strong on the image (the emphasised ones whose names found room). */
  labelled: string[];
}

/** How an image frames the map: the camera for its size, and points to find on it (the subject's corners). */
export interface Framing {
  /** The camera to draw with, for the map's view now and the size it is drawn at (CSS pixels). */
  camera: (view: CapturedView, css: { width: number; height: number }, pixelRatio: number) => CapturedView;
  points: [number, number][];
}

function viewOf(map: MapLibreMap): CapturedView {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** The emphasised places whose strong labels the map shows now. */
function labelled(map: MapLibreMap): string[] {
  const layers = STRONG_LABEL_LAYERS.filter((id) => map.getLayer(id));
  const found = layers.length ? map.queryRenderedFeatures({ layers }) : [];
  return [...new Set(found.map((f) => String(f.properties['id'])))];
}

/** Draws the map now into a new canvas of `width`×`height` (on a white background). */
function drawMap(map: MapLibreMap, width: number, height: number): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot make a 2D canvas.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  map.redraw();
  ctx.drawImage(map.getCanvas(), 0, 0, width, height);
  return out;
}

/** The map as it is on screen now, at the screen's resolution (synchronous: used before printing). */
export function captureNow(): Capture | null {
  const map = getMap();
  if (!map) return null;
  const c = map.getCanvas();
  const css = map.getContainer().clientWidth || 1;
  return {
    canvas: drawMap(map, c.width, c.height),
    view: viewOf(map),
    pixelRatio: c.width / css,
    projected: [],
    labelled: labelled(map),
  };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Waits (a frame at a time, at most `ms`) until `ok()` holds. */
async function until(ok: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) return false;
    await frame();
  }
  return true;
}

/**
 * The map's current view at `width`×`height` pixels, or the camera `framing` chooses for that size. The map is resized
 * meanwhile (cover it while this runs), then put back as it was.
 */
export async function captureAt(width: number, height: number, framing?: Framing): Promise<Capture> {
  const map = getMap();
  if (!map) throw new Error('The map is not ready (or this browser cannot draw it).');
  const container = map.getContainer();
  const wrap = container.parentElement;
  const cw = container.clientWidth || 1;
  const ch = container.clientHeight || 1;
  // CSS size with the view's aspect changed to the image's, covering at least what is on screen now.
  const ratio = Math.min(width / cw, height / ch);
  const cssW = Math.round(width / ratio);
  const cssH = Math.round(height / ratio);
  const before = viewOf(map);
  const view = framing ? framing.camera(before, { width: cssW, height: cssH }, ratio) : before;
  const savedStyle = container.getAttribute('style');
  const savedOverflow = wrap?.style.overflow ?? '';
  const jump = (v: CapturedView) =>
    map.jumpTo({ center: v.center, zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
  setHover(null);
  try {
    if (wrap) wrap.style.overflow = 'hidden';
    Object.assign(container.style, {
      right: 'auto',
      bottom: 'auto',
      width: `${cssW}px`,
      height: `${cssH}px`,
    });
    map.setPixelRatio(ratio);
    jump(view);
    const mapCanvas = map.getCanvas();
    const near = (a: number, b: number) => Math.abs(a - b) <= 2;
    await until(() => near(mapCanvas.width, width) && near(mapCanvas.height, height), 5000);
    // Everything the new extent needs is loaded and drawn (a frame first, so that the map has asked for it)…
    map.triggerRepaint();
    await frame();
    await frame();
    if (!map.loaded()) await map.once('idle');
    await frame();
    const projected = (framing?.points ?? []).map((p): [number, number] => {
      const q = map.project(p);
      return [q.x * ratio, q.y * ratio];
    });
    return {
      canvas: drawMap(map, width, height),
      view: viewOf(map),
      pixelRatio: ratio,
      projected,
      labelled: labelled(map),
    };
  } finally {
    if (savedStyle === null) container.removeAttribute('style');
    else container.setAttribute('style', savedStyle);
    if (wrap) wrap.style.overflow = savedOverflow;
    // null: follow the screen's devicePixelRatio again (MapLibre's documented reset).
    map.setPixelRatio(null as unknown as number);
    map.resize();
    jump(before);
  }
}
