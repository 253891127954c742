// Builds data/compare.json for the compare view (#/compare): each new town's profile, from the curated facts in
// content/shanghai-14fyp/compare/new-towns.json (checked here: every quote must be the plan's exact text at its offsets, every
// figure must name its source), the plan's text and mention index, and the geography measured with turf (the
// outline's area, rail lines within 2 km, hubs, stations and named places inside or near), plus what each town's
// small map draws, already projected to SVG path data so that the browser does no geometry.

import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { z } from 'zod';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../../src/data/feature-schema';
import type { MentionIndex } from '../../src/data/mentions';
import type { ClauseUnit } from '../../src/data/types';
import {
  NEAR_KM,
  STRENGTHS,
  TOWNS_CLAUSE,
  TOWN_KEYS,
  clauseLists,
  frameBounds,
  pathData,
  placesInPassage,
  projector,
  townId,
  townPassages,
  type CompareData,
  type MapPlace,
  type MapRole,
  type NearPlace,
  type PlaceRef,
  type Quote,
  type Relation,
  type SourcedFigure,
  type TownKey,
  type TownMap,
  type TownProfile,
} from '../../src/data/compare';
import { buildBasemapData } from './basemap-data';
import { areaKm2, round1 } from './feature-metrics';

export const CONTENT_FILE = 'content/shanghai-14fyp/compare/new-towns.json';

// ---------------------------------------------------------------------------------------------------------------
// The curated file

const quoteSchema = z.strictObject({
  clause: z.string().regex(/^\d+(\.\d+)*$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
});

const figureSchema = z
  .strictObject({
    value: z.number().positive().nullable(),
    unit: z.string().min(1),
    text: z.string(),
    source: z.string().min(10),
    url: z.url({ protocol: /^https?$/ }).optional(),
    strength: z.enum(STRENGTHS),
    note: z.string().min(1).optional(),
  })
  .refine((f) => f.value === null || f.text.length > 0, { error: 'a figure needs its text' })
  .refine((f) => f.value !== null || !!f.note, {
    error: 'a missing figure needs a note saying what is known',
  });

const contentSchema = z.strictObject({
  $comment: z.string(),
  shared: z.strictObject({
    millionTarget: quoteSchema,
    regionalLinkage: quoteSchema,
    aggregate2025: figureSchema,
  }),
  towns: z
    .array(
      z.strictObject({
        key: z.enum(TOWN_KEYS),
        positioning: quoteSchema,
        industries: z.array(quoteSchema).min(1),
        linkages: z.array(quoteSchema),
        area: figureSchema,
        population: z.strictObject({ '2025': figureSchema, '2035': figureSchema }),
      }),
    )
    .length(TOWN_KEYS.length),
});

export type CompareContent = z.infer<typeof contentSchema>;

/** A curated figure without its absent optional fields (zod gives them as `undefined`). */
function figure(f: z.infer<typeof figureSchema>): SourcedFigure {
  const { url, note, ...rest } = f;
  return { ...rest, ...(url ? { url } : {}), ...(note ? { note } : {}) };
}

export function readCompareContent(root: string): CompareContent {
  const text = fs.readFileSync(path.join(root, CONTENT_FILE), 'utf8');
  const parsed = contentSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${CONTENT_FILE}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`compare: invalid curated facts\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Problems with a quote: not the plan's text at its offsets, or outside the passage it must lie in. */
export function checkQuote(
  q: Quote,
  units: ReadonlyMap<string, ClauseUnit>,
  where: string,
  within?: Quote,
): string[] {
  const unit = units.get(q.clause);
  if (!unit) return [`${where}: no unit ${q.clause}`];
  const actual = unit.text.slice(q.start, q.end);
  if (actual !== q.text)
    return [`${where}: ${q.clause}[${q.start}, ${q.end}) reads “${actual}”, not “${q.text}”`];
  if (within && (q.clause !== within.clause || q.start < within.start || q.end > within.end))
    return [`${where}: “${q.text}” is not inside ${within.clause}[${within.start}, ${within.end})`];
  return [];
}

// ---------------------------------------------------------------------------------------------------------------
// Geometry

type Area = Feature<Polygon | MultiPolygon>;
type AnyFeature = Feature<Geometry>;

const asFeature = (g: Geometry): AnyFeature => ({ type: 'Feature', properties: {}, geometry: g });

/** The lines of a geometry (rings of areas included), for distances. */
function linesOf(g: Geometry): Position[][] {
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

function pointsOf(g: Geometry): Position[] {
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

/** Where a geometry lies against a town's outline, and how far from it. */
export function relationTo(g: Geometry, town: Area): { relation: Relation; distance_km: number } {
  if (!turf.booleanIntersects(asFeature(g), town)) {
    const d = distanceToBoundaryKm(g, town);
    return { relation: d <= NEAR_KM ? 'near' : 'outside', distance_km: round1(d) };
  }
  return { relation: isWithin(g, town) ? 'inside' : 'crosses', distance_km: 0 };
}

const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';
const isPolygon = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isPoint = (g: Geometry) => g.type === 'Point' || g.type === 'MultiPoint';
const isHubOrStation = (kind: string) => /(^|-)hub$|station$/.test(kind);
/** Places a passage names as context or partner, not as a project in the town (临港新片区, 金山, 嘉善). */
const PARTNER_KINDS = new Set(['district', 'county', 'special-area', 'new-town']);

/** A place lies in the town: wholly within it, or (an area) with its centre inside and smaller than the town. */
function liesIn(f: PlaceFeature, town: Area): boolean {
  if (!turf.booleanIntersects(asFeature(f.geometry), town)) return false;
  if (isWithin(f.geometry, town)) return true;
  if (!isPolygon(f.geometry)) return false;
  const centre = turf.pointOnFeature(asFeature(f.geometry)).geometry.coordinates;
  return (
    turf.booleanPointInPolygon(centre, town) && (areaKm2(f.geometry) ?? 0) < (areaKm2(town.geometry) ?? 0) / 2
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The small maps

const clipMargin = 1; // km beyond the frame, so that clipped edges fall outside the picture

function clipLines(fc: FeatureCollection, box: [number, number, number, number]): Position[][] {
  const out: Position[][] = [];
  for (const part of turf.flatten(fc as FeatureCollection<Geometry>).features) {
    const g = part.geometry;
    if (!g || !(isLine(g) || isPolygon(g))) continue;
    const [w, s, e, n] = turf.bbox(part);
    if (e < box[0] || w > box[2] || n < box[1] || s > box[3]) continue;
    const clipped = turf.bboxClip(part as Feature<Polygon>, box).geometry;
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

function townMap(
  town: PlaceFeature,
  centre: [number, number],
  frame: { sizeKm: number; refLat: number },
  basemap: ReturnType<typeof buildBasemapData>,
  features: readonly PlaceFeature[],
): TownMap {
  const project = projector(frame.refLat, centre);
  const box = frameBounds(frame.refLat, centre, frame.sizeKm, clipMargin);
  const inner = frameBounds(frame.refLat, centre, frame.sizeKm);
  const closed = (fc: FeatureCollection) => pathData(clipLines(fc, box), project, true);
  const open = (fc: FeatureCollection) => pathData(clipLines(fc, box), project, false);
  const inBox = (p: Position, b: number[]) =>
    (p[0] ?? 0) >= (b[0] ?? 0) &&
    (p[0] ?? 0) <= (b[2] ?? 0) &&
    (p[1] ?? 0) >= (b[1] ?? 0) &&
    (p[1] ?? 0) <= (b[3] ?? 0);
  const labels = basemap.districtLabels.features.flatMap((f) => {
    const g = f.geometry;
    if (g.type !== 'Point' || !inBox(g.coordinates, inner)) return [];
    const [x, y] = project(g.coordinates);
    const text = String(f.properties?.['name'] ?? '');
    // Both names come from geo/basemap/shanghai-districts.geojson (`name`, `name_en`): the English map needs both.
    const en = f.properties?.['name_en'];
    if (typeof en !== 'string' || !en.trim())
      throw new Error(`geo/basemap/shanghai-districts.geojson: district "${text}" has no name_en`);
    return [{ text, text_en: en, x: round1(x), y: round1(y) }];
  });
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
    const d = isPolygon(f.geometry) ? closed(fc) : open(fc);
    if (d) places.push({ id: f.properties.id, role, d });
  }
  const roleOrder: MapRole[] = ['area', 'neighbour-town', 'line', 'rail', 'point', 'station', 'hub'];
  places.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
  const outline = pathData(linesOf(town.geometry), project, true);
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
      labels,
    },
    outline,
    places,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The profiles

export function buildCompareData(
  root: string,
  units: readonly ClauseUnit[],
  features: readonly PlaceFeature[],
  mentions: MentionIndex,
  content: CompareContent = readCompareContent(root),
): CompareData {
  const problems: string[] = [];
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const clause = byUnit.get(TOWNS_CLAUSE);
  if (!clause) throw new Error(`compare: the plan has no ${TOWNS_CLAUSE}`);
  const passages = townPassages(clause, mentions);

  const ref = (f: PlaceFeature): PlaceRef => ({
    id: f.properties.id,
    name_zh: f.properties.name_zh,
    name_en: f.properties.name_en,
    kind: f.properties.kind,
    status: f.properties.status,
    clauses: clauseLists(mentions[f.properties.id] ?? [], order).direct,
  });

  problems.push(
    ...checkQuote(content.shared.millionTarget, byUnit, 'shared.millionTarget'),
    ...checkQuote(content.shared.regionalLinkage, byUnit, 'shared.regionalLinkage'),
  );

  // The shared frame of the small maps: a square that holds the largest town with NEAR_KM around it.
  const towns = TOWN_KEYS.map((key) => {
    const f = byId.get(townId(key));
    if (!f || !isPolygon(f.geometry)) throw new Error(`compare: no outline for ${townId(key)}`);
    const [w, s, e, n] = turf.bbox(f);
    return {
      key,
      f,
      area: f as unknown as Area,
      centre: [(w + e) / 2, (s + n) / 2] as [number, number],
      box: [w, s, e, n],
    };
  });
  const refLat = Math.round((towns.reduce((a, t) => a + t.centre[1], 0) / towns.length) * 100) / 100;
  const kx = (Math.PI * 6371.0088 * Math.cos((refLat * Math.PI) / 180)) / 180;
  const ky = (Math.PI * 6371.0088) / 180;
  const largest = Math.max(
    ...towns.map((t) =>
      Math.max(((t.box[2] ?? 0) - (t.box[0] ?? 0)) * kx, ((t.box[3] ?? 0) - (t.box[1] ?? 0)) * ky),
    ),
  );
  const frame = { sizeKm: 2 * Math.ceil((largest + 2 * NEAR_KM) / 2), refLat };
  const basemap = buildBasemapData(root, 'geo/basemap');

  const profiles: TownProfile[] = towns.map(({ key, f, area, centre }) => {
    const c = content.towns.find((t) => t.key === key);
    const passage = passages.get(key);
    if (!c || !passage) throw new Error(`compare: no curated facts for ${key}`);
    const where = `${CONTENT_FILE}: ${key}`;
    problems.push(
      ...checkQuote(c.positioning, byUnit, `${where}.positioning`, passage),
      ...c.industries.flatMap((q, i) => checkQuote(q, byUnit, `${where}.industries[${i}]`, passage)),
      ...c.linkages.flatMap((q, i) => checkQuote(q, byUnit, `${where}.linkages[${i}]`, passage)),
    );
    if (c.area.value !== f.properties.area_km2_official)
      problems.push(
        `${where}.area: ${c.area.value} km² differs from ${townId(key)}'s area_km2_official (${f.properties.area_km2_official}) in geo/`,
      );

    const named = placesInPassage(passage, mentions).flatMap(({ id, quote }) => {
      const pf = byId.get(id);
      return pf ? [{ f: pf, quote }] : [];
    });
    const namedIds = new Set(named.map((n) => n.f.properties.id));
    const near = (pf: PlaceFeature): NearPlace => ({
      ...ref(pf),
      ...relationTo(pf.geometry, area),
      inPassage: namedIds.has(pf.properties.id),
    });
    const byDistance = (a: NearPlace, b: NearPlace) =>
      a.distance_km - b.distance_km || a.id.localeCompare(b.id);

    const railNamed = named
      .filter(({ f: pf }) => pf.properties.theme === 'rail' || isHubOrStation(pf.properties.kind))
      .map(({ f: pf, quote }) => ({ ...ref(pf), quote }));
    const railNear = features
      .filter((pf) => pf.properties.theme === 'rail' && isLine(pf.geometry))
      .map(near)
      .filter((p) => p.relation !== 'outside')
      .sort(byDistance);
    const hubs = features
      .filter((pf) => isHubOrStation(pf.properties.kind))
      .map(near)
      .filter((p) => p.relation !== 'outside' || p.inPassage)
      .sort(byDistance);
    const projects = features
      .filter((pf) => {
        const p = pf.properties;
        if (p.theme === 'rail' || isHubOrStation(p.kind) || PARTNER_KINDS.has(p.kind)) return false;
        if (namedIds.has(p.id)) return true;
        if ((mentions[p.id] ?? []).every((m) => m.via === 'group')) return false;
        return liesIn(pf, area);
      })
      .map(near)
      .sort((a, b) => Number(b.inPassage) - Number(a.inPassage) || byDistance(a, b));

    const computed = areaKm2(f.geometry) ?? 0;
    return {
      key,
      id: f.properties.id,
      name_zh: f.properties.name_zh,
      name_en: f.properties.name_en,
      passage,
      positioning: c.positioning,
      industries: c.industries,
      linkages: c.linkages,
      railNamed,
      railNear,
      hubs,
      projects,
      area: {
        official: figure(c.area),
        computed_km2: round1(computed),
        outlineSource: `Outline as drawn in geo/shanghai-14fyp/new-towns.geojson (precision: ${f.properties.precision})`,
        ...(f.properties.note ? { outlineNote: f.properties.note } : {}),
      },
      population: { y2025: figure(c.population['2025']), y2035: figure(c.population['2035']) },
      clauses: clauseLists(mentions[f.properties.id] ?? [], order),
      map: townMap(f, centre, frame, basemap, features),
    } satisfies TownProfile;
  });

  if (problems.length) throw new Error(`compare: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);

  const drawn = new Set(profiles.flatMap((t) => t.map.places.map((p) => p.id)));
  const places: CompareData['places'] = {};
  for (const id of [...drawn].sort()) {
    const p = byId.get(id)?.properties;
    if (p)
      places[id] = { name_zh: p.name_zh, name_en: p.name_en, kind: p.kind, theme: p.theme, status: p.status };
  }
  const shared = { ...content.shared, aggregate2025: figure(content.shared.aggregate2025) };
  return { frame, shared, places, towns: profiles };
}

export type { TownKey };
