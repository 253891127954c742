// Which place or district is under the pointer, computed on the CPU: a bounding-box filter, then point-in-polygon
// for areas and a distance in pixels for lines and points. GPU picking renders the whole scene again for every
// pointer move, which software WebGL (and weak laptops) cannot afford; this takes well under a millisecond.

import { bbox, booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../data/types';

interface Entry<F> {
  feature: F;
  box: [number, number, number, number];
  /** Points first, then lines (the one drawn on top first), then areas from the smallest. */
  rank: number;
}

export interface HitIndex<F> {
  entries: Entry<F>[];
}

const KM_PER_DEGREE = 111.32;

/** Points, then lines, then areas from the smallest; `layer` (higher = drawn later, on top) breaks ties. */
function rankOf(f: Feature, layer: number): number {
  const t = f.geometry?.type ?? '';
  if (t.includes('Point')) return -layer;
  if (t.includes('Line')) return 1000 - layer;
  const [w, s, e, n] = bbox(f);
  return 2000 + (e - w) * (n - s);
}

export function buildHitIndex<F extends Feature>(
  features: readonly F[],
  layerOf: (f: F) => number = () => 0,
): HitIndex<F> {
  const entries = features
    .filter((f) => f.geometry)
    .map((feature) => ({
      feature,
      box: bbox(feature) as [number, number, number, number],
      rank: rankOf(feature, layerOf(feature)),
    }))
    .sort((a, b) => a.rank - b.rank);
  return { entries };
}

function lines(f: Feature): Position[][] {
  const g = f.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function points(f: Feature): Position[] {
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

/**
 * The first feature under `at` (lon, lat): `tolerancePx` pixels around lines and points at this zoom.
 * `accept` filters features (e.g. hidden themes); `prefer` puts some first (e.g. what is emphasised).
 */
export function hitTest<F extends Feature>(
  index: HitIndex<F>,
  at: [number, number],
  zoom: number,
  accept: (f: F) => boolean = () => true,
  prefer: (f: F) => boolean = () => false,
  tolerancePx = 6,
): F | null {
  const [lon, lat] = at;
  const kmPerPx = (40075 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  const tolKm = tolerancePx * kmPerPx;
  const tolDeg = tolKm / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const hits: F[] = [];
  for (const { feature, box } of index.entries) {
    if (lon < box[0] - tolDeg || lon > box[2] + tolDeg || lat < box[1] - tolDeg || lat > box[3] + tolDeg)
      continue;
    if (!accept(feature)) continue;
    const t = feature.geometry.type;
    let hit = false;
    if (t === 'Polygon' || t === 'MultiPolygon') {
      hit = booleanPointInPolygon(at, feature as Feature<Polygon | MultiPolygon>);
    } else if (t.includes('Line')) {
      hit = lines(feature).some(
        (coords) =>
          coords.length > 1 && pointToLineDistance(at, { type: 'LineString', coordinates: coords }) <= tolKm,
      );
    } else if (t.includes('Point')) {
      hit = points(feature).some((p) => distance(at, p) <= tolKm * 1.5);
    }
    if (hit) hits.push(feature);
  }
  return hits.find(prefer) ?? hits[0] ?? null;
}

export type PlaceHitIndex = HitIndex<PlaceFeature>;
export type DistrictHitIndex = HitIndex<FeatureCollection['features'][number]>;
