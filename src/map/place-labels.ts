// The places' labels as a MapLibre symbol layer over the basemap: the main places from zoom 8, the rest from
// zoom 9.5–10.5; MapLibre drops labels that would collide. Hidden themes hide their labels. The places emphasised
// (a tour step's subject, the selected place) are labelled at every zoom, larger and darker, in layers of their own
// above the rest (placed first, so they win a collision): a river or a rail line along its course, an area or a
// point at its label point. What deck.gl draws strong goes under all the labels (map/overlay.ts), so that its fill
// never veils a name.

import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { DISTRICT_LABEL_LAYER, LABEL_FONT, districtLabelField } from './basemap-style';
import type { PlaceFeature } from '../data/types';
import { labelMinZoom, labelPosition } from './places';
import { afterPaint } from './interaction';
import { hex, themeOf } from './themes';
import { emphasisedPlaces, selectedPlace, store } from '../state/store';

const SOURCE = 'place-labels';
export const PLACE_LABEL_LAYER = 'place-labels';
/** The emphasised places' labels: areas and points, and lines along their course. */
export const STRONG_LABEL_LAYER = 'place-labels-strong';
export const STRONG_LINE_LABEL_LAYER = 'place-labels-strong-lines';
export const STRONG_LABEL_LAYERS = [STRONG_LABEL_LAYER, STRONG_LINE_LABEL_LAYER];
const STRONG_SOURCE = 'place-labels-strong';
const STRONG_LINE_SOURCE = 'place-labels-strong-lines';

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

/** The ordinary labels: from their zoom, not of a hidden theme, and not of a place labelled strong. */
function filterFor(hiddenThemes: readonly string[], strong: readonly string[] = []): ExpressionSpecification {
  return [
    'all',
    ['>=', ['zoom'], ['get', 'minzoom']],
    ['!', ['in', ['get', 'theme'], ['literal', [...hiddenThemes]]]],
    ['!', ['in', ['get', 'id'], ['literal', [...strong]]]],
  ];
}

/** A theme's colour darkened for text on a light halo: legible over the place's own strong fill. */
const darker = (c: readonly number[]) => hex(c.map((v) => Math.round(v * 0.62)));

const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';

/** The emphasised places' labels: a line's own course (labelled along it), else its label point. */
export function strongLabelData(features: readonly PlaceFeature[]): {
  points: FeatureCollection;
  lines: FeatureCollection;
} {
  const props = (f: PlaceFeature) => ({
    id: f.properties.id,
    name: f.properties.name_zh,
    name_en: f.properties.name_en,
    theme: f.properties.theme,
    point: f.geometry.type === 'Point' ? 1 : 0,
    colour: darker(themeOf(f.properties.theme)?.colour ?? [0, 0, 0]),
  });
  const lines = features.filter((f) => isLine(f.geometry));
  const points = features.filter((f) => !isLine(f.geometry));
  return {
    points: {
      type: 'FeatureCollection',
      features: points.map((f) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: labelPosition(f) },
        properties: props(f),
      })),
    },
    lines: {
      type: 'FeatureCollection',
      features: lines.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: props(f) })),
    },
  };
}

const STRONG_PAINT = {
  'text-color': ['get', 'colour'] as ExpressionSpecification,
  'text-halo-color': 'rgba(255, 255, 255, 0.97)',
  'text-halo-width': 2.4,
};

/** The emphasised places' label layers, above every other label. */
function addStrongLabels(map: MapLibreMap): void {
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  map.addSource(STRONG_SOURCE, { type: 'geojson', data: empty });
  map.addSource(STRONG_LINE_SOURCE, { type: 'geojson', data: empty });
  map.addLayer({
    id: STRONG_LINE_LABEL_LAYER,
    type: 'symbol',
    source: STRONG_LINE_SOURCE,
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 220,
      'text-max-angle': 65,
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 15,
      'text-padding': 2,
    },
    paint: STRONG_PAINT,
  });
  map.addLayer({
    id: STRONG_LABEL_LAYER,
    type: 'symbol',
    source: STRONG_SOURCE,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 16,
      // A point's name beside it, wherever there is room; an area's on its label point.
      'text-variable-anchor-offset': [
        'case',
        ['==', ['get', 'point'], 1],
        ['literal', ['bottom', [0, -0.9], 'top', [0, 0.9], 'left', [0.9, 0], 'right', [-0.9, 0]]],
        ['literal', ['center', [0, 0]]],
      ],
      'text-padding': 2,
      'text-max-width': 9,
    },
    paint: STRONG_PAINT,
  });
}

/** Labels the emphasised places (of the themes shown) strong, and takes them out of the ordinary labels. */
export function setStrongLabels(
  map: MapLibreMap,
  features: readonly PlaceFeature[],
  emphasised: ReadonlySet<string>,
  hidden: readonly string[],
): void {
  const strong = features.filter(
    (f) => emphasised.has(f.properties.id) && !hidden.includes(f.properties.theme),
  );
  const data = strongLabelData(strong);
  void map.getSource<GeoJSONSource>(STRONG_SOURCE)?.setData(data.points);
  void map.getSource<GeoJSONSource>(STRONG_LINE_SOURCE)?.setData(data.lines);
  if (map.getLayer(PLACE_LABEL_LAYER))
    map.setFilter(
      PLACE_LABEL_LAYER,
      filterFor(
        hidden,
        strong.map((f) => f.properties.id),
      ),
    );
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
  addStrongLabels(map);
}

/**
 * The labels follow the store from now on: the hidden themes' labels hidden, the emphasised places' strong. A change
 * is applied after the browser has painted what changed it (as the overlay's: map/overlay.ts): a click's panel shows
 * first, and the map's frame that relabels follows, instead of holding the panel's paint back by a whole map frame.
 */
export function followLabels(map: MapLibreMap, features: readonly PlaceFeature[]): () => void {
  const apply = () => {
    const s = store.getState();
    setStrongLabels(map, features, emphasisedPlaces(s), s.hiddenLayers);
  };
  apply();
  return store.subscribe(
    (s) => [s.hiddenLayers, s.highlighted, selectedPlace(s)] as const,
    () => afterPaint(apply),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
}

/** Map labels in the interface language: places by their English or Chinese name, districts likewise. */
export function setLabelLang(map: MapLibreMap, lang: 'zh' | 'en'): void {
  for (const id of [PLACE_LABEL_LAYER, ...STRONG_LABEL_LAYERS])
    if (map.getLayer(id))
      map.setLayoutProperty(id, 'text-field', ['get', lang === 'en' ? 'name_en' : 'name']);
  if (map.getLayer(DISTRICT_LABEL_LAYER))
    map.setLayoutProperty(DISTRICT_LABEL_LAYER, 'text-field', districtLabelField(lang));
}
