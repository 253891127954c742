// The benchmark's floor: bare MapLibre drawing the app's embedded basemap in the app's first view, nothing else.
// What the app costs beyond this page is what its own code and overlay cost. Ready signal: the first `idle`.

import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_PLAN } from '../../src/config';
import { boundsArray, maxBounds, type PlanManifest } from '../../src/data/plan-manifest';
import { LOCAL_FONT_FAMILY, buildBasemapStyle, type BasemapData } from '../../src/map/basemap-style';

const dataUrl = (file: string) => new URL(`data/${DEFAULT_PLAN}/${file}`, document.baseURI).href;
async function getJson<T>(file: string): Promise<T> {
  const res = await fetch(dataUrl(file));
  if (!res.ok) throw new Error(`data/${DEFAULT_PLAN}/${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

setWorkerUrl(workerUrl);

const mapEl = document.getElementById('map') as HTMLElement;

async function start(): Promise<void> {
  const [plan, data] = await Promise.all([
    getJson<PlanManifest>('plan.json'),
    getJson<BasemapData>('basemap.json'),
  ]);
  const view = plan.defaultView;
  // The same options as the app's map (src/map/basemap.ts) that bear on drawing; no controls.
  const map = new MapLibreMap({
    container: mapEl,
    style: buildBasemapStyle(data),
    center: [view.lon, view.lat],
    zoom: view.zoom,
    minZoom: plan.zoom.min,
    maxZoom: plan.zoom.max,
    maxBounds: maxBounds(plan.region),
    localIdeographFontFamily: LOCAL_FONT_FAMILY,
    attributionControl: false,
  });
  map.fitBounds(boundsArray(plan.home), { padding: 16, animate: false });
  map.on('error', (e) => console.warn('map:', e.error.message)); // as the app does
  // The camera flight of the benchmark drives the map through this handle, as it does the app's.
  (window as unknown as { __map?: unknown }).__map = map;
  await map.once('idle');
  mapEl.dataset['ready'] = 'true';
}

start().catch((e: unknown) => console.error(e));
