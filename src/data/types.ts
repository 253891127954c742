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

/** How a source was published: the reader weighs a figure by it. */
export const SOURCE_KINDS = ['official', 'official-repost', 'news', 'secondary', 'dataset'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A page on which a document was read, when it is not the document's own page. */
export interface ReadAt {
  site_zh: string;
  site_en: string;
  url: string;
  kind: SourceKind;
  date?: string;
}

/**
 * A document or dataset that a geometry or a figure follows (content/<plan>/sources/*.json): the primary document's
 * title and publisher first, then where it was read. `url` only where a trustworthy copy of the document was read.
 */
export interface SourceRecord {
  id: string;
  kind: SourceKind;
  title_zh: string;
  title_en: string;
  publisher_zh: string;
  publisher_en: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when the document bears none (e.g. an encyclopedia article). */
  date?: string;
  url?: string;
  read_at?: ReadAt[];
  note_zh?: string;
  note_en?: string;
}

/**
 * An official figure of a place, with the documents that state it. `verified` is false when no trustworthy copy of
 * those documents was read (the figure is then shown as unverified). `S` is a source id in the curated files, the
 * source's record in the served ones.
 */
export interface OfficialArea<S = string> {
  value_km2: number;
  sources: S[];
  verified: boolean;
  note_zh?: string;
  note_en?: string;
}

/**
 * Properties of every curated feature in geo/<plan>/*.geojson. Every text a reader sees is given in both languages
 * (`_zh` for Chinese readers, `_en`); `kind` and `groups` are ids of the plan's vocabulary (its labels in both),
 * `sources` ids of its source records. `S` is `string` in the curated files, `SourceRecord` in the served ones.
 */
export interface PlaceProperties<S = string> {
  id: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  kind: string;
  theme: Theme;
  status: Status;
  precision: Precision;
  groups: string[];
  /** How the geometry was drawn. */
  drawn_zh: string;
  drawn_en: string;
  /** What the geometry follows: at least one document or dataset. */
  sources: S[];
  official_area?: OfficialArea<S>;
  /** Required when `name_zh` does not occur verbatim in the plan text: why the place is here under that name. */
  name_note_zh?: string;
  name_note_en?: string;
  note_zh?: string;
  note_en?: string;
}

/**
 * What an event of a place's history records (geo/<plan>/history.json): its status from that date on, or a change
 * that keeps it (`renamed`). `src/data/history.ts` maps them onto the drawn statuses.
 */
export const HISTORY_STATUSES = [
  'planned',
  'under-construction',
  'opened',
  'completed',
  'cancelled',
  'renamed',
  'extended',
] as const;
export type HistoryStatus = (typeof HISTORY_STATUSES)[number];

/**
 * One dated event of a place's history. The first event of every history is the plan's own status (its adoption,
 * citing the plan); the others follow in date order, each citing at least one source. `S` is a source id in the
 * curated file, the source's record in the served one.
 */
export interface HistoryEvent<S = string> {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision is the date's own (year, month or day). */
  date: string;
  status: HistoryStatus;
  note_zh: string;
  note_en: string;
  sources: S[];
  /** The event concerns a part of the place only (a section, a phase): the place's drawn status stays as it was. */
  partial?: boolean;
  /** The date is that of the source reporting the status, not of the change (which no source found dates). */
  reported?: boolean;
}

/** Labels of a kind or group id (content/<plan>/vocabulary.json). */
export interface Label {
  zh: string;
  en: string;
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

/** The properties of a place as served (data/<plan>/features.geojson): sources resolved, the kind's labels added. */
export interface ServedProperties extends PlaceProperties<SourceRecord>, PlaceMetrics {
  kind_zh: string;
  kind_en: string;
  /** The place's status history (geo/<plan>/history.json), oldest first, its sources resolved; absent: none curated. */
  history?: HistoryEvent<SourceRecord>[];
}

/** A place as the app gets it (data/<plan>/features.geojson): the curated properties and the measured ones. */
export type PlaceFeature = Feature<Geometry, ServedProperties>;
