// The district under the pointer, tinted by deck.gl (the basemap draws the districts' lines and names).

import { GeoJsonLayer } from '@deck.gl/layers';
import type { PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Feature } from 'geojson';
import { DISTRICTS_LAYER_ID } from '../interaction';
import { OVERLAY_EXTENSIONS } from './plan-layers';

export function buildDistrictsLayer(hovered: Feature): GeoJsonLayer {
  return new GeoJsonLayer<unknown, PathStyleExtensionProps>({
    id: DISTRICTS_LAYER_ID,
    data: [hovered],
    pickable: false,
    stroked: false,
    filled: true,
    getFillColor: [90, 90, 90, 40],
    // The places' extensions (unused here) so that the districts share the places' shader programs.
    extensions: OVERLAY_EXTENSIONS,
  });
}
