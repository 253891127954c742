// The geometry rules of a curated place, on its raw `geometry` (before the schema has looked at it, so that every
// problem is said precisely): structure, the plan's region, and the shape of lines and rings.

import { kinks } from '@turf/turf';
import type { Polygon } from 'geojson';
import { GEOMETRY_TYPES, type PlaceGeometryType } from '../../src/data/feature-schema';
import type { Bounds } from '../../src/data/plan-manifest';

export type PathPart = string | number;
export interface Issue {
  path: PathPart[];
  message: string;
}
type At = (path: PathPart[], message: string) => void;
type Positions = { pos: number[]; path: PathPart[] }[];

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const regionText = (r: Bounds) => `lon ${r.west}–${r.east}, lat ${r.south}–${r.north}`;

/** Array nesting above the positions, per geometry type. */
const DEPTH: Record<PlaceGeometryType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

const inBounds = (r: Bounds, lon: number, lat: number) =>
  lon >= r.west && lon <= r.east && lat >= r.south && lat <= r.north;
const showPosition = (p: readonly number[]) => `[${p.join(', ')}]`;
const samePosition = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];
export const showValue = (v: unknown) =>
  typeof v === 'number' ? String(v) : v === undefined ? 'undefined' : (JSON.stringify(v) ?? typeof v);

/**
 * Geometry problems of a (raw) feature's `geometry`, paths relative to the feature: structure (positions of 2 or 3
 * finite numbers, nesting), lines of at least 2 positions and non-zero length, closed rings of at least 4 positions
 * that do not cross themselves, and every position inside REGION (a position that would be inside once swapped is
 * reported as lat/lon swapped). Out-of-region positions are reported once per feature with a count of the others.
 */
export function checkGeometry(geometry: unknown, rules: { region: Bounds; regionName: string }): Issue[] {
  const issues: Issue[] = [];
  const at = (path: PathPart[], message: string) => issues.push({ path: ['geometry', ...path], message });
  if (!isRecord(geometry)) {
    at([], `geometry must be an object with type and coordinates, not ${showValue(geometry)}`);
    return issues;
  }
  const type = geometry.type;
  if (!GEOMETRY_TYPES.includes(type as PlaceGeometryType)) {
    at(['type'], `geometry type ${showValue(type)} is not one of ${GEOMETRY_TYPES.join(', ')}`);
    return issues;
  }
  const gtype = type as PlaceGeometryType;
  for (const key of Object.keys(geometry)) {
    if (key !== 'type' && key !== 'coordinates') at([key], 'unknown geometry member');
  }
  if (!('coordinates' in geometry)) {
    at(['coordinates'], 'missing coordinates');
    return issues;
  }

  const coordinates = geometry.coordinates;
  const { positions, ok } = walkPositions(coordinates, DEPTH[gtype], at);
  regionIssues(positions, rules, at);
  if (ok) shapeIssues(gtype, coordinates as unknown[], at);
  return issues;
}

/** Walks to the positions, keeping each valid one with its path; `ok` when the nesting and numbers are right. */
function walkPositions(coordinates: unknown, depth: number, at: At): { positions: Positions; ok: boolean } {
  const positions: Positions = [];
  let structureOk = true;
  const walk = (node: unknown, depth: number, path: PathPart[]) => {
    if (!Array.isArray(node)) {
      structureOk = false;
      const wanted = depth === 0 ? 'a position [lon, lat]' : 'an array';
      at(path, `expected ${wanted}, found ${showValue(node)}`);
      return;
    }
    if (depth > 0) {
      node.forEach((child, k) => walk(child, depth - 1, [...path, k]));
      return;
    }
    if (node.length < 2 || node.length > 3) {
      structureOk = false;
      at(path, `a position has 2 or 3 numbers ([lon, lat] or [lon, lat, alt]), found ${showValue(node)}`);
      return;
    }
    let finite = true;
    node.forEach((c, k) => {
      if (typeof c !== 'number' || !Number.isFinite(c)) {
        finite = false;
        at([...path, k], `coordinate is not a finite number: ${showValue(c)}`);
      }
    });
    if (finite) positions.push({ pos: node as number[], path });
    else structureOk = false;
  };
  walk(coordinates, depth, ['coordinates']);
  return { positions, ok: structureOk };
}

/** Positions outside the region, aggregated: one error per kind with the count of further positions. */
function regionIssues(positions: Positions, rules: { region: Bounds; regionName: string }, at: At): void {
  const inRegion = (lon: number, lat: number) => inBounds(rules.region, lon, lat);
  const swapped = positions.filter(({ pos: [x, y] }) => !inRegion(x!, y!) && inRegion(y!, x!));
  const outside = positions.filter(({ pos: [x, y] }) => !inRegion(x!, y!) && !inRegion(y!, x!));
  const more = (n: number) => (n > 1 ? ` (and ${n - 1} more position${n > 2 ? 's' : ''})` : '');
  if (swapped[0]) {
    at(
      swapped[0].path,
      `${showPosition(swapped[0].pos)} looks like lat/lon swapped? GeoJSON is [lon, lat]${more(swapped.length)}`,
    );
  }
  if (outside[0]) {
    at(
      outside[0].path,
      `${showPosition(outside[0].pos)} is outside the ${rules.regionName} region (${regionText(rules.region)})${more(outside.length)}`,
    );
  }
}

/** The shape rules of a structurally valid geometry: lines of length, closed rings that do not cross themselves. */
function shapeIssues(gtype: PlaceGeometryType, c: unknown[], at: At): void {
  const checkLine = (line: number[][], path: PathPart[]) => {
    if (line.length < 2) at(path, `a line needs at least 2 positions, found ${line.length}`);
    else if (line.every((p) => samePosition(p, line[0]!)))
      at(path, 'zero-length line: all its positions are the same');
  };
  const checkPolygon = (rings: number[][][], path: PathPart[]) => {
    if (rings.length === 0) at(path, 'a polygon needs at least one ring');
    rings.forEach((ring, r) => {
      const rpath = [...path, r];
      if (ring.length < 4) {
        at(rpath, `a polygon ring needs at least 4 positions (first = last), found ${ring.length}`);
        return;
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (!samePosition(first, last)) {
        at(rpath, `ring is not closed: first ${showPosition(first)} ≠ last ${showPosition(last)}`);
        return;
      }
      // Repeated consecutive vertices would show up as false kinks; drop them first.
      const clean = ring.filter((p, k) => k === 0 || !samePosition(p, ring[k - 1]!));
      if (clean.length < 4) {
        at(rpath, 'degenerate ring: fewer than 3 distinct corners');
        return;
      }
      const ringPolygon: Polygon = { type: 'Polygon', coordinates: [clean] };
      const crossings = kinks(ringPolygon).features;
      if (crossings.length > 0) {
        const c = crossings[0]!.geometry.coordinates.map((v) => Math.round(v * 1e6) / 1e6);
        at(
          rpath,
          `ring self-intersects at ${showPosition(c)}${crossings.length > 1 ? ` (${crossings.length} crossings)` : ''}`,
        );
      }
    });
  };
  const nonEmpty = () => {
    if (c.length === 0) at(['coordinates'], `a ${gtype} must not be empty`);
  };
  switch (gtype) {
    case 'Point':
      break;
    case 'MultiPoint':
      nonEmpty();
      break;
    case 'LineString':
      checkLine(c as number[][], ['coordinates']);
      break;
    case 'MultiLineString':
      nonEmpty();
      (c as number[][][]).forEach((line, k) => checkLine(line, ['coordinates', k]));
      break;
    case 'Polygon':
      checkPolygon(c as number[][][], ['coordinates']);
      break;
    case 'MultiPolygon':
      nonEmpty();
      (c as number[][][][]).forEach((poly, k) => checkPolygon(poly, ['coordinates', k]));
      break;
  }
}
