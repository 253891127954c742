// The plan's places drawn by MapLibre, in the map's own WebGL context: area fills, outlines and lines (dashed by
// status) and points, from one GeoJSON source that MapLibre tiles and simplifies per zoom on its worker. A theme
// switched off is filtered out; while a selection or a clause's places are shown, everything fades and deck.gl
// draws those places strong on top (map/overlay.ts). Labels are in map/place-labels.ts.
//
// Why MapLibre and not deck.gl for the ~11,000 vertices of every place: deck.gl's path layer computes each line's
// joins on the GPU at every frame, which on software WebGL (the bench's Chromium, many office laptops) tripled the
// frame time of a camera flight; MapLibre's lines are built once per tile on its worker. See bench/README.md.

import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { PlaceFeature } from '../data/types';
import { activePlan } from '../data/active-plan';
import { DISTRICT_LABEL_LAYER } from './basemap-style';
import { matchesLabelRule } from '../data/plan-manifest';
import { drawnStatusAt, TIMELINE_START } from '../data/timeline';
import { isDated, lineOpacity, lineStatusFilter, notCancelled, type PlaceDrawing } from './place-status';
import { STATUS_STYLES, drawRank, hex, lineWidthOf, pointRadiusOf, themeOf, type RGB } from './themes';

/** The prefix of the ids of the map's place layers (and of the hover and hit-test layer name). */
export const PLACE_LAYER_PREFIX = 'places-';
const SOURCE = 'places';
const PLACE_FILL_LAYER = `${PLACE_LAYER_PREFIX}fill`;
const PLACE_LINE_LAYER = `${PLACE_LAYER_PREFIX}line`;
const PLACE_POINT_LAYER = `${PLACE_LAYER_PREFIX}point`;
/** The basemap layer the places go under (district names stay readable over the fills). */
const BEFORE = DISTRICT_LABEL_LAYER;

/** Opacity of an area's fill, of lines and outlines, and the factor everything fades by during a selection. */
const AREA_FILL_OPACITY = 40 / 255;
const LINE_OPACITY = 235 / 255;
const FADED = 0.35;

/**
 * Areas drawn as an outline only: those of a kind that lies within another area of the plan that is filled (the
 * plan's `outlineOnlyKinds`: a county within a zone, an island within a district), whose fill would darken the same
 * ground twice, and those larger than `OUTLINE_ONLY_KM2`, which fill the screen whenever one looks inside them and
 * whose tint then tells nothing. Both would cost a pass over the whole screen at every frame on a weak GPU.
 */
export const OUTLINE_ONLY_KM2 = 500;

export function isArea(f: PlaceFeature): boolean {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

export function isFilled(f: PlaceFeature): boolean {
  return (
    isArea(f) &&
    !activePlan().outlineOnlyKinds.includes(f.properties.kind) &&
    (f.properties.area_km2 ?? 0) <= OUTLINE_ONLY_KM2
  );
}

export const colourOf = (f: PlaceFeature): RGB => themeOf(f.properties.theme)?.colour ?? [0, 0, 0];

/**
 * Whether MapLibre strokes a place: every line, and every area but one tiled by other places of its theme, whose
 * outlines draw its own (the demonstration zone by its three counties; found at build time, `outlined_by`).
 */
export function isStroked(f: PlaceFeature): boolean {
  return !f.geometry.type.includes('Point') && !(f.properties.outlined_by?.length ?? 0);
}

/** The outline or line width of a place, px. */
export function strokeWidthOf(f: PlaceFeature): number {
  return isArea(f) || f.geometry.type.includes('Point') ? 1.5 : lineWidthOf(f.properties.kind);
}

/**
 * What the map's style reads from each place (computed once, so that no expression recomputes it), in drawing order:
 * broad themes first (MapLibre draws a layer's features in their order in the source; no sort key, which would split
 * each layer into a draw per key). A place MapLibre neither fills nor strokes is left out: its tiles would carry it
 * for nothing (the pointer finds it by the app's own hit test, and deck.gl draws it when it is emphasised).
 */
export function styledPlaces(
  features: readonly PlaceFeature[],
  date: string = TIMELINE_START,
): FeatureCollection {
  const rank = (f: PlaceFeature) => drawRank(f.properties.theme);
  return {
    type: 'FeatureCollection',
    features: features
      .filter((f) => f.geometry.type.includes('Point') || isStroked(f) || isFilled(f))
      .sort((a, b) => rank(a) - rank(b))
      .map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          theme: f.properties.theme,
          // A dated place's status at the date the style is built for (its layers' opacity reads it until the
          // timeline sets its feature state): see map/place-status.ts.
          status: isDated(f.properties) ? drawnStatusAt(f.properties, date) : f.properties.status,
          dated: isDated(f.properties) ? 1 : 0,
          colour: hex(colourOf(f)),
          width: strokeWidthOf(f),
          radius: pointRadiusOf(f.properties.kind),
          hub: f.properties.kind === 'hub' ? 1 : 0,
          filled: isFilled(f) ? 1 : 0,
          stroked: isStroked(f) ? 1 : 0,
        },
      })),
  };
}

/**
 * The statuses drawn dashed, and their dashes in line widths (as the legend draws them): one layer each, its dash a
 * constant. A dash read from each feature (`['match', ['get', 'status'], …]`) costs MapLibre more than 100 ms more
 * every time the places' tiles load on software WebGL (measured: a layer added to the bare basemap took ~350 ms to
 * the map's idle with the dash read per feature, ~225 ms with a constant dash, whatever its colour and width).
 */
const DASHED = STATUS_STYLES.filter((s) => s.dash[0] > 0);
const stroked: ExpressionSpecification = ['==', ['get', 'stroked'], 1];

function themeFilter(hidden: readonly string[]): ExpressionSpecification {
  return ['!', ['in', ['get', 'theme'], ['literal', [...hidden]]]];
}

/** A line layer: the places of one status (null: every status not dashed), the dated ones or the others. */
interface LineLayer {
  id: string;
  status: string | null;
  dated: boolean;
  dash?: readonly number[];
}
/**
 * The line layers, bottom to top: solid lines (most of the vertices) in a layer without dashes (a dashed line costs
 * more per vertex), each dashed status in its own; then the same for the few dated places (map/place-status.ts),
 * whose opacity follows their status at the timeline's date, so that the others' layers stay as cheap as ever.
 */
const LINE_LAYERS: readonly LineLayer[] = [false, true].flatMap((dated) => {
  const base = dated ? `${PLACE_LAYER_PREFIX}dated-line` : PLACE_LINE_LAYER;
  return [
    { id: base, status: null, dated },
    ...DASHED.map((s) => ({ id: `${base}-${s.status}`, status: s.status, dated, dash: s.dash })),
  ];
});

/** Each layer's places. */
const FILTERS: Record<string, ExpressionSpecification> = {
  [PLACE_FILL_LAYER]: ['==', ['get', 'filled'], 1],
  ...Object.fromEntries(
    LINE_LAYERS.map((l) => [l.id, ['all', stroked, lineStatusFilter(l.status, l.dated)]]),
  ),
  [PLACE_POINT_LAYER]: ['==', ['geometry-type'], 'Point'],
};
/** Every layer of the places, bottom to top. */
const PLACE_LAYERS = Object.keys(FILTERS);

/** A layer's filter: its places, of the themes shown, not cancelled at the date. */
const filterOf = (layer: string, { hidden, cancelled }: PlaceDrawing): ExpressionSpecification => [
  'all',
  FILTERS[layer]!,
  themeFilter(hidden),
  ...notCancelled(cancelled),
];

const NO_TRANSITION = { duration: 0, delay: 0 };

/** The places' source and layers, for a style (the map's first, so that they load with the basemap). */
function placeLayers(filters: PlaceDrawing): LayerSpecification[] {
  // Lines with the default joins and caps: round ones double a line's triangles, and at 1.5–3.5 px look the same.
  const line = ({ id, dash, ...l }: LineLayer): LineLayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE,
    filter: filterOf(id, filters),
    paint: {
      'line-color': ['get', 'colour'],
      'line-width': ['get', 'width'],
      ...(dash ? { 'line-dasharray': [...dash] } : {}),
      'line-opacity': lineOpacity(l, LINE_OPACITY),
      'line-opacity-transition': NO_TRANSITION,
    },
  });
  return [
    {
      id: PLACE_FILL_LAYER,
      type: 'fill',
      source: SOURCE,
      filter: filterOf(PLACE_FILL_LAYER, filters),
      paint: {
        // No antialiasing pass around each area: the outline layer draws the edge.
        'fill-antialias': false,
        'fill-color': ['get', 'colour'],
        'fill-opacity': AREA_FILL_OPACITY,
        'fill-opacity-transition': NO_TRANSITION,
      },
    },
    ...LINE_LAYERS.map(line),
    {
      id: PLACE_POINT_LAYER,
      type: 'circle',
      source: SOURCE,
      filter: filterOf(PLACE_POINT_LAYER, filters),
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['case', ['==', ['get', 'hub'], 1], '#ffffff', ['get', 'colour']],
        'circle-stroke-color': ['get', 'colour'],
        'circle-stroke-width': 1.5,
        'circle-opacity': 1,
        'circle-stroke-opacity': 1,
        'circle-opacity-transition': NO_TRANSITION,
        'circle-stroke-opacity-transition': NO_TRANSITION,
      },
    },
  ];
}

/**
 * The places' source: MapLibre tiles it on its worker, simplified per zoom. Measured on software WebGL, where a
 * frame's cost follows the geometry drawn: each tile carries its neighbours' geometry only 16 px deep (MapLibre's
 * default, 128 px, more than doubles what each tile draws; the widest line is 3.5 px and circles are not clipped at
 * tile edges), simplified by 1.5 px (the default 0.375 px keeps wiggles of the coast no one sees at that zoom, and
 * zooming in brings them back). Together they took about half of the places' cost off each frame of a flight.
 */
export const PLACES_TILE_BUFFER = 16;
const PLACES_TOLERANCE = 1.5;
function placesSource(features: readonly PlaceFeature[], date: string): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: styledPlaces(features, date),
    // The feature states of the dated places are set by id.
    promoteId: 'id',
    buffer: PLACES_TILE_BUFFER,
    tolerance: PLACES_TOLERANCE,
  };
}

/** The index in a style's layers the places go before: its first labels (the basemap's district names). */
function insertAt(layers: readonly LayerSpecification[]): number {
  const i = layers.findIndex((l) => l.id === BEFORE || l.type === 'symbol');
  return i < 0 ? layers.length : i;
}

/** A style with the places added under its labels: the map loads them with the basemap, in its first frames. */
export function withPlaces(
  style: StyleSpecification,
  features: readonly PlaceFeature[],
  filters: PlaceDrawing,
): StyleSpecification {
  if (style.sources[SOURCE]) return style;
  const at = insertAt(style.layers);
  return {
    ...style,
    sources: { ...style.sources, [SOURCE]: placesSource(features, filters.date) },
    layers: [...style.layers.slice(0, at), ...placeLayers(filters), ...style.layers.slice(at)],
  };
}

/** Shows only the themes not hidden, each place in the layer of its status at the timeline's date. */
export function setPlaceFilters(map: MapLibreMap, filters: PlaceDrawing): void {
  for (const id of PLACE_LAYERS) {
    if (map.getLayer(id)) map.setFilter(id, filterOf(id, filters));
  }
}

/** The dated places' statuses at the timeline's date (their feature states: the line layers' opacity reads them). */
export function setPlaceStatuses(map: MapLibreMap, statuses: ReadonlyMap<string, string>): void {
  if (!map.getSource(SOURCE)) return;
  for (const [id, status] of statuses) map.setFeatureState({ source: SOURCE, id }, { status });
}

/** Fades every place (while deck.gl draws the emphasised ones strong on top), or brings them back. */
export function setPlacesFaded(map: MapLibreMap, faded: boolean): void {
  if (!map.getLayer(PLACE_FILL_LAYER)) return;
  const k = faded ? FADED : 1;
  map.setPaintProperty(PLACE_FILL_LAYER, 'fill-opacity', AREA_FILL_OPACITY * k);
  for (const l of LINE_LAYERS) map.setPaintProperty(l.id, 'line-opacity', lineOpacity(l, LINE_OPACITY * k));
  map.setPaintProperty(PLACE_POINT_LAYER, 'circle-opacity', k);
  map.setPaintProperty(PLACE_POINT_LAYER, 'circle-stroke-opacity', k);
}

/** The zoom from which a place is labelled: the plan's main places always, the others once there is room. */
export function labelMinZoom(f: PlaceFeature): number {
  const { labels } = activePlan();
  if (labels.major.some((r) => matchesLabelRule(f.properties, r))) return 0;
  if (labels.mid.some((r) => matchesLabelRule(f.properties, r))) return 9.5;
  return 10.5;
}

/** Where a place's label sits: a point itself, the middle vertex of a line, the label point of an area. */
export function labelPosition(f: PlaceFeature): [number, number] {
  const g = f.geometry;
  const mid = (coords: number[][]): [number, number] => {
    const p = coords[Math.floor(coords.length / 2)] ?? [0, 0];
    return [p[0] ?? 0, p[1] ?? 0];
  };
  switch (g.type) {
    case 'Point':
      return [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0];
    case 'MultiPoint':
    case 'LineString':
      return mid(g.coordinates);
    case 'MultiLineString':
      return mid(g.coordinates.reduce((a, b) => (b.length > a.length ? b : a), [] as number[][]));
    case 'Polygon':
      return centroidOfRing(g.coordinates[0] ?? []);
    case 'MultiPolygon': {
      const largest = g.coordinates.reduce((a, b) => ((b[0]?.length ?? 0) > (a[0]?.length ?? 0) ? b : a), []);
      return centroidOfRing(largest[0] ?? []);
    }
    default:
      return [0, 0];
  }
}

function centroidOfRing(ring: number[][]): [number, number] {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    a += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  if (a === 0) return [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  return [x / (3 * a), y / (3 * a)];
}
