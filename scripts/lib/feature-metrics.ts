// Measured size of each curated feature (area of polygons, length of lines) for the exported features.geojson, so
// the map can show "≈ 31.8 km² as drawn" next to the plan's official figure without measuring in the browser; and
// which areas are exactly tiled by other places of their theme (their outline is drawn by those places' outlines).
import { area, featureCollection, intersect, length } from '@turf/turf';
import type { PlaceFeature, PlaceGeometry } from '../../src/data/feature-schema';
import type { PlaceMetrics, PlaceProperties } from '../../src/data/types';

export interface MeasuredPlaceFeature extends Omit<PlaceFeature, 'properties'> {
  properties: PlaceProperties & PlaceMetrics;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Geodesic area in km² (turf.area, spherical), or undefined for a geometry that has no area. */
export function areaKm2(geometry: PlaceGeometry): number | undefined {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return undefined;
  return area(geometry) / 1e6;
}

/** Length in km (turf.length, great-circle), or undefined for a geometry that is not a line. */
export function lengthKm(geometry: PlaceGeometry): number | undefined {
  if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') return undefined;
  return length({ type: 'Feature', geometry, properties: {} }, { units: 'kilometers' });
}

/** A copy of the feature whose properties also carry `area_km2` / `length_km` (rounded to 0.1) where they apply. */
export function withMetrics(f: PlaceFeature): MeasuredPlaceFeature {
  const properties: PlaceProperties & PlaceMetrics = { ...f.properties };
  const a = areaKm2(f.geometry);
  const l = lengthKm(f.geometry);
  if (a !== undefined) properties.area_km2 = round1(a);
  if (l !== undefined) properties.length_km = round1(l);
  return { ...f, properties };
}

/** Two areas agree within this share of the larger (outlines drawn from the same source lines). */
const SAME_AREA = 0.005;

function overlapKm2(a: PlaceFeature, b: PlaceFeature): number {
  const x = intersect(featureCollection([a, b] as never));
  return x ? area(x) / 1e6 : 0;
}

/**
 * For each area, the places of its theme that tile it, if any (see `outlined_by`): from the largest down, each place
 * lying within the area and overlapping none already taken, until their areas add up to the area's own.
 */
export function outlinedByParts(features: readonly PlaceFeature[]): Map<string, string[]> {
  const areas = features
    .map((f) => ({ f, km2: areaKm2(f.geometry) }))
    .filter((a): a is { f: PlaceFeature; km2: number } => a.km2 !== undefined)
    .sort((a, b) => b.km2 - a.km2);
  const out = new Map<string, string[]>();
  for (const whole of areas) {
    const taken: typeof areas = [];
    let sum = 0;
    for (const part of areas) {
      if (part.km2 >= whole.km2 || part.f.properties.theme !== whole.f.properties.theme) continue;
      if (sum + part.km2 > whole.km2 * (1 + SAME_AREA)) continue;
      if (overlapKm2(whole.f, part.f) < part.km2 * (1 - SAME_AREA)) continue;
      if (taken.some((t) => overlapKm2(t.f, part.f) > Math.min(t.km2, part.km2) * SAME_AREA)) continue;
      taken.push(part);
      sum += part.km2;
    }
    if (taken.length > 1 && Math.abs(sum - whole.km2) <= whole.km2 * SAME_AREA)
      out.set(
        whole.f.properties.id,
        taken.map((t) => t.f.properties.id),
      );
  }
  return out;
}

/** Every feature with its metrics (`withMetrics`) and, for an area tiled by others, the places that tile it. */
export function measuredFeatures(features: readonly PlaceFeature[]): MeasuredPlaceFeature[] {
  const parts = outlinedByParts(features);
  return features.map((f) => {
    const m = withMetrics(f);
    const by = parts.get(f.properties.id);
    return by ? { ...m, properties: { ...m.properties, outlined_by: by } } : m;
  });
}
