// The MapLibre map: the embedded basemap by default, an online style when asked for (and, from a link, agreed to:
// src/ui/basemap-consent.ts), falling back to the embedded one (with a notice) when it cannot be had in time.

import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { ONLINE_BASEMAP_TIMEOUT_MS } from '../config';
import { activePlan, viewLimits } from '../data/active-plan';
import { loadPlanData } from '../data/load';
import { pick } from '../i18n/i18n';
import { store } from '../state/store';
import type { View } from '../data/plan-manifest';
import { LOCAL_FONT_FAMILY, buildBasemapStyle, type BasemapData } from './basemap-style';

setWorkerUrl(workerUrl);

export function loadBasemapData(): Promise<BasemapData> {
  return loadPlanData<BasemapData>('basemap.json');
}

/** Plain text as HTML (MapLibre shows a custom attribution as HTML). */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Fetches an online style, giving up after the timeout. */
async function fetchOnlineStyle(url: string): Promise<StyleSpecification> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), ONLINE_BASEMAP_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: ctl.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as StyleSpecification;
  } finally {
    clearTimeout(timer);
  }
}

export interface BasemapResult {
  map: MapLibreMap;
  /** Why the embedded basemap is shown although an online one was asked for. */
  fallback: 'timeout' | 'unreachable' | null;
}

export async function createBasemap(
  container: HTMLElement,
  view: View,
  onlineUrl: string | null,
  embedded: BasemapData,
  /** What the app adds to whichever style is shown (its places, under the style's labels). */
  extend: (style: StyleSpecification) => StyleSpecification = (style) => style,
): Promise<BasemapResult> {
  let style: StyleSpecification | null = null;
  let fallback: BasemapResult['fallback'] = null;
  if (onlineUrl) {
    try {
      style = await fetchOnlineStyle(onlineUrl);
    } catch (e) {
      fallback = e instanceof Error && e.name === 'AbortError' ? 'timeout' : 'unreachable';
    }
  }
  style = extend(style ?? buildBasemapStyle(embedded));
  const limits = viewLimits();
  const map = new MapLibreMap({
    container,
    style,
    center: [view.lon, view.lat],
    zoom: view.zoom,
    bearing: view.bearing,
    pitch: view.pitch,
    minZoom: limits.minZoom,
    maxZoom: limits.maxZoom,
    maxBounds: limits.bounds,
    localIdeographFontFamily: LOCAL_FONT_FAMILY,
    // The embedded style is built in code and checked by the unit tests: validating it again at every start costs
    // the start ~25 ms (measured). An online style is validated, for its errors to say what is wrong.
    validateStyle: onlineUrl !== null && fallback === null,
    attributionControl: false,
  });
  // The attribution in the reader's language, replaced when the language changes.
  let attribution: AttributionControl | null = null;
  const attribute = () => {
    if (attribution) map.removeControl(attribution);
    attribution = new AttributionControl({ customAttribution: asHtml(pick(activePlan().attribution)) });
    map.addControl(attribution, 'bottom-right');
  };
  attribute();
  store.subscribe((s) => s.lang, attribute);
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return { map, fallback };
}
