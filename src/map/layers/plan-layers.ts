// The plan's places as deck.gl layers: one GeoJsonLayer per theme (state in, layers out, stable ids). Their
// labels are MapLibre symbols (map/place-labels.ts), which collide and load glyphs far cheaper than a TextLayer. Status is a line style, hover and selection thicken the outline, and while a selection is active
// everything unrelated fades.

import { PathStyleExtension } from '@deck.gl/extensions';
import type { PathStyleExtensionProps } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature, Geometry } from 'geojson';
import type { PlaceProperties, Theme } from '../../data/types';
import { DRAW_ORDER, STATUS_BY_ID, THEME_BY_ID, lineWidthOf, pointRadiusOf, type RGB } from '../themes';

export type PlaceFeature = Feature<Geometry, PlaceProperties & { area_km2?: number; length_km?: number }>;

export interface PlaceLayerState {
  hiddenThemes: readonly string[];
  hoveredId: string | null;
  /** Selected or highlighted places: drawn strong; when non-empty, the rest fades. */
  emphasised: ReadonlySet<string>;
}

export const PLACE_LAYER_PREFIX = 'places-';
export const placeLayerId = (theme: Theme): string => `${PLACE_LAYER_PREFIX}${theme}`;

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

export function buildPlaceLayers(features: readonly PlaceFeature[], state: PlaceLayerState): Layer[] {
  const { hoveredId, emphasised } = state;
  const anyEmphasis = emphasised.size > 0;
  const fade = (id: string) => (anyEmphasis && !emphasised.has(id) ? FADED : 1);
  const triggers = [hoveredId, [...emphasised].join(',')];
  const layers: Layer[] = [];
  for (const theme of DRAW_ORDER) {
    if (state.hiddenThemes.includes(theme)) continue;
    const style = THEME_BY_ID.get(theme);
    const data = features.filter((f) => f.properties.theme === theme);
    if (!style || data.length === 0) continue;
    const c = style.colour;
    layers.push(
      new GeoJsonLayer<PlaceProperties, PathStyleExtensionProps<Feature<Geometry, PlaceProperties>>>({
        id: placeLayerId(theme),
        data: data as Feature<Geometry, PlaceProperties>[],
        pickable: true,
        stroked: true,
        filled: true,
        pointType: 'circle',
        lineWidthUnits: 'pixels',
        pointRadiusUnits: 'pixels',
        lineJointRounded: true,
        lineCapRounded: true,
        getFillColor: (f) => {
          const id = f.properties.id;
          if (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint') {
            return f.properties.kind === 'hub' ? [255, 255, 255, 255 * fade(id)] : rgba(c, 235 * fade(id));
          }
          const strong = emphasised.has(id) ? 90 : id === hoveredId ? 70 : AREA_FILL_ALPHA;
          return rgba(c, strong * fade(id));
        },
        getLineColor: (f) => rgba(c, 235 * fade(f.properties.id)),
        getLineWidth: (f) => {
          const p = f.properties;
          const base = isArea(f as PlaceFeature)
            ? 1.5
            : f.geometry.type.includes('Point')
              ? 1.5
              : lineWidthOf(p.kind);
          return base + (emphasised.has(p.id) ? 2 : p.id === hoveredId ? 1.5 : 0);
        },
        getPointRadius: (f) => pointRadiusOf(f.properties.kind) + (f.properties.id === hoveredId ? 2 : 0),
        getDashArray: (f) => STATUS_BY_ID.get(f.properties.status)?.dash ?? [0, 0],
        extensions: [new PathStyleExtension({ dash: true })],
        updateTriggers: {
          getFillColor: triggers,
          getLineColor: triggers,
          getLineWidth: triggers,
          getPointRadius: [hoveredId],
        },
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
