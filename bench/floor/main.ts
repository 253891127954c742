// The benchmark's floor: bare MapLibre drawing the app's embedded basemap in the app's first view, nothing else.
// What the app costs beyond this page is what its own code and overlay cost. Ready signal: the first `idle`.

import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_VIEW, HOME_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, dataUrl } from '../../src/config';
import { LOCAL_FONT_FAMILY, buildBasemapStyle, type BasemapData } from '../../src/map/basemap-style';

setWorkerUrl(workerUrl);

const mapEl = document.getElementById('map') as HTMLElement;

async function start(): Promise<void> {
  const res = await fetch(dataUrl('basemap.json'));
  if (!res.ok) throw new Error(`data/basemap.json: HTTP ${res.status}`);
  const data = (await res.json()) as BasemapData;
  // The same options as the app's map (src/map/basemap.ts) that bear on drawing; no controls.
  const map = new MapLibreMap({
    container: mapEl,
    style: buildBasemapStyle(data),
    center: [DEFAULT_VIEW.lon, DEFAULT_VIEW.lat],
    zoom: DEFAULT_VIEW.zoom,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    localIdeographFontFamily: LOCAL_FONT_FAMILY,
    attributionControl: false,
  });
  map.fitBounds(HOME_BOUNDS, { padding: 16, animate: false });
  map.on('error', (e) => console.warn('map:', e.error.message)); // as the app does
  // The camera flight of the benchmark drives the map through this handle, as it does the app's.
  (window as unknown as { __map?: unknown }).__map = map;
  await map.once('idle');
  mapEl.dataset['ready'] = 'true';
}

start().catch((e: unknown) => console.error(e));
