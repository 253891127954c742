// Fixed facts of the map: the region it covers, the first view, the attribution it must show.

/** Lon/lat bounds of the region the data covers (the validation box of every curated feature). */
export const REGION = { west: 119.8, south: 30.4, east: 122.4, north: 32.2 } as const;

/** How far the camera may go: the region plus a margin, so the map cannot be panned away from Shanghai. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [REGION.west - 0.6, REGION.south - 0.4],
  [REGION.east + 0.6, REGION.north + 0.4],
];

/** The first view fits the municipality and the demonstration zone (Qingpu, Wujiang, Jiashan). */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [120.35, 30.68],
  [122.0, 31.88],
];

export const MIN_ZOOM = 6.5;
export const MAX_ZOOM = 17;

/** Default camera when the URL holds none (close to HOME_BOUNDS on a 1280×800 window). */
export const DEFAULT_VIEW = { lon: 121.18, lat: 31.25, zoom: 8.6, bearing: 0, pitch: 0 } as const;

export const ATTRIBUTION =
  'Coast and rivers: GSHHG (Wessel &amp; Smith, LGPL-3+) · Reclaimed land: © OpenStreetMap contributors (ODbL) · Districts: Apache ECharts (Apache-2.0) · Borders: DCW-GMT (LGPL-3+)';

/** How long an online basemap may take to load before the embedded one replaces it. */
export const ONLINE_BASEMAP_TIMEOUT_MS = 6000;

/** Where built data lives, relative to the page (works under any base path). */
export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}
