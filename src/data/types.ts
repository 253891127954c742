// Shared types of the plan's data: clauses (content/) and curated places (geo/).
// Pure declarations, no runtime code: every module and build script agrees on these shapes.

import type { Feature, Geometry } from 'geojson';

/** A heading's title and whether it is the plan's own wording (verified) or a working label. */
export interface Title {
  text: string;
  official: boolean;
}

/** A passage of a unit's text that is damaged in the text as obtained and not verified. */
export interface DamagedSpan {
  /** Offsets into `ClauseUnit.text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** What is known about the damage (shown to the reader, never as plan text). */
  note: string;
}

export type UnitKind = 'chapter' | 'section' | 'clause';

/** One addressable unit of the plan: a chapter intro (`10`), a section intro or body (`10.1`), a clause (`10.1.1`). */
export interface ClauseUnit {
  id: string;
  kind: UnitKind;
  chapter: { id: string; numeral: string; title: Title };
  section?: { id: string; title: Title };
  /** For clauses: the phrase before the first `。` (the clause's own lead title). */
  lead?: string;
  /** The plan's words, with the verified corrections applied. */
  text: string;
  damaged: DamagedSpan[];
}

/** A theme id of the plan (its config lists them: content/<plan>/plan.config.ts). */
export type Theme = string;

export const STATUSES = ['existing', 'under-construction', 'planned', 'proposed'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['surveyed', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Properties of every curated feature in geo/*.geojson. */
export interface PlaceProperties {
  id: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  kind: string;
  theme: Theme;
  status: Status;
  precision: Precision;
  groups: string[];
  source: string;
  area_km2_official?: number;
  area_source?: string;
  /** Required when `name_zh` does not occur verbatim in the plan text: why the place is here under that name. */
  name_note?: string;
  note?: string;
}

/** What the build measures of each place and adds to data/<plan>/features.geojson (scripts/lib/feature-metrics.ts). */
export interface PlaceMetrics {
  /** Area as drawn, km² rounded to 0.1: Polygon and MultiPolygon only. */
  area_km2?: number;
  /** Length as drawn, km rounded to 0.1: LineString and MultiLineString only. */
  length_km?: number;
  /**
   * The places of the same theme that tile this area (each within it, none overlapping another, their areas adding
   * up to its own): their outlines draw this one's, so the map does not stroke it a second time. A drawing hint
   * derived from the geometry, not the plan's words.
   */
  outlined_by?: string[];
}

/** A place as the app gets it (data/<plan>/features.geojson): the curated properties and the measured ones. */
export type PlaceFeature = Feature<Geometry, PlaceProperties & PlaceMetrics>;
