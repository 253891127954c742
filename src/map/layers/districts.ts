// The districts as an interactive deck.gl layer: pickable outlines whose hovered district is highlighted.

import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';

export const DISTRICTS_LAYER_ID = 'districts';

export function buildDistrictsLayer(data: FeatureCollection, hoveredName: string | null): GeoJsonLayer {
  return new GeoJsonLayer({
    id: DISTRICTS_LAYER_ID,
    data,
    pickable: true,
    stroked: true,
    filled: true,
    getFillColor: (f: Feature) => (f.properties?.['name'] === hoveredName ? [90, 90, 90, 28] : [0, 0, 0, 0]),
    getLineColor: (f: Feature) => (f.properties?.['name'] === hoveredName ? [60, 60, 60, 220] : [0, 0, 0, 0]),
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: hoveredName, getLineColor: hoveredName },
  });
}
