// Measured size of each curated feature (area of polygons, length of lines) for the exported features.geojson, so
// the map can show "≈ 31.8 km² as drawn" next to the plan's official figure without measuring in the browser.
import { area, length } from '@turf/turf';
import type { PlaceFeature, PlaceGeometry } from '../../src/data/feature-schema';
import type { PlaceProperties } from '../../src/data/types';

export interface PlaceMetrics {
  /** Area as drawn, km² rounded to 0.1: Polygon and MultiPolygon only. */
  area_km2?: number;
  /** Length as drawn, km rounded to 0.1: LineString and MultiLineString only. */
  length_km?: number;
}

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
