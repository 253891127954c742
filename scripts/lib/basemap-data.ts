// Packs the embedded basemap (geo/basemap) into the one file the app loads at start, data/basemap.json:
// only the layers the style draws, coordinates rounded to ~1 m, the context-only layers simplified.

import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { BasemapData } from '../../src/map/basemap-style';

type FC = FeatureCollection<Geometry | null>;

function roundCoords(g: unknown, digits: number): unknown {
  if (typeof g === 'number') return Math.round(g * 10 ** digits) / 10 ** digits;
  return Array.isArray(g) ? g.map((x) => roundCoords(x, digits)) : g;
}

/** Keeps only the given properties and rounds coordinates. */
function slim(fc: FC, keep: string[], digits = 5): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: Object.fromEntries(
        keep.filter((k) => f.properties?.[k] !== undefined).map((k) => [k, f.properties?.[k]]),
      ),
      geometry: {
        ...f.geometry,
        coordinates: roundCoords((f.geometry as { coordinates: unknown }).coordinates, digits),
      } as Geometry,
    })),
  };
}

/** False for an empty geometry (the WDBII rivers hold one empty line), which MapLibre's worker cannot draw. */
function hasPositions(f: Feature): boolean {
  return JSON.stringify((f.geometry as { coordinates?: unknown } | null)?.coordinates ?? []).includes(',');
}

/** Simplifies each polygon or line on its own; a part too small to simplify is kept as it is. */
function simplify(fc: FC, tolerance: number): FC {
  const parts = (turf.flatten(fc as FeatureCollection).features as Feature<Geometry>[]).filter(hasPositions);
  const kept: Feature[] = [];
  for (const part of parts) {
    try {
      kept.push(turf.simplify(part, { tolerance, highQuality: true }));
    } catch {
      // a ring too small to simplify: keep it as it is
      kept.push(part);
    }
  }
  return { type: 'FeatureCollection', features: kept };
}

/** Packs the basemap layers of a folder (a plan config's `files.basemap`). */
export function buildBasemapData(repoRoot: string, basemapDir: string): BasemapData {
  const dir = path.join(repoRoot, basemapDir);
  const read = (file: string): FC => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as FC;
  const landLakes = read('land-lakes.geojson');
  const byClass = (c: string): FC => ({
    type: 'FeatureCollection',
    features: landLakes.features.filter((f) => f.properties?.['class'] === c),
  });
  const districts = read('shanghai-districts.geojson');
  const labels: Feature<Point>[] = districts.features.map((f) => {
    const cp = f.properties?.['cp'] as [number, number] | undefined;
    const at = cp ?? turf.pointOnFeature(f as Feature<Geometry>).geometry.coordinates;
    const names: Record<string, unknown> = {
      name: f.properties?.['name'],
      name_en: f.properties?.['name_en'],
    };
    return turf.point(at, names);
  });
  return {
    land: slim(simplify(byClass('land'), 0.0002), []),
    lakes: slim(simplify(byClass('lake'), 0.0002), []),
    shanghaiLand: slim(simplify(read('shanghai-land.geojson'), 0.0002), []),
    municipalBorder: slim(read('shanghai-land-border.geojson'), []),
    provinceBorders: slim(simplify(read('province-land-borders.geojson'), 0.001), []),
    districts: slim(districts, ['name', 'name_en']),
    districtLabels: slim({ type: 'FeatureCollection', features: labels }, ['name', 'name_en']),
    rivers: slim(simplify(read('rivers-wdbii.geojson'), 0.0005), ['wdbii_level'], 4),
  };
}
