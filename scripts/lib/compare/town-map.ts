// What each town's small map draws, already projected to SVG path data in km around the town's centre (one
// projection and one frame for all the towns, src/data/compare/projection.ts), so that the browser does no
// geometry: the basemap clipped to the frame, the district labels in both languages, the town's outline, and the
// plan's places around it with the role that decides how they are drawn.

import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../../../src/data/feature-schema';
import type { MapPlace, MapRole, TownMap } from '../../../src/data/compare/model';
import { frameBounds, pathData, projector, type Project } from '../../../src/data/compare/projection';
import type { buildBasemapData } from '../basemap-data';
import { round1 } from '../feature-metrics';
import { asFeature, isHubOrStation, isLine, isPoint, isPolygon, linesOf, pointsOf } from './geometry';

type Basemap = ReturnType<typeof buildBasemapData>;
type Box = readonly [number, number, number, number];

const clipMargin = 1; // km beyond the frame, so that clipped edges fall outside the picture

function clipLines(fc: FeatureCollection, box: Box): Position[][] {
  const out: Position[][] = [];
  const parts: Feature<Geometry | null>[] = turf.flatten(fc).features as Feature<Geometry | null>[];
  for (const part of parts) {
    const g: Geometry | null = part.geometry;
    if (!g || !(isLine(g) || isPolygon(g))) continue;
    const [w, s, e, n] = turf.bbox(g);
    if (e < box[0] || w > box[2] || n < box[1] || s > box[3]) continue;
    const clipped = turf.bboxClip(part as Feature<Polygon>, [...box]).geometry;
    out.push(...linesOf(clipped).filter((l) => l.length >= 2));
  }
  return out;
}

function mapRole(f: PlaceFeature): MapRole {
  const p = f.properties;
  if (p.kind === 'hub') return 'hub';
  if (isHubOrStation(p.kind)) return 'station';
  if (p.kind === 'new-town') return 'neighbour-town';
  if (p.theme === 'rail' && isLine(f.geometry)) return 'rail';
  if (isPolygon(f.geometry)) return 'area';
  if (isLine(f.geometry)) return 'line';
  return 'point';
}

const inBox = (p: Position, b: Box) =>
  (p[0] ?? 0) >= b[0] && (p[0] ?? 0) <= b[2] && (p[1] ?? 0) >= b[1] && (p[1] ?? 0) <= b[3];

/** The district labels inside the frame, both names from the basemap (the English map needs both). */
function districtLabels(basemap: Basemap, project: Project, inner: Box): TownMap['basemap']['labels'] {
  return basemap.districtLabels.features.flatMap((f) => {
    const g = f.geometry;
    if (g.type !== 'Point' || !inBox(g.coordinates, inner)) return [];
    const [x, y] = project(g.coordinates);
    const text = String(f.properties?.['name'] ?? '');
    const en: unknown = f.properties?.['name_en'];
    if (typeof en !== 'string' || !en.trim())
      throw new Error(`geo/basemap (districts): district "${text}" has no name_en`);
    return [{ text, text_en: en, x: round1(x), y: round1(y) }];
  });
}

const roleOrder: MapRole[] = ['area', 'neighbour-town', 'line', 'rail', 'point', 'station', 'hub'];

/** The places drawn around a town (not the town itself), areas first and hubs last. */
function mapPlaces(
  town: PlaceFeature,
  features: readonly PlaceFeature[],
  project: Project,
  box: Box,
  inner: Box,
): MapPlace[] {
  const places: MapPlace[] = [];
  for (const f of features) {
    if (f.properties.id === town.properties.id) continue;
    const role = mapRole(f);
    if (isPoint(f.geometry)) {
      for (const p of pointsOf(f.geometry).filter((q) => inBox(q, inner))) {
        const [x, y] = project(p);
        places.push({
          id: f.properties.id,
          role,
          x: Math.round(x * 100) / 100,
          y: Math.round(y * 100) / 100,
        });
      }
      continue;
    }
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [asFeature(f.geometry)] };
    const d = pathData(clipLines(fc, box), project, isPolygon(f.geometry));
    if (d) places.push({ id: f.properties.id, role, d });
  }
  return places.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
}

export function townMap(
  town: PlaceFeature,
  centre: [number, number],
  frame: { sizeKm: number; refLat: number },
  basemap: Basemap,
  features: readonly PlaceFeature[],
): TownMap {
  const project = projector(frame.refLat, centre);
  const box = frameBounds(frame.refLat, centre, frame.sizeKm, clipMargin);
  const inner = frameBounds(frame.refLat, centre, frame.sizeKm);
  const closed = (fc: FeatureCollection) => pathData(clipLines(fc, box), project, true);
  const open = (fc: FeatureCollection) => pathData(clipLines(fc, box), project, false);
  return {
    centre,
    basemap: {
      neighbourLand: closed(basemap.land),
      shanghaiLand: closed(basemap.shanghaiLand),
      water: closed(basemap.lakes),
      rivers: open(basemap.rivers),
      districts: closed(basemap.districts),
      borders: open({
        type: 'FeatureCollection',
        features: [...basemap.provinceBorders.features, ...basemap.municipalBorder.features],
      }),
      labels: districtLabels(basemap, project, inner),
    },
    outline: pathData(linesOf(town.geometry), project, true),
    places: mapPlaces(town, features, project, box, inner),
  };
}
