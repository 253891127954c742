// Builds one plan's data folder from its config: validates the sources it names (text, places, tours, translations,
// compare facts) and writes what the app loads, data/<plan>/…, with the plan's manifest (plan.json) first read by
// the app. Bad input stops it with every problem listed (file, feature or line, path) and nothing written.

import fs from 'node:fs';
import path from 'node:path';
import { buildBasemapData } from './basemap-data';
import { buildCompareData } from './compare';
import { measuredFeatures } from './feature-metrics';
import { computeMentions, mentionStats } from './mentions';
import { manifestOf, themeIdsOf, type PlanConfig } from './plan-config';
import { loadHistory } from './history';
import { loadGeo } from './read-geo';
import { loadPlan } from './read-plan';
import { loadTours, tourRefs } from './tours';
import { loadTranslations } from './translations';
import { loadTargets } from './targets';
import { loadSources, loadVocabulary, recordsOf, uncited, type Vocabulary } from './sources';
import { formatGeoError, type GeoRules } from './validate-geo';
import type { HistoryEvent, SourceRecord } from '../../src/data/types';
import type { PlaceFeature } from '../../src/data/feature-schema';

/** What a plan's places refer to: its source records and its vocabulary, read and checked. */
export interface PlanRefs {
  sources: Map<string, SourceRecord>;
  vocabulary: Vocabulary;
  errors: string[];
}

export function loadRefs(root: string, config: PlanConfig): PlanRefs {
  const s = loadSources(root, config.files.sources, config.sourceHosts);
  const v = loadVocabulary(root, config.files.vocabulary);
  return { sources: s.sources, vocabulary: v.vocabulary, errors: [...s.errors, ...v.errors] };
}

/** The rules a plan's places are checked against; with `refs`, the ids they use too. */
export function geoRulesOf(config: PlanConfig, refs?: PlanRefs): GeoRules {
  return {
    themes: themeIdsOf(config),
    region: config.region,
    regionName: config.regionName,
    ...(refs
      ? {
          refs: {
            kinds: new Set(Object.keys(refs.vocabulary.kinds)),
            groups: new Set(Object.keys(refs.vocabulary.groups)),
            sources: new Set(refs.sources.keys()),
          },
        }
      : {}),
  };
}

/** The source ids a place cites. */
export function citedBy(f: PlaceFeature): string[] {
  return [...f.properties.sources, ...(f.properties.official_area?.sources ?? [])];
}

/** A place as served: its source ids replaced by their records, its kind's labels and its history added. */
function served(
  f: ReturnType<typeof measuredFeatures>[number],
  refs: PlanRefs,
  history: ReadonlyMap<string, HistoryEvent[]>,
) {
  const p = f.properties;
  const kind = refs.vocabulary.kinds[p.kind]!;
  const events = history.get(p.id);
  return {
    ...f,
    properties: {
      ...p,
      kind_zh: kind.zh,
      kind_en: kind.en,
      sources: recordsOf(p.sources, refs.sources),
      ...(p.official_area
        ? { official_area: { ...p.official_area, sources: recordsOf(p.official_area.sources, refs.sources) } }
        : {}),
      ...(events
        ? { history: events.map((e) => ({ ...e, sources: recordsOf(e.sources, refs.sources) })) }
        : {}),
    },
  };
}

/** Builds `config`'s data into `outDir`; returns the number of problems (printed), 0 when all was written. */
export function buildPlanData(root: string, config: PlanConfig, outDir: string): number {
  const units = loadPlan(root, config.files.text);
  const refs = loadRefs(root, config);
  if (refs.errors.length > 0) {
    for (const e of refs.errors) console.error(e);
    console.error(
      `build-data: ${refs.errors.length} error(s) in the sources or vocabulary; nothing written.`,
    );
    return refs.errors.length;
  }
  const geo = loadGeo(root, units, config.files.geo, geoRulesOf(config, refs));
  if (geo.errors.length > 0) {
    for (const e of geo.errors) console.error(formatGeoError(e));
    console.error(`build-data: ${geo.errors.length} error(s) in ${config.files.geo}/; nothing written.`);
    return geo.errors.length;
  }
  // Everything that can fail is read and checked before the first file is written.
  const history = config.history
    ? loadHistory(root, config.history, {
        places: new Map(geo.features.map((f) => [f.properties.id, f.properties.status])),
        sources: new Set(refs.sources.keys()),
      })
    : { history: new Map<string, HistoryEvent[]>(), errors: [] };
  if (history.errors.length > 0) {
    for (const e of history.errors) console.error(e);
    console.error(
      `build-data: ${history.errors.length} error(s) in ${config.history?.file}; nothing written.`,
    );
    return history.errors.length;
  }
  const translations = config.files.translations
    ? loadTranslations(root, units, config.files.translations)
    : { titles: {}, summaries: {} };
  const mentions = computeMentions(units, geo.features, config.mentions);
  const compare = config.compare
    ? buildCompareData(root, units, geo.features, mentions, {
        ...config.compare,
        basemap: config.files.basemap,
        sources: refs.sources,
        history: history.history,
      })
    : null;
  const targets = config.files.targets
    ? loadTargets(root, config.files.targets, {
        units,
        places: new Set(geo.features.map((f) => f.properties.id)),
        sources: refs.sources,
      })
    : { data: { targets: [], not_targets: [] }, cited: [], errors: [] };
  if (targets.errors.length) {
    for (const e of targets.errors) console.error(e);
    console.error(
      `build-data: ${targets.errors.length} error(s) in ${config.files.targets}; nothing written.`,
    );
    return targets.errors.length;
  }
  const cited = new Set([
    ...geo.features.flatMap(citedBy),
    ...[...history.history.values()].flat().flatMap((e) => e.sources),
    ...(compare?.cited ?? []),
    ...targets.cited,
  ]);
  const unused = uncited(refs.sources, cited);
  if (unused.length) {
    console.error(
      `build-data: source record(s) cited by no place or figure: ${unused.join(', ')} (in ${config.files.sources}/); nothing written.`,
    );
    return unused.length;
  }
  const tourIds = tourRefs(
    units,
    geo.features.map((f) => f.properties.id),
    { layers: themeIdsOf(config), region: config.region, zoom: config.zoom },
  );
  const tours = config.files.tours ? loadTours(root, config.files.tours, tourIds) : { tours: [], errors: [] };
  if (tours.errors.length) {
    for (const e of tours.errors) console.error(e);
    console.error(`build-data: ${tours.errors.length} error(s) in ${config.files.tours}/; nothing written.`);
    return tours.errors.length;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const write = (file: string, data: unknown) => {
    const text = JSON.stringify(data);
    fs.writeFileSync(path.join(outDir, file), text);
    console.log(`  data/${config.id}/${file}  ${(text.length / 1024).toFixed(0)} KB`);
  };
  console.log(`build-data: ${config.id}`);
  write('plan.json', manifestOf(config, refs.vocabulary));
  write('translations.en.json', translations);
  write('basemap.json', buildBasemapData(root, config.files.basemap));
  write('clauses.json', units);
  write('features.geojson', {
    type: 'FeatureCollection',
    features: measuredFeatures(geo.features).map((f) => served(f, refs, history.history)),
  });
  write('mentions.json', mentions);
  if (compare) write('compare.json', compare.data);
  write('tours.json', tours.tours);
  write('targets.json', targets.data);
  if (config.files.targets) {
    const withOutcome = targets.data.targets.filter((t) => t.outcome).length;
    console.log(`  targets: ${targets.data.targets.length} (${withOutcome} with a sourced outcome)`);
  }
  if (tours.tours.length)
    console.log(`  tours: ${tours.tours.map((t) => `${t.id}: ${t.steps.length} steps`).join(', ')}`);
  if (history.history.size) console.log(`  history: ${historyStats(history.history)}`);
  const stats = mentionStats(mentions, geo.features);
  console.log(
    `  mentions: ${stats.linkedFeatures}/${stats.features} places linked (${stats.byVia.name} by name, ` +
      `${stats.byVia.alias} by alias, ${stats.byVia.group} by group); unlinked: ${stats.unlinked.join(', ') || 'none'}`,
  );
  return 0;
}

/** One line on the histories: places, events by status, places with a change since the plan. */
export function historyStats(history: ReadonlyMap<string, readonly HistoryEvent[]>): string {
  const byStatus = new Map<string, number>();
  let events = 0;
  let changed = 0;
  for (const list of history.values()) {
    events += list.length;
    for (const e of list.slice(1)) byStatus.set(e.status, (byStatus.get(e.status) ?? 0) + 1);
    if (list.slice(1).some((e) => e.status !== list[0]!.status || e.partial)) changed++;
  }
  const kinds = [...byStatus].map(([k, n]) => `${k} ${n}`).join(', ');
  return `${history.size} places, ${events} events (${history.size} as of the plan; since: ${kinds || 'none'}); ${changed} places changed since the plan`;
}
