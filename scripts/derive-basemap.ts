// Derives two basemap layers from the shipped ones, once, and commits the result (run by hand; the build reads
// the output): Shanghai's land (the coast from GSHHG, the land border from the district outlines) and the
// municipal land border (the district union's outline where it runs over land, not along the coast).
// Usage: npx tsx scripts/derive-basemap.ts

import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';

const dir = path.resolve(import.meta.dirname, '../geo/basemap');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;

const districts = read<FeatureCollection<Polygon | MultiPolygon>>('shanghai-districts.geojson');
const landLakes = read<FeatureCollection<Polygon | MultiPolygon>>('land-lakes.geojson');
const land = landLakes.features.find((f) => f.properties?.['class'] === 'land');
if (!land) throw new Error('geo/basemap/land-lakes.geojson: no feature with class "land"');

const union = turf.union(districts);
if (!union) throw new Error('union of the districts is empty');
// The district outlines do not share their edges exactly: drop the slivers the union leaves as holes.
const outerRings = (
  union.geometry.type === 'Polygon' ? [union.geometry.coordinates] : union.geometry.coordinates
).map((poly) => [poly[0] as Position[]]);
const municipality = turf.multiPolygon(outerRings);
const widened = turf.buffer(municipality, 0.3, { units: 'kilometers' });
if (!widened) throw new Error('buffer of the municipality failed');
const shanghaiLand = turf.intersect(turf.featureCollection([land, widened]));
if (!shanghaiLand) throw new Error('intersection of land and municipality is empty');

// Outline vertices more than 1 km inland belong to the land border; the rest follow the coast.
const inland = turf.buffer(land, -1, { units: 'kilometers' });
if (!inland) throw new Error('inward buffer of the land failed');
const rings: Position[][] = municipality.geometry.coordinates.flat();
const borderLines: Position[][] = [];
for (const ring of rings) {
  let run: Position[] = [];
  for (const p of ring) {
    if (turf.booleanPointInPolygon(p, inland)) run.push(p);
    else {
      if (run.length > 1) borderLines.push(run);
      run = [];
    }
  }
  if (run.length > 1) borderLines.push(run);
}

// The neighbours' land borders (Jiangsu–Zhejiang, and theirs with Anhui): inland outline vertices away from Shanghai.
const neighbours = read<FeatureCollection<Polygon | MultiPolygon>>('neighbour-provinces.geojson');
const nearShanghai = turf.buffer(municipality, 2, { units: 'kilometers' });
if (!nearShanghai) throw new Error('buffer of the municipality failed');
const provinceLines: Position[][] = [];
for (const f of neighbours.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const ring of polys.flat()) {
    let run: Position[] = [];
    for (const p of ring) {
      if (turf.booleanPointInPolygon(p, inland) && !turf.booleanPointInPolygon(p, nearShanghai)) run.push(p);
      else {
        if (run.length > 1) provinceLines.push(run);
        run = [];
      }
    }
    if (run.length > 1) provinceLines.push(run);
  }
}

const round = (g: unknown): unknown =>
  Array.isArray(g) ? g.map(round) : typeof g === 'number' ? Math.round(g * 1e5) / 1e5 : g;
const write = (file: string, fc: FeatureCollection) => {
  const text = JSON.stringify(fc, (_k, v: unknown) =>
    Array.isArray(v) && typeof v[0] === 'number' ? round(v) : v,
  );
  fs.writeFileSync(path.join(dir, file), text + '\n');
  console.log(`wrote geo/basemap/${file} (${text.length} bytes)`);
};
const source = 'derived by scripts/derive-basemap.ts from shanghai-districts.geojson and land-lakes.geojson';
write('shanghai-land.geojson', turf.featureCollection([{ ...shanghaiLand, properties: { source } }]));
write(
  'shanghai-land-border.geojson',
  turf.featureCollection(
    borderLines.map((coords): Feature<LineString> => turf.lineString(coords, { source })),
  ),
);
write(
  'province-land-borders.geojson',
  turf.featureCollection(
    provinceLines.map((coords): Feature<LineString> =>
      turf.lineString(coords, {
        source: 'derived by scripts/derive-basemap.ts from neighbour-provinces.geojson',
      }),
    ),
  ),
);
console.log(
  `municipality ${(turf.area(municipality) / 1e6).toFixed(0)} km², land ${(turf.area(shanghaiLand) / 1e6).toFixed(0)} km², ${borderLines.length} border lines`,
);
