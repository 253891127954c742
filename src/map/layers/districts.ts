// The districts as an interactive deck.gl layer: the hovered district is tinted (the basemap draws their lines).

import { GeoJsonLayer } from '@deck.gl/layers';
import type { DataFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import { OVERLAY_EXTENSIONS } from './plan-layers';
import type { FeatureCollection } from 'geojson';

export const DISTRICTS_LAYER_ID = 'districts';

export function buildDistrictsLayer(data: FeatureCollection, hoveredIndex: number): GeoJsonLayer {
  return new GeoJsonLayer<unknown, PathStyleExtensionProps & DataFilterExtensionProps>({
    id: DISTRICTS_LAYER_ID,
    data,
    pickable: false,
    stroked: false,
    filled: true,
    // Invisible until hovered (found by map/hit-test.ts): the hovered district is tinted by index on the GPU.
    getFillColor: [0, 0, 0, 0],
    highlightedObjectIndex: hoveredIndex,
    highlightColor: [90, 90, 90, 40],
    // The places' extensions (unused here) so that the districts share the places' shader programs.
    extensions: OVERLAY_EXTENSIONS,
    getFilterCategory: 0,
    filterCategories: [0],
  });
}
