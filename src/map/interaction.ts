// What is under the pointer, found on the CPU (map/hit-test.ts) on MapLibre's pointer events: hover goes to the
// store (the tooltip shows it at once; deck.gl tints it once the pointer rests), a click on a place selects it.
// Nothing is drawn here, and nothing needs deck.gl: the map answers the pointer from the first frame.

import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { emphasisedPlaces, setHover, store } from '../state/store';
import { buildHitIndex, hitTest } from './hit-test';
import type { PlaceFeature } from '../data/types';
import { PLACE_LAYER_PREFIX } from './places';
import { drawRank } from './themes';

/** The name hover and the layer toggles give the districts. */
export const DISTRICTS_LAYER_ID = 'districts';

export function installInteraction(
  map: MapLibreMap,
  data: { districts: FeatureCollection; places: readonly PlaceFeature[] },
  onSelect: (id: string) => void,
): void {
  const placeIndex = buildHitIndex(data.places, (f) => drawRank(f.properties.theme));
  const districtIndex = buildHitIndex(data.districts.features);
  const hitAt = (lngLat: { lng: number; lat: number }) => {
    const s = store.getState();
    const emphasised = emphasisedPlaces(s);
    const at: [number, number] = [lngLat.lng, lngLat.lat];
    const place = hitTest(
      placeIndex,
      at,
      map.getZoom(),
      (f) => !s.hiddenLayers.includes(f.properties.theme),
      (f) => emphasised.has(f.properties.id),
    );
    if (place) return { layer: PLACE_LAYER_PREFIX, id: place.properties.id };
    if (s.hiddenLayers.includes(DISTRICTS_LAYER_ID)) return null;
    const d = hitTest(districtIndex, at, map.getZoom());
    return d ? { layer: DISTRICTS_LAYER_ID, id: String(d.properties?.['name']) } : null;
  };
  const canvas = map.getCanvas();
  map.on('mousemove', (e) => {
    const h = hitAt(e.lngLat);
    setHover(h ? { ...h, x: e.point.x, y: e.point.y } : null);
    canvas.style.cursor = h?.layer === PLACE_LAYER_PREFIX ? 'pointer' : '';
  });
  map.on('mouseout', () => setHover(null));
  map.on('click', (e) => {
    const h = hitAt(e.lngLat);
    if (h?.layer !== PLACE_LAYER_PREFIX) return;
    deferMapFrame(map);
    onSelect(h.id);
  });
}

/**
 * MapLibre redraws the whole map after every mouseup (a frame its gesture handlers ask for), though nothing on the
 * map has changed; on a slow GPU that redraw holds back the paint of the panel a click opens by a whole map frame.
 * Its pending frame is put after the panel's paint instead. (`_frameRequest` is MapLibre's own, undocumented: if a
 * version lacks it, nothing is deferred and nothing breaks.)
 */
function deferMapFrame(map: MapLibreMap): void {
  const m = map as unknown as { _frameRequest?: AbortController | null };
  if (!m._frameRequest) return;
  m._frameRequest.abort();
  m._frameRequest = null;
  afterPaint(() => map.triggerRepaint());
}

/**
 * Runs `fn` once the browser has painted what the current task changed: a click's panel shows first, the map
 * (whose frame costs far more than the panel's) follows in the next frame.
 */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
