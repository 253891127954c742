// Moves the camera to show places: one selected from search or a link, or all the places a clause names. The panel
// lies over the map (on the right; on a phone, a sheet at the bottom), and so do the map's own controls (the
// legend, the places-in-view list, the zoom buttons, the attribution): the places are fitted into the largest part
// of the map that none of them covers.

import { bbox, featureCollection } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { store } from '../state/store';
import type { PlaceFeature } from '../data/types';
import { freeRects, type LonLatBounds, type Rect, type Size } from './frame';

const MARGIN = 48;
/** The least of the map left to fit into, px. */
const MIN_FREE = 120;
/** How far the places stay from what covers the map, px. */
const CLEARANCE = 16;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The map's padding for what the panel covers: it is open on a place's or a clause's route. */
export function panelPadding(
  map: { width: number; height: number },
  panel: { width: number; height: number; open: boolean; sheet: boolean },
): Padding {
  const pad = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
  if (panel.open && panel.sheet) pad.bottom += Math.min(panel.height, map.height - 2 * MARGIN - MIN_FREE);
  if (panel.open && !panel.sheet) pad.right += Math.min(panel.width, map.width - 2 * MARGIN - MIN_FREE);
  pad.bottom = Math.max(MARGIN, pad.bottom);
  pad.right = Math.max(MARGIN, pad.right);
  return pad;
}

/** Where the panel lies over a map of size `view`: a column on the right, or a sheet at the bottom. */
export function panelRect(
  view: Size,
  panel: { width: number; height: number; open: boolean; sheet: boolean },
): Rect | null {
  if (!panel.open) return null;
  return panel.sheet
    ? { x: 0, y: view.height - panel.height, width: view.width, height: panel.height }
    : { x: view.width - panel.width, y: 0, width: panel.width, height: view.height };
}

/**
 * The padding that fits `bounds` into the free part of the view that shows them largest (Web Mercator: their
 * aspect is kept at any zoom, so the comparison holds at every zoom); `fallback` when no free part is big enough.
 */
export function fitPadding(
  bounds: LonLatBounds,
  view: Size,
  obstacles: readonly Rect[],
  fallback: Padding,
): Padding {
  const free = freeRects(view, obstacles, CLEARANCE).filter(
    (r) => r.width >= MIN_FREE && r.height >= MIN_FREE,
  );
  if (free.length === 0) return fallback;
  const [w, s, e, n] = bounds;
  const lat = (d: number) => Math.log(Math.tan(Math.PI / 4 + (d * Math.PI) / 360));
  const bw = Math.max((e - w) * (Math.PI / 180), 1e-9);
  const bh = Math.max(lat(n) - lat(s), 1e-9);
  const scale = (r: Rect) => Math.min(r.width / bw, r.height / bh);
  const best = free.reduce((a, b) => (scale(b) > scale(a) ? b : a));
  // A little air around the places inside the free part, as much as it can spare.
  const air = Math.min(32, best.width / 8, best.height / 8);
  return {
    top: best.y + air,
    left: best.x + air,
    right: view.width - (best.x + best.width) + air,
    bottom: view.height - (best.y + best.height) + air,
  };
}

/** The map's own controls that lie over it (MapLibre's, in its container), in the map's pixels. */
function controlRects(map: MapLibreMap): Rect[] {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height }));
}

export function fitToPlaces(map: MapLibreMap, features: readonly PlaceFeature[], animate = true): void {
  if (features.length === 0) return;
  const [w, s, e, n] = bbox(featureCollection([...features]));
  const {
    route: [route],
    panel,
    overMap,
  } = store.getState();
  const container = map.getContainer();
  const view = { width: container.clientWidth, height: container.clientHeight };
  const box = {
    // Before the panel has drawn, the size it will have: 45% of the window beside, 47% of the map below.
    width: panel.visible ? panel.width : Math.min(576, window.innerWidth * 0.45),
    height: panel.visible ? panel.height : view.height * 0.47,
    open: route === 'place' || route === 'clause',
    sheet: window.innerWidth < 700,
  };
  const covered = panelRect(view, box);
  const padding = fitPadding(
    [w, s, e, n],
    view,
    [...controlRects(map), ...Object.values(overMap), ...(covered ? [covered] : [])],
    panelPadding(view, box),
  );
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom: 13.5, duration: animate ? 700 : 0 },
  );
}
