// Moves the camera to show places: one selected from search or a link, or all the places a clause names.

import { bbox, featureCollection } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from './layers/plan-layers';

export function fitToPlaces(map: MapLibreMap, features: readonly PlaceFeature[], animate = true): void {
  if (features.length === 0) return;
  const [w, s, e, n] = bbox(featureCollection([...features]));
  const panel = document.getElementById('panel');
  const right = panel && !panel.hidden && window.innerWidth >= 700 ? 24 : 24;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: { top: 48, bottom: 48, left: 48, right }, maxZoom: 13.5, duration: animate ? 700 : 0 },
  );
}
