// Loads the built data files once, on demand, and shares them.

import { dataUrl } from '../config';
import { indexMentions, type MentionIndex, type Mentions } from './mentions';
import { makePlan, type Plan } from './plan';
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature } from '../map/places';
import type { ClauseUnit, PlaceProperties } from './types';

async function getJson<T>(file: string): Promise<T> {
  const res = await fetch(dataUrl(file));
  if (!res.ok) throw new Error(`data/${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

let plan: Promise<Plan> | undefined;

export function loadPlan(): Promise<Plan> {
  plan ??= getJson<ClauseUnit[]>('clauses.json').then(makePlan);
  return plan;
}

export interface Places {
  features: readonly PlaceFeature[];
  byId: ReadonlyMap<string, PlaceFeature>;
}

let places: Promise<Places> | undefined;

export function loadPlaces(): Promise<Places> {
  places ??= getJson<FeatureCollection<Geometry, PlaceProperties>>('features.geojson').then((fc) => {
    const features = fc.features as PlaceFeature[];
    return { features, byId: new Map(features.map((f) => [f.properties.id, f])) };
  });
  return places;
}

let mentions: Promise<Mentions> | undefined;

export function loadMentions(): Promise<Mentions> {
  mentions ??= getJson<MentionIndex>('mentions.json').then(indexMentions);
  return mentions;
}

export interface Translations {
  titles: Record<string, string>;
  summaries: Record<string, string>;
}

let translations: Promise<Translations> | undefined;

/** Unofficial English glosses of titles and summaries of chapters 10 and 12 (loaded only in English). */
export function loadTranslations(): Promise<Translations> {
  translations ??= getJson<Translations>('translations.en.json');
  return translations;
}
