// Builds data/compare.json for the compare view (#/compare) from a plan's compare config: each town's profile,
// from the curated facts (facts.ts: every quote the plan's exact text at its offsets, every figure with its
// source), the plan's text and mention index, and the geography measured with turf (geometry.ts: the outline's
// area, rail lines within the config's distance, hubs, stations and named places inside or near), plus what each
// town's small map draws (town-map.ts). The config goes into the file, so that the view needs nothing else.

import * as turf from '@turf/turf';
import type { PlaceFeature } from '../../../src/data/feature-schema';
import type { MentionIndex } from '../../../src/data/mentions';
import type { ClauseUnit, HistoryEvent, SourceRecord } from '../../../src/data/types';
import type { CompareConfig, CompareTown } from '../../../src/data/compare/config';
import type {
  CompareData,
  DeliveredPlace,
  NearPlace,
  PlaceRef,
  Quote,
  TownProfile,
} from '../../../src/data/compare/model';
import { dateEnd, statusAt } from '../../../src/data/history';
import { clauseLists, placesInPassage, townPassages } from '../../../src/data/compare/passages';
import { KM_PER_DEG, kmPerDegLon } from '../../../src/data/compare/projection';
import { fillMessage } from '../../../src/i18n/messages-tour';
import { buildBasemapData } from '../basemap-data';
import { areaKm2, round1 } from '../feature-metrics';
import { PRECISION_BADGES } from '../../../src/data/labels';
import {
  checkConfig,
  checkQuote,
  figure,
  readCompareContent,
  type CompareContent,
  type CuratedFigure,
} from './facts';
import { isHubOrStation, isLine, isPolygon, liesIn, relationTo, type Area } from './geometry';
import { townMap } from './town-map';

export { checkQuote, readCompareContent, type CompareContent } from './facts';
export { distanceToBoundaryKm, relationTo } from './geometry';

/** What the build is given: the plan's compare config and its curated facts' file (relative to the root). */
/** A plan's compare view: its config, its curated facts file and the basemap folder its small maps draw. */
export interface CompareSource {
  config: CompareConfig;
  factsFile: string;
  basemap: string;
  /** The plan's source records, by id: the figures cite them. */
  sources: ReadonlyMap<string, SourceRecord>;
  /** The places' status histories, by id (the delivered rows read them at the config's `deliveredBy`). */
  history?: ReadonlyMap<string, readonly HistoryEvent[]>;
}

/** The rail lines, hubs and stations near a town with their status at `by` and their latest change before it. */
function deliveredRail(
  places: readonly NearPlace[],
  history: ReadonlyMap<string, readonly HistoryEvent[]>,
  by: string,
  records: ReadonlyMap<string, SourceRecord>,
  cited: Set<string>,
): DeliveredPlace[] {
  return places.map((p) => {
    const events = history.get(p.id) ?? [];
    const change = events
      .slice(1)
      .filter((e) => dateEnd(e.date) <= dateEnd(by))
      .at(-1);
    for (const id of change?.sources ?? []) cited.add(id);
    return {
      ...p,
      atEnd: events.length ? statusAt(events, by) : null,
      ...(change
        ? {
            change: {
              date: change.date,
              status: change.status,
              partial: change.partial ?? false,
              sources: change.sources.flatMap((id) => records.get(id) ?? []),
            },
          }
        : {}),
    };
  });
}

/** Places a passage names as context or partner, not as a project in the town (a district, another new town). */
const PARTNER_KINDS = new Set(['district', 'county', 'special-area', 'new-town']);

interface Ctx {
  config: CompareConfig;
  features: readonly PlaceFeature[];
  mentions: MentionIndex;
  byId: ReadonlyMap<string, PlaceFeature>;
  order: ReadonlyMap<string, number>;
}

interface TownGeo {
  town: CompareTown;
  f: PlaceFeature;
  area: Area;
  centre: [number, number];
  box: number[];
}

const ref = (ctx: Ctx, f: PlaceFeature): PlaceRef => ({
  id: f.properties.id,
  name_zh: f.properties.name_zh,
  name_en: f.properties.name_en,
  kind: f.properties.kind,
  status: f.properties.status,
  clauses: clauseLists(ctx.mentions[f.properties.id] ?? [], ctx.order).direct,
});

function townGeo(config: CompareConfig, byId: ReadonlyMap<string, PlaceFeature>): TownGeo[] {
  return config.towns.map((town) => {
    const f = byId.get(town.id);
    if (!f || !isPolygon(f.geometry)) throw new Error(`compare: no outline for ${town.id}`);
    const [w, s, e, n] = turf.bbox(f);
    return { town, f, area: f as unknown as Area, centre: [(w + e) / 2, (s + n) / 2], box: [w, s, e, n] };
  });
}

/** The shared frame of the small maps: a square that holds the largest town with `nearKm` around it. */
function frameOf(towns: readonly TownGeo[], nearKm: number): CompareData['frame'] {
  const refLat = Math.round((towns.reduce((a, t) => a + t.centre[1], 0) / towns.length) * 100) / 100;
  const kx = kmPerDegLon(refLat);
  const largest = Math.max(
    ...towns.map((t) =>
      Math.max(((t.box[2] ?? 0) - (t.box[0] ?? 0)) * kx, ((t.box[3] ?? 0) - (t.box[1] ?? 0)) * KM_PER_DEG),
    ),
  );
  return { sizeKm: 2 * Math.ceil((largest + 2 * nearKm) / 2), refLat };
}

/** The places of a town's rows: rail named in its passage, rail near it, hubs and stations, projects. */
function placeLists(ctx: Ctx, g: TownGeo, passage: Quote) {
  const { features, mentions, config } = ctx;
  const named = placesInPassage(passage, mentions).flatMap(({ id, quote }) => {
    const pf = ctx.byId.get(id);
    return pf ? [{ f: pf, quote }] : [];
  });
  const namedIds = new Set(named.map((n) => n.f.properties.id));
  const near = (pf: PlaceFeature): NearPlace => ({
    ...ref(ctx, pf),
    ...relationTo(pf.geometry, g.area, config.nearKm),
    inPassage: namedIds.has(pf.properties.id),
  });
  const byDistance = (a: NearPlace, b: NearPlace) =>
    a.distance_km - b.distance_km || a.id.localeCompare(b.id);
  const railNamed = named
    .filter(({ f: pf }) => pf.properties.theme === 'rail' || isHubOrStation(pf.properties.kind))
    .map(({ f: pf, quote }) => ({ ...ref(ctx, pf), quote }));
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
      return liesIn(pf, g.area);
    })
    .map(near)
    .sort((a, b) => Number(b.inPassage) - Number(a.inPassage) || byDistance(a, b));
  return { railNamed, railNear, hubs, projects };
}

/** The curated facts of one town, their quotes checked against its passage (problems pushed to `problems`). */
function townFacts(
  content: CompareContent,
  g: TownGeo,
  passage: Quote,
  byUnit: ReadonlyMap<string, ClauseUnit>,
  where: string,
  problems: string[],
) {
  const c = content.towns.find((t) => t.key === g.town.key);
  if (!c) throw new Error(`compare: no curated facts for ${g.town.key}`);
  problems.push(
    ...checkQuote(c.positioning, byUnit, `${where}.positioning`, passage),
    ...c.industries.flatMap((q, i) => checkQuote(q, byUnit, `${where}.industries[${i}]`, passage)),
    ...c.linkages.flatMap((q, i) => checkQuote(q, byUnit, `${where}.linkages[${i}]`, passage)),
  );
  const official = g.f.properties.official_area;
  if (c.area.value !== (official?.value_km2 ?? null))
    problems.push(
      `${where}.area: ${c.area.value} km² differs from ${g.town.id}'s official_area (${official?.value_km2}) in geo/`,
    );
  return c;
}

export function buildCompareData(
  root: string,
  units: readonly ClauseUnit[],
  features: readonly PlaceFeature[],
  mentions: MentionIndex,
  source: CompareSource,
  content: CompareContent = readCompareContent(root, source.factsFile, source.config),
): { data: CompareData; cited: string[] } {
  const { config } = source;
  const problems: string[] = checkConfig(config);
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const ctx: Ctx = { config, features, mentions, byId, order: new Map(units.map((u, i) => [u.id, i])) };
  const clause = byUnit.get(config.clause);
  if (!clause) throw new Error(`compare: the plan has no ${config.clause}`);
  const passages = townPassages(clause, mentions, config.towns);
  problems.push(
    ...checkQuote(content.shared.millionTarget, byUnit, 'shared.millionTarget'),
    ...checkQuote(content.shared.regionalLinkage, byUnit, 'shared.regionalLinkage'),
  );
  const cited = new Set<string>();
  const fig = (f: CuratedFigure, where: string) => {
    for (const id of f.sources) cited.add(id);
    return figure(f, source.sources, where, problems);
  };
  const towns = townGeo(config, byId);
  const frame = frameOf(towns, config.nearKm);
  const basemap = buildBasemapData(root, source.basemap);

  const profiles: TownProfile[] = towns.map((g) => {
    const { key, id } = g.town;
    const passage = passages.get(key);
    if (!passage) throw new Error(`compare: no passage for ${key}`);
    const where = `${source.factsFile}: ${key}`;
    const c = townFacts(content, g, passage, byUnit, where, problems);
    const p = g.f.properties;
    const lists = placeLists(ctx, g, passage);
    return {
      key,
      id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      passage,
      positioning: c.positioning,
      industries: c.industries,
      linkages: c.linkages,
      ...lists,
      area: {
        official: fig(c.area, `${where}.area`),
        computed_km2: round1(areaKm2(g.f.geometry) ?? 0),
        outlineSource: {
          zh: fillMessage(config.outlineSource.zh, { precision: PRECISION_BADGES[p.precision].zh }),
          en: fillMessage(config.outlineSource.en, { precision: PRECISION_BADGES[p.precision].en }),
        },
        ...(p.note_zh && p.note_en ? { outlineNote: { zh: p.note_zh, en: p.note_en } } : {}),
      },
      population: {
        y2025: fig(c.population['2025'], `${where}.population.2025`),
        y2035: fig(c.population['2035'], `${where}.population.2035`),
      },
      delivered: {
        population: fig(c.delivered.population, `${where}.delivered.population`),
        rail: deliveredRail(
          [...lists.railNear, ...lists.hubs],
          source.history ?? new Map(),
          config.deliveredBy,
          source.sources,
          cited,
        ),
      },
      clauses: clauseLists(mentions[id] ?? [], ctx.order),
      map: townMap(g.f, g.centre, frame, basemap, features),
      ...(c.rowNotes ? { rowNotes: c.rowNotes } : {}),
    } satisfies TownProfile;
  });

  if (problems.length) throw new Error(`compare: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);

  const drawn = new Set(profiles.flatMap((t) => t.map.places.map((x) => x.id)));
  const places: CompareData['places'] = {};
  for (const pid of [...drawn].sort()) {
    const p = byId.get(pid)?.properties;
    if (p)
      places[pid] = {
        name_zh: p.name_zh,
        name_en: p.name_en,
        kind: p.kind,
        theme: p.theme,
        status: p.status,
      };
  }
  const shared = {
    ...content.shared,
    aggregate2025: fig(content.shared.aggregate2025, 'shared.aggregate2025'),
  };
  if (problems.length) throw new Error(`compare: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  return { data: { config, frame, shared, places, towns: profiles }, cited: [...cited].sort() };
}
