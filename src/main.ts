// Start-up: read the URL, draw the basemap and the overlay, keep the URL in step with the view,
// and raise the ready signal (`data-ready="true"` on #map) once everything has drawn.

import type { Map as MapLibreMap } from 'maplibre-gl';
import './ui/app.css';
import { HOME_BOUNDS } from './config';
import { createBasemap, loadBasemapData, onlineStyleUrl } from './map/basemap';
import { buildBasemapStyle } from './map/basemap-style';
import { createOverlay } from './map/overlay';
import { DISTRICTS_LAYER_ID } from './map/layers/districts';
import { setView, store } from './state/store';
import { showNotice } from './ui/notice';
import { mountTooltip } from './ui/tooltip';
import { defaultView, formatHash, parseHash, type View } from './url-state';
import { hasWebGL2 } from './webgl';

const mapEl = document.getElementById('map') as HTMLElement;

function showNoWebGL(): void {
  mapEl.dataset['webgl'] = 'false';
  const msg = document.createElement('div');
  msg.className = 'map-unavailable';
  msg.setAttribute('role', 'alert');
  const zh = document.createElement('p');
  zh.textContent = '此浏览器无法绘制地图(不支持 WebGL 2)。规划文本仍可阅读。';
  const en = document.createElement('p');
  en.lang = 'en';
  en.textContent =
    'This browser cannot draw the map (WebGL 2 is not available). The plan text remains readable.';
  msg.append(zh, en);
  mapEl.append(msg);
}

function viewOf(map: MapLibreMap): View {
  const c = map.getCenter();
  return { lon: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

async function start(): Promise<void> {
  if (!hasWebGL2()) {
    showNoWebGL();
    return;
  }
  const initial = parseHash(location.hash);
  const view = initial.view ?? defaultView();
  const online = onlineStyleUrl(location.search, import.meta.env['VITE_BASEMAP_STYLE'] as string | undefined);
  const basemapData = await loadBasemapData();
  const { map, fallback } = await createBasemap(mapEl, view, online, basemapData);
  if (fallback) showNotice(fallback);
  if (!initial.view) map.fitBounds(HOME_BOUNDS, { padding: 16, animate: false });
  (window as unknown as { __map?: unknown }).__map = map;

  map.on('error', (e) => console.warn('map:', e.error.message));
  if (online && !fallback) {
    // An online style that loads but whose tiles or sprites never arrive: fall back after the same timeout.
    const timer = setTimeout(() => {
      if (!map.loaded()) {
        map.setStyle(buildBasemapStyle(basemapData));
        showNotice('The online basemap is too slow; showing the embedded basemap.');
      }
    }, 8000);
    map.once('idle', () => clearTimeout(timer));
  }

  await map.once('load');
  const names = new Map(
    basemapData.districts.features.map((f) => [
      String(f.properties?.['name']),
      String(f.properties?.['name_en']),
    ]),
  );
  mountTooltip(mapEl, (layer, id) => (layer === DISTRICTS_LAYER_ID ? [id, names.get(id) ?? ''] : null));
  const overlay = createOverlay(map, { districts: basemapData.districts });
  await overlay.drawn;
  map.triggerRepaint();
  await map.once('idle');
  mapEl.dataset['ready'] = 'true';

  setView(viewOf(map));
  map.on('moveend', () => setView(viewOf(map)));
  store.subscribe(
    (s) => s.view,
    (v) => {
      if (!v) return;
      const current = parseHash(location.hash);
      history.replaceState(null, '', formatHash({ ...current, view: v }));
    },
  );
  window.addEventListener('hashchange', () => {
    const v = parseHash(location.hash).view;
    if (v) map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
  });
}

start().catch((e: unknown) => {
  console.error(e);
  showNotice(`The map could not start: ${e instanceof Error ? e.message : String(e)}`, 'error');
});
