// The plan's places as deck.gl layers (state in, layers out, stable ids): all places in one layer, themes
// switched on and off by a GPU filter, plus a small layer for what is emphasised. Their
// labels are MapLibre symbols (map/place-labels.ts), which collide and load glyphs far cheaper than a TextLayer. Status is a line style, hover and selection thicken the outline, and while a selection is active
// everything unrelated fades.

import { DataFilterExtension, PathStyleExtension } from '@deck.gl/extensions';
import type { DataFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature, Geometry } from 'geojson';
import type { PlaceProperties } from '../../data/types';
import { DRAW_ORDER, STATUS_BY_ID, THEME_BY_ID, lineWidthOf, pointRadiusOf, type RGB } from '../themes';

export type PlaceFeature = Feature<Geometry, PlaceProperties & { area_km2?: number; length_km?: number }>;

export interface PlaceLayerState {
  hiddenThemes: readonly string[];
  /** The place under the pointer (found by map/hit-test.ts): tinted on the GPU. */
  hoveredId: string | null;
  /** Selected or highlighted places: drawn strong on top; when non-empty, the rest fades. */
  emphasised: ReadonlySet<string>;
}

export const PLACE_LAYER_PREFIX = 'places-';
export const ALL_PLACES_LAYER_ID = `${PLACE_LAYER_PREFIX}all`;
export const EMPHASIS_LAYER_ID = `${PLACE_LAYER_PREFIX}emphasis`;

const AREA_FILL_ALPHA = 40;
const FADED = 0.35;

function isArea(f: PlaceFeature): boolean {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

const rgba = (c: RGB, a: number): [number, number, number, number] => [c[0], c[1], c[2], Math.round(a)];

/** The zoom from which a place is labelled: the main places always, the others once there is room. */
export function labelMinZoom(f: PlaceFeature): number {
  const p = f.properties;
  if (p.groups.includes('five-new-towns') && p.kind === 'new-town') return 0;
  if (['east-wing', 'west-wing'].includes(p.theme) && isArea(f) && (f.properties.area_km2 ?? 0) > 100)
    return 0;
  if (p.kind === 'hub' || p.kind === 'main-city-area' || p.kind === 'sub-centre') return 9.5;
  return 10.5;
}

type PlaceData = Feature<Geometry, PlaceProperties>[];
type PlaceLayerExtensions = PathStyleExtensionProps<PlaceData[number]> &
  DataFilterExtensionProps<PlaceData[number]>;

/** The features in drawing order (broad areas first), computed once per feature list: stable data. */
const orderedCache = new WeakMap<readonly PlaceFeature[], PlaceData>();
function ordered(features: readonly PlaceFeature[]): PlaceData {
  let out = orderedCache.get(features);
  if (!out) {
    const rank = (f: PlaceFeature) => DRAW_ORDER.indexOf(f.properties.theme);
    out = [...features].sort((a, b) => rank(a) - rank(b)) as PlaceData;
    orderedCache.set(features, out);
  }
  return out;
}

const colourOf = (f: Feature<Geometry, PlaceProperties>): RGB =>
  THEME_BY_ID.get(f.properties.theme)?.colour ?? [0, 0, 0];

/**
 * The one set of extensions every overlay layer uses (the districts too): deck.gl compiles a shader program per
 * layer type and extension set, so sharing one set means no new compile when a selection first appears.
 */
export const OVERLAY_EXTENSIONS = [
  new PathStyleExtension({ dash: true }),
  new DataFilterExtension({ categorySize: 1 }),
];

/** The accessors every place layer shares; `strong` for the emphasis layer. */
function placeStyle(strong: boolean) {
  return {
    // Picking is done on the CPU (map/hit-test.ts): no picking pass on pointer moves.
    pickable: false,
    stroked: true,
    filled: true,
    pointType: 'circle' as const,
    lineWidthUnits: 'pixels' as const,
    pointRadiusUnits: 'pixels' as const,
    lineJointRounded: true,
    lineCapRounded: true,
    highlightColor: [255, 255, 255, 90] as [number, number, number, number],
    getFillColor: (f: Feature<Geometry, PlaceProperties>) => {
      const c = colourOf(f);
      if (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint') {
        return f.properties.kind === 'hub' ? ([255, 255, 255, 255] as const) : rgba(c, 235);
      }
      return rgba(c, strong ? 95 : AREA_FILL_ALPHA);
    },
    getLineColor: (f: Feature<Geometry, PlaceProperties>) => rgba(colourOf(f), strong ? 255 : 235),
    getLineWidth: (f: Feature<Geometry, PlaceProperties>) => {
      const base =
        isArea(f as PlaceFeature) || f.geometry.type.includes('Point') ? 1.5 : lineWidthOf(f.properties.kind);
      return base + (strong ? 2 : 0);
    },
    getPointRadius: (f: Feature<Geometry, PlaceProperties>) =>
      pointRadiusOf(f.properties.kind) + (strong ? 2 : 0),
    getDashArray: (f: Feature<Geometry, PlaceProperties>) =>
      STATUS_BY_ID.get(f.properties.status)?.dash ?? [0, 0],
    extensions: [new PathStyleExtension({ dash: true })],
  };
}

/**
 * All places in one layer with static data and accessors; a theme switched off is filtered on the GPU
 * (DataFilterExtension categories), the hovered place is tinted by index (a uniform), and the selected and highlighted
 * places are drawn again, strong, in a small emphasis layer on top while the rest fades (a uniform). One layer
 * instead of one per theme: fewer draws per frame; nothing is recomputed when the pointer moves.
 */
export function buildPlaceLayers(features: readonly PlaceFeature[], state: PlaceLayerState): Layer[] {
  const { emphasised } = state;
  const visibleThemes = DRAW_ORDER.filter((t) => !state.hiddenThemes.includes(t));
  const data = ordered(features);
  const hovered = state.hoveredId ? data.findIndex((f) => f.properties.id === state.hoveredId) : -1;
  const layers: Layer[] = [
    new GeoJsonLayer<PlaceProperties, PlaceLayerExtensions>({
      id: ALL_PLACES_LAYER_ID,
      data,
      highlightedObjectIndex: hovered,
      opacity: emphasised.size > 0 ? FADED : 1,
      ...placeStyle(false),
      filterCategories: visibleThemes,
    }),
  ];
  const strong = features.filter(
    (f) => emphasised.has(f.properties.id) && visibleThemes.includes(f.properties.theme),
  );
  if (strong.length) {
    layers.push(
      new GeoJsonLayer<PlaceProperties, PlaceLayerExtensions>({
        id: EMPHASIS_LAYER_ID,
        data: strong as PlaceData,
        highlightedObjectIndex: strong.findIndex((f) => f.properties.id === state.hoveredId),
        ...placeStyle(true),
        filterCategories: visibleThemes,
      }),
    );
  }
  return layers;
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
