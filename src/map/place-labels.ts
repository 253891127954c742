// The places' labels as a MapLibre symbol layer over the basemap: the main places from zoom 8, the rest from
// zoom 9.5–10.5; MapLibre drops labels that would collide. Hidden themes hide their labels.

import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { DISTRICT_LABEL_LAYER, LABEL_FONT, districtLabelField } from './basemap-style';
import type { PlaceFeature } from '../data/types';
import { labelMinZoom, labelPosition } from './places';
import { hex, themeOf } from './themes';

const SOURCE = 'place-labels';
export const PLACE_LABEL_LAYER = 'place-labels';

export function labelPoints(features: readonly PlaceFeature[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPosition(f) },
      properties: {
        id: f.properties.id,
        name: f.properties.name_zh,
        name_en: f.properties.name_en,
        theme: f.properties.theme,
        minzoom: labelMinZoom(f),
        major: labelMinZoom(f) === 0 ? 1 : 0,
        point: f.geometry.type === 'Point' ? 1 : 0,
        colour: hex(themeOf(f.properties.theme)?.colour ?? [0, 0, 0]),
      },
    })),
  };
}

function filterFor(hiddenThemes: readonly string[]): ExpressionSpecification {
  return [
    'all',
    ['>=', ['zoom'], ['get', 'minzoom']],
    ['!', ['in', ['get', 'theme'], ['literal', [...hiddenThemes]]]],
  ];
}

export function addPlaceLabels(
  map: MapLibreMap,
  features: readonly PlaceFeature[],
  hidden: readonly string[],
): void {
  if (map.getSource(SOURCE)) {
    void (map.getSource(SOURCE) as GeoJSONSource).setData(labelPoints(features));
    return;
  }
  map.addSource(SOURCE, { type: 'geojson', data: labelPoints(features) });
  map.addLayer({
    id: PLACE_LABEL_LAYER,
    type: 'symbol',
    source: SOURCE,
    filter: filterFor(hidden),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['case', ['==', ['get', 'major'], 1], 15, 12],
      'text-offset': ['case', ['==', ['get', 'point'], 1], ['literal', [0, -1.1]], ['literal', [0, 0]]],
      'symbol-sort-key': ['-', 0, ['get', 'major']],
      'text-padding': 3,
      'text-max-width': 8,
    },
    paint: {
      'text-color': ['get', 'colour'],
      'text-halo-color': 'rgba(251, 250, 247, 0.95)',
      'text-halo-width': 1.8,
    },
  });
}

export function setLabelThemes(map: MapLibreMap, hidden: readonly string[]): void {
  if (map.getLayer(PLACE_LABEL_LAYER)) map.setFilter(PLACE_LABEL_LAYER, filterFor(hidden));
}

/** Map labels in the interface language: places by their English or Chinese name, districts likewise. */
export function setLabelLang(map: MapLibreMap, lang: 'zh' | 'en'): void {
  if (map.getLayer(PLACE_LABEL_LAYER)) {
    map.setLayoutProperty(PLACE_LABEL_LAYER, 'text-field', ['get', lang === 'en' ? 'name_en' : 'name']);
  }
  if (map.getLayer(DISTRICT_LABEL_LAYER))
    map.setLayoutProperty(DISTRICT_LABEL_LAYER, 'text-field', districtLabelField(lang));
}
