// The only module that touches deck.gl's overlay (loaded after the map is ready, or before when the first view
// already emphasises places; attached to the map when it first has something to draw): draws the emphasised places, the hovered place and the hovered district, interleaved
// with MapLibre's layers in its WebGL context, and fades MapLibre's places meanwhile. Emphasis follows the store
// after the browser has painted (a click's panel first); hover once the pointer has rested, so that moving the
// pointer across the map costs no frame.

import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { emphasisedPlaces, selectedPlace, store, type AppState } from '../state/store';
import { afterPaint, DISTRICTS_LAYER_ID } from './interaction';
import { buildDistrictsLayer } from './layers/districts';
import { buildPlaceLayers } from './layers/plan-layers';
import type { PlaceFeature } from '../data/types';
import { PLACE_LAYER_PREFIX, setPlacesFaded } from './places';
import { DISTRICT_LABEL_LAYER } from './basemap-style';
import { dateOfAt } from '../data/timeline';

export interface OverlayData {
  districts: FeatureCollection;
  places: readonly PlaceFeature[];
  /** The map's layer the overlay draws under: the first of the labels (names stay legible over a strong fill). */
  beforeId?: string;
}

export interface Overlay {
  /** Resolves once every layer of the current state is loaded and has been drawn. */
  drawn: Promise<void>;
}

/** How long the pointer rests on a place or district before the map tints it (the tooltip shows at once), ms. */
const HOVER_REST_MS = 120;

function layersFor(state: AppState, hover: AppState['hover'], data: OverlayData): Layer[] {
  const layers: Layer[] = [];
  if (hover?.layer === DISTRICTS_LAYER_ID && !state.hiddenLayers.includes(DISTRICTS_LAYER_ID)) {
    const f = data.districts.features.find((d) => d.properties?.['name'] === hover.id);
    if (f) layers.push(buildDistrictsLayer(f));
  }
  layers.push(
    ...buildPlaceLayers(data.places, {
      hiddenThemes: state.hiddenLayers,
      hoveredId: hover?.layer === PLACE_LAYER_PREFIX ? hover.id : null,
      emphasised: emphasisedPlaces(state),
      date: dateOfAt(state.at),
      ...(data.beforeId ? { beforeId: data.beforeId } : {}),
    }),
  );
  return layers;
}

export function createOverlay(map: MapLibreMap, given: OverlayData): Overlay {
  const data = map.getLayer(DISTRICT_LABEL_LAYER) ? { beforeId: DISTRICT_LABEL_LAYER, ...given } : given;
  let resolveDrawn: () => void = () => {};
  const drawn = new Promise<void>((r) => (resolveDrawn = r));
  /** The hover the map shows (it lags the store's while the pointer moves). */
  let shownHover: AppState['hover'] = null;
  let layers: Layer[] = [];
  // Attached the first time there is something to draw: until then, the map's frames carry no deck.gl work.
  let overlay: MapLibreOverlay | null = null;
  const apply = () => {
    const s = store.getState();
    layers = layersFor(s, shownHover, data);
    if (!overlay && layers.length) {
      overlay = new MapLibreOverlay({
        interleaved: true,
        layers,
        onAfterRender: () => {
          if (layers.every((l) => l.isLoaded)) resolveDrawn();
        },
      });
      map.addControl(overlay);
    } else overlay?.setProps({ layers });
    setPlacesFaded(map, emphasisedPlaces(s).size > 0);
    if (layers.length === 0) resolveDrawn();
  };
  apply();

  store.subscribe(
    (s) => [s.hiddenLayers, s.highlighted, selectedPlace(s), s.at] as const,
    () => afterPaint(apply),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe(
    (s) => s.hover,
    (hover) => {
      clearTimeout(restTimer);
      const same = (a: AppState['hover'], b: AppState['hover']) => a?.layer === b?.layer && a?.id === b?.id;
      if (same(hover, shownHover)) return;
      // Leaving a place untints it at once; a new one is tinted when the pointer rests on it.
      const show = () => {
        shownHover = hover;
        apply();
      };
      if (!hover) show();
      else restTimer = setTimeout(show, HOVER_REST_MS);
    },
  );
  return { drawn };
}
