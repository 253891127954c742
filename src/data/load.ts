// The one loader of the built data: every file of the plan's folder (data/<plan>/…) fetched once, on demand, and
// shared; a file that cannot be had fails with `data/<plan>/<file>: HTTP <status>` (src/ui/errors.ts shows it).

import { activePlan } from './active-plan';
import { indexMentions, type MentionIndex, type Mentions } from './mentions';
import { makePlan, type Plan } from './plan';
import type { PlanManifest } from './plan-manifest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { TargetsData } from './targets/model';
import type { ClauseUnit, PlaceFeature, ServedProperties } from './types';

/** Where a built file lives, relative to the page (works under any base path). */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).href;
}

/** A file of the plan's data folder, as the URL the app asks for (also the open-data links). */
export function planFile(file: string): string {
  return `${activePlan().id}/${file}`;
}

const cache = new Map<string, Promise<unknown>>();

async function fetchJson<T>(path: string): Promise<T> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new Error(`data/${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** A JSON file of the data folder (`<plan>/plan.json`, `<plan>/clauses.json`…), fetched once. */
function loadJson<T>(path: string): Promise<T> {
  let p = cache.get(path);
  if (!p) cache.set(path, (p = fetchJson<T>(path)));
  return p as Promise<T>;
}

/** A JSON file of the active plan's folder, its value made once (`make`) for everyone who asks. */
function loadPlanJson<T, R = T>(file: string, make?: (raw: T) => R): Promise<R> {
  const key = `made:${planFile(file)}`;
  let p = cache.get(key);
  if (!p) {
    const raw = loadJson<T>(planFile(file));
    cache.set(key, (p = make ? raw.then(make) : raw));
  }
  return p as Promise<R>;
}

/** A plan's manifest (before it is the active plan). */
export function loadManifest(id: string): Promise<PlanManifest> {
  return loadJson<PlanManifest>(`${id}/plan.json`);
}

export function loadPlan(): Promise<Plan> {
  return loadPlanJson<ClauseUnit[], Plan>('clauses.json', makePlan);
}

export interface Places {
  features: readonly PlaceFeature[];
  byId: ReadonlyMap<string, PlaceFeature>;
}

export function loadPlaces(): Promise<Places> {
  return loadPlanJson<FeatureCollection<Geometry, ServedProperties>, Places>('features.geojson', (fc) => {
    const features = fc.features as PlaceFeature[];
    return { features, byId: new Map(features.map((f) => [f.properties.id, f])) };
  });
}

export function loadMentions(): Promise<Mentions> {
  return loadPlanJson<MentionIndex, Mentions>('mentions.json', indexMentions);
}

export interface Translations {
  titles: Record<string, string>;
  summaries: Record<string, string>;
}

/** Unofficial English glosses of titles and summaries of some chapters (loaded only in English). */
export function loadTranslations(): Promise<Translations> {
  return loadPlanJson<Translations>('translations.en.json');
}

export interface Targets extends TargetsData {
  /** The targets that name each place. */
  byPlace: ReadonlyMap<string, TargetsData['targets']>;
  byClause: ReadonlyMap<string, TargetsData['targets']>;
}

/** The plan's quantitative targets (an empty list for a plan without any). */
export function loadTargets(): Promise<Targets> {
  return loadPlanJson<TargetsData, Targets>('targets.json', (d) => {
    const byPlace = new Map<string, TargetsData['targets']>();
    const byClause = new Map<string, TargetsData['targets']>();
    for (const t of d.targets) {
      for (const p of t.places) byPlace.set(p, [...(byPlace.get(p) ?? []), t]);
      byClause.set(t.clause, [...(byClause.get(t.clause) ?? []), t]);
    }
    return { ...d, byPlace, byClause };
  });
}

/** Any other file of the plan's folder (the basemap, the tours, the compare facts). */
export function loadPlanData<T>(file: string): Promise<T> {
  return loadPlanJson<T>(file);
}
