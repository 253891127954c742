// The compare build's geometry, measured with turf: the lines and points of a geometry, its shortest distance to
// a town's outline, where it lies against the outline (inside, crossing, near within a given distance, outside),
// and which features are rail, hubs and stations, areas or points.

import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../../../src/data/feature-schema';
import type { Relation } from '../../../src/data/compare/model';
import { areaKm2, round1 } from '../feature-metrics';

export type Area = Feature<Polygon | MultiPolygon>;
type AnyFeature = Feature<Geometry>;

export const asFeature = (g: Geometry): AnyFeature => ({ type: 'Feature', properties: {}, geometry: g });

/** The lines of a geometry (rings of areas included), for distances. */
export function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      return [];
  }
}

export function pointsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
      return g.coordinates;
    default:
      return linesOf(g).flat();
  }
}

/** Shortest distance in km between a geometry and the boundary of an area (exact for polylines: vertex to segment). */
export function distanceToBoundaryKm(g: Geometry, town: Area): number {
  const ring = linesOf(town.geometry).filter((l) => l.length >= 2);
  const other = linesOf(g).filter((l) => l.length >= 2);
  let best = Infinity;
  for (const p of pointsOf(g))
    for (const l of ring)
      best = Math.min(best, turf.pointToLineDistance(p, turf.lineString(l), { units: 'kilometers' }));
  for (const p of ring.flat())
    for (const l of other)
      best = Math.min(best, turf.pointToLineDistance(p, turf.lineString(l), { units: 'kilometers' }));
  return best;
}

function isWithin(g: Geometry, town: Area): boolean {
  if (g.type === 'Point') return turf.booleanPointInPolygon(g.coordinates, town);
  if (g.type === 'MultiPoint') return g.coordinates.every((p) => turf.booleanPointInPolygon(p, town));
  if (g.type === 'MultiLineString')
    return g.coordinates.every((l) => turf.booleanWithin(turf.lineString(l), town));
  if (g.type === 'MultiPolygon') return g.coordinates.every((p) => turf.booleanWithin(turf.polygon(p), town));
  return turf.booleanWithin(asFeature(g), town);
}

/** Where a geometry lies against a town's outline, and how far from it; `nearKm` or closer counts as near. */
export function relationTo(
  g: Geometry,
  town: Area,
  nearKm: number,
): { relation: Relation; distance_km: number } {
  if (!turf.booleanIntersects(asFeature(g), town)) {
    const d = distanceToBoundaryKm(g, town);
    return { relation: d <= nearKm ? 'near' : 'outside', distance_km: round1(d) };
  }
  return { relation: isWithin(g, town) ? 'inside' : 'crosses', distance_km: 0 };
}

export const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';
export const isPolygon = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
export const isPoint = (g: Geometry) => g.type === 'Point' || g.type === 'MultiPoint';
export const isHubOrStation = (kind: string) => /(^|-)hub$|station$/.test(kind);

/** A place lies in the town: wholly within it, or (an area) with its centre inside and smaller than the town. */
export function liesIn(f: PlaceFeature, town: Area): boolean {
  if (!turf.booleanIntersects(asFeature(f.geometry), town)) return false;
  if (isWithin(f.geometry, town)) return true;
  if (!isPolygon(f.geometry)) return false;
  const centre = turf.pointOnFeature(asFeature(f.geometry)).geometry.coordinates;
  return (
    turf.booleanPointInPolygon(centre, town) && (areaKm2(f.geometry) ?? 0) < (areaKm2(town.geometry) ?? 0) / 2
  );
}
