// The only module that touches deck.gl's overlay: builds the layers from the store and hands them to
// MapLibreOverlay; reports hover to the store and when every layer has drawn.

import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { setHover, store, type AppState } from '../state/store';
import { buildDistrictsLayer, DISTRICTS_LAYER_ID } from './layers/districts';

export interface OverlayData {
  districts: FeatureCollection;
}

export interface Overlay {
  /** Resolves once every layer is loaded and has been drawn. */
  drawn: Promise<void>;
}

function layersFor(state: AppState, data: OverlayData): Layer[] {
  const hoveredDistrict = state.hover?.layer === DISTRICTS_LAYER_ID ? state.hover.id : null;
  const layers: Layer[] = [];
  if (!state.hiddenLayers.includes(DISTRICTS_LAYER_ID))
    layers.push(buildDistrictsLayer(data.districts, hoveredDistrict));
  return layers;
}

export function createOverlay(map: MapLibreMap, data: OverlayData): Overlay {
  let resolveDrawn: () => void = () => {};
  const drawn = new Promise<void>((r) => (resolveDrawn = r));
  let layers = layersFor(store.getState(), data);
  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers,
    onHover: (info: PickingInfo<Feature>) => {
      const name = info.object?.properties?.['name'];
      setHover(
        info.layer && typeof name === 'string'
          ? { layer: info.layer.id, id: name, x: info.x, y: info.y }
          : null,
      );
    },
    onAfterRender: () => {
      if (layers.every((l) => l.isLoaded)) resolveDrawn();
    },
    getCursor: ({ isHovering, isDragging }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
  });
  map.addControl(overlay);
  store.subscribe(
    (s) => [s.hover, s.hiddenLayers] as const,
    () => {
      layers = layersFor(store.getState(), data);
      overlay.setProps({ layers });
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return { drawn };
}
