// The districts as an interactive deck.gl layer: the hovered district is tinted (the basemap draws their lines).

import { GeoJsonLayer } from '@deck.gl/layers';
import type { FeatureCollection } from 'geojson';

export const DISTRICTS_LAYER_ID = 'districts';

export function buildDistrictsLayer(data: FeatureCollection, hoveredIndex: number): GeoJsonLayer {
  return new GeoJsonLayer({
    id: DISTRICTS_LAYER_ID,
    data,
    pickable: false,
    stroked: false,
    filled: true,
    // Invisible until hovered (found by map/hit-test.ts): the hovered district is tinted by index on the GPU.
    getFillColor: [0, 0, 0, 0],
    highlightedObjectIndex: hoveredIndex,
    highlightColor: [90, 90, 90, 40],
  });
}
