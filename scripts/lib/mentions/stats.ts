// What the build prints of the mention index (scripts/build-data.ts): how many places are linked, by what kind of
// mention, and which no passage names. Apart from the engine: it reads a finished index, not the text.

import type { MentionIndex, PlaceFeatureLike, Via } from './types';

export interface MentionStats {
  features: number;
  /** Features with at least one mention. */
  linkedFeatures: number;
  /** Mentions by how they were found. */
  byVia: Record<Via, number>;
  /** Ids of the features no passage mentions. */
  unlinked: string[];
}

export function mentionStats(index: MentionIndex, features: readonly PlaceFeatureLike[]): MentionStats {
  const byVia: Record<Via, number> = { name: 0, alias: 0, group: 0 };
  const unlinked: string[] = [];
  for (const { properties: p } of features) {
    const list = index[p.id] ?? [];
    if (list.length === 0) unlinked.push(p.id);
    for (const m of list) byVia[m.via]++;
  }
  return { features: features.length, linkedFeatures: features.length - unlinked.length, byVia, unlinked };
}
