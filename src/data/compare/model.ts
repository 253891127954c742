// The shape of data/compare.json (written at build time by scripts/lib/compare/): the configuration it was built
// with, the small maps' shared frame, the figures shared by all towns, the places drawn, and each town's profile.
// Pure declarations and two lists of labels: the build, the view and the unit tests all agree on these shapes.

import type { HistoryStatus, SourceRecord, Status, Theme } from '../types';
import type { Bilingual, CompareConfig, RowId } from './config';

/** A town's name in the URL (a `key` of the config's towns). */
export type TownKey = string;

/** An exact passage of the plan: `text === unit.text.slice(start, end)` (checked at build time). */
export interface Quote {
  clause: string;
  start: number;
  end: number;
  text: string;
}

/** How far a figure can be trusted, from the plan's own text to a derived estimate. */
export const STRENGTHS = ['plan', 'official', 'official-repost', 'news', 'secondary', 'derived'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const STRENGTH_LABELS: Readonly<Record<Strength, Bilingual>> = {
  plan: { zh: '规划纲要原文', en: 'the plan’s text' },
  official: { zh: '官方文件', en: 'official document' },
  'official-repost': { zh: '官方文件转载', en: 'repost of an official document' },
  news: { zh: '新闻报道', en: 'news report' },
  secondary: { zh: '二手来源(弱)', en: 'secondary source (weak)' },
  derived: { zh: '推算(弱)', en: 'derived estimate (weak)' },
};

/**
 * A figure from outside the plan, as the build serves it. `value` null: no figure was found (the note says what is
 * known). `sources` are the records of the documents that state it (the primary document first); `verified` is false
 * when no trustworthy copy of them was read, `derived` true when the value is computed from their figures rather
 * than stated by them. `strength` follows from these: derived, else the kind of the first source.
 */
export interface SourcedFigure {
  value: number | null;
  unit: FigureUnit;
  /** The figure as its source gives it (e.g. 约95万人 / about 950,000). */
  text_zh: string;
  text_en: string;
  sources: SourceRecord[];
  verified: boolean;
  derived: boolean;
  strength: Strength;
  note_zh?: string;
  note_en?: string;
}

/** The units of the curated figures. */
export const FIGURE_UNITS = ['km²', '万人'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A place of the plan's geography as a cell lists it. `clauses`: the units that name it directly. */
export interface PlaceRef {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  status: Status;
  clauses: string[];
}

/** Where a place lies against a town's outline. */
export type Relation = 'inside' | 'crosses' | 'near' | 'outside';

export interface NearPlace extends PlaceRef {
  relation: Relation;
  /** Shortest distance to the outline, km (0 when inside or crossing), rounded to 0.1. */
  distance_km: number;
  /** Named in the town's passage of the config's clause. */
  inPassage: boolean;
}

/** What the small map of a town draws: SVG path data in km around the town's centre (see `projector`). */
export interface TownMap {
  centre: [number, number];
  basemap: {
    neighbourLand: string;
    shanghaiLand: string;
    water: string;
    rivers: string;
    districts: string;
    borders: string;
    /** District names: `text` Chinese, `text_en` English (both from geo/basemap). */
    labels: { text: string; text_en: string; x: number; y: number }[];
  };
  /** The town's own outline. */
  outline: string;
  /** Places around it; `d` for lines and areas, `x`/`y` for points. */
  places: MapPlace[];
}

export type MapRole = 'rail' | 'hub' | 'station' | 'neighbour-town' | 'area' | 'line' | 'point';

export interface MapPlace {
  id: string;
  role: MapRole;
  d?: string;
  x?: number;
  y?: number;
}

/** The status a place's history gives it at the end of the compare's period (null: no history). */
export type DeliveredStatus = Status | 'cancelled' | null;

/** A rail line, hub or station near a town, with what its history says by the end of the period. */
export interface DeliveredPlace extends NearPlace {
  /** Its status at the period's end by its history (null: it has no history). */
  atEnd: DeliveredStatus;
  /** Its latest change after the plan and by the period's end, with the sources that report it. */
  change?: { date: string; status: HistoryStatus; partial: boolean; sources: SourceRecord[] };
}

export interface TownProfile {
  key: TownKey;
  id: string;
  name_zh: string;
  name_en: string;
  /** The town's passage of the config's clause: from its name to the next town's name. */
  passage: Quote;
  positioning: Quote;
  industries: Quote[];
  linkages: Quote[];
  railNamed: (PlaceRef & { quote: Quote })[];
  railNear: NearPlace[];
  hubs: NearPlace[];
  projects: NearPlace[];
  area: { official: SourcedFigure; computed_km2: number; outlineSource: Bilingual; outlineNote?: Bilingual };
  population: { y2025: SourcedFigure; y2035: SourcedFigure };
  /** What was delivered by the end of the period: the resident population as last reported, and the rail lines,
   * hubs and stations near the town with their status then (from the places' histories). */
  delivered: { population: SourcedFigure; rail: DeliveredPlace[] };
  clauses: { direct: string[]; group: string[] };
  map: TownMap;
  /** Caveats on the town's values, by row (e.g. a count of 0 that does not mean none): the table, the chart and
   * the CSV show them beside the value. */
  rowNotes?: Partial<Record<RowId, Bilingual>>;
}

export interface CompareData {
  /** The configuration the file was built with: the towns, the rows and every plan-specific word of the view. */
  config: CompareConfig;
  /** The small maps' shared frame: a square `sizeKm` wide around each town's centre, one projection. */
  frame: { sizeKm: number; refLat: number };
  shared: {
    /** The plan's own population aim for all the towns (a quote of the plan). */
    millionTarget: Quote;
    /** The towns' shared call to link with the region (a quote of the plan). */
    regionalLinkage: Quote;
    /** The towns together in 2025 (a figure of another document). */
    aggregate2025: SourcedFigure;
  };
  /** Name, kind, theme and status of every place drawn on the small maps. */
  places: Record<string, { name_zh: string; name_en: string; kind: string; theme: Theme; status: Status }>;
  towns: TownProfile[];
}
