// The only module that touches deck.gl's overlay: builds the layers from the store and hands them to
// MapLibreOverlay; reports hover and click, and when every layer has drawn.

import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { selectedPlace, setHover, store, type AppState } from '../state/store';
import { buildDistrictsLayer, DISTRICTS_LAYER_ID } from './layers/districts';
import { buildPlaceLayers, PLACE_LAYER_PREFIX, type PlaceFeature } from './layers/plan-layers';

export interface OverlayData {
  districts: FeatureCollection;
  places: readonly PlaceFeature[];
}

export interface Overlay {
  /** Resolves once every layer is loaded and has been drawn. */
  drawn: Promise<void>;
  /** Ids of the places drawn at a screen point (for tests and the list of places in view). */
  pickPlaces(x: number, y: number): string[];
}

function layersFor(state: AppState, data: OverlayData): Layer[] {
  const hover = state.hover;
  const selected = selectedPlace(state);
  const emphasised = new Set(state.highlighted);
  if (selected) emphasised.add(selected);
  const layers: Layer[] = [];
  if (!state.hiddenLayers.includes(DISTRICTS_LAYER_ID)) {
    layers.push(buildDistrictsLayer(data.districts, hover?.layer === DISTRICTS_LAYER_ID ? hover.id : null));
  }
  layers.push(
    ...buildPlaceLayers(data.places, {
      hiddenThemes: state.hiddenLayers,
      hoveredId: hover && hover.layer.startsWith(PLACE_LAYER_PREFIX) ? hover.id : null,
      emphasised,
    }),
  );
  return layers;
}

function hoverOf(info: PickingInfo<Feature>): { layer: string; id: string } | null {
  const layer = info.layer?.id;
  const props = info.object?.properties;
  if (!layer || !props) return null;
  if (layer === DISTRICTS_LAYER_ID) return { layer, id: String(props['name']) };
  if (layer.startsWith(PLACE_LAYER_PREFIX)) return { layer, id: String(props['id']) };
  return null;
}

export function createOverlay(map: MapLibreMap, data: OverlayData, onSelect: (id: string) => void): Overlay {
  let resolveDrawn: () => void = () => {};
  const drawn = new Promise<void>((r) => (resolveDrawn = r));
  let layers = layersFor(store.getState(), data);
  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers,
    onHover: (info: PickingInfo<Feature>) => {
      const h = hoverOf(info);
      setHover(h ? { ...h, x: info.x, y: info.y } : null);
    },
    onClick: (info: PickingInfo<Feature>) => {
      const h = hoverOf(info);
      if (h && h.layer.startsWith(PLACE_LAYER_PREFIX)) onSelect(h.id);
    },
    onAfterRender: () => {
      if (layers.every((l) => l.isLoaded)) resolveDrawn();
    },
    getCursor: ({ isHovering, isDragging }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
  });
  map.addControl(overlay);
  store.subscribe(
    (s) => [s.hover, s.hiddenLayers, s.highlighted, s.route] as const,
    () => {
      layers = layersFor(store.getState(), data);
      overlay.setProps({ layers });
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  return {
    drawn,
    pickPlaces: (x, y) =>
      overlay
        .pickMultipleObjects({ x, y, radius: 4, depth: 10 })
        .filter((i) => i.layer?.id.startsWith(PLACE_LAYER_PREFIX))
        .map((i) => String((i.object as Feature).properties?.['id'])),
  };
}
