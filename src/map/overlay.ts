// The only module that touches deck.gl's overlay: builds the layers from the store and hands them to
// MapLibreOverlay; finds what is under the pointer (CPU hit-testing), reports hover and click, and when every
// layer has drawn.

import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Deck, Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { selectedPlace, setHover, store, type AppState } from '../state/store';
import { buildHitIndex, hitTest } from './hit-test';
import { DRAW_ORDER } from './themes';
import { setOverlayCanvas } from './bridge';
import { buildDistrictsLayer, DISTRICTS_LAYER_ID } from './layers/districts';
import { buildPlaceLayers, PLACE_LAYER_PREFIX, type PlaceFeature } from './layers/plan-layers';

export interface OverlayData {
  districts: FeatureCollection;
  places: readonly PlaceFeature[];
}

export interface Overlay {
  /** Resolves once every layer is loaded and has been drawn. */
  drawn: Promise<void>;
}

function layersFor(state: AppState, data: OverlayData): Layer[] {
  const selected = selectedPlace(state);
  const emphasised = new Set(state.highlighted);
  if (selected) emphasised.add(selected);
  const hover = state.hover;
  const layers: Layer[] = [];
  if (!state.hiddenLayers.includes(DISTRICTS_LAYER_ID)) {
    const i =
      hover?.layer === DISTRICTS_LAYER_ID
        ? data.districts.features.findIndex((f) => f.properties?.['name'] === hover.id)
        : -1;
    layers.push(buildDistrictsLayer(data.districts, i));
  }
  layers.push(
    ...buildPlaceLayers(data.places, {
      hiddenThemes: state.hiddenLayers,
      hoveredId: hover?.layer === PLACE_LAYER_PREFIX ? hover.id : null,
      emphasised,
    }),
  );
  return layers;
}

export function createOverlay(map: MapLibreMap, data: OverlayData, onSelect: (id: string) => void): Overlay {
  let resolveDrawn: () => void = () => {};
  const drawn = new Promise<void>((r) => (resolveDrawn = r));
  let layers = layersFor(store.getState(), data);
  const overlay = new MapLibreOverlay({
    interleaved: false,
    // No multisampling and no kept drawing buffer: both cost a full-canvas pass per frame on software WebGL;
    // image export reads the canvas in the same task as it draws it (drawNow below).
    deviceProps: { webgl: { antialias: false, preserveDrawingBuffer: false } },
    layers,
    onAfterRender: () => {
      if (layers.every((l) => l.isLoaded)) resolveDrawn();
    },
  });
  map.addControl(overlay);
  // Image export reads the overlay's canvas: let it draw on demand, at a chosen pixel ratio.
  setOverlayCanvas({
    setPixelRatio: (ratio) => overlay.setProps({ useDevicePixels: ratio ?? true }),
    drawNow: () => {
      (overlay as unknown as { _deck?: Deck })._deck?.redraw('export');
      return overlay.getCanvas();
    },
  });

  // Hover and click: hit-tested on the CPU against what is visible, the emphasised places first.
  const placeIndex = buildHitIndex(data.places, (f) => DRAW_ORDER.indexOf(f.properties.theme));
  const districtIndex = buildHitIndex(data.districts.features);
  const hitAt = (lngLat: { lng: number; lat: number }) => {
    const s = store.getState();
    const emphasised = new Set(s.highlighted);
    const sel = selectedPlace(s);
    if (sel) emphasised.add(sel);
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
    if (h?.layer === PLACE_LAYER_PREFIX) onSelect(h.id);
  });

  store.subscribe(
    (s) => [s.hiddenLayers, s.highlighted, selectedPlace(s), s.hover?.layer, s.hover?.id] as const,
    () => {
      layers = layersFor(store.getState(), data);
      overlay.setProps({ layers });
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  return { drawn };
}
