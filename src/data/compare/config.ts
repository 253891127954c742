// What a plan says about the compare view (#/compare), as configuration: which places are compared (their URL
// keys, their features in the geography, their names), the clause that positions them, the rows the table shows
// (from the fixed set of kinds the code knows how to fill) with their labels and how each was made, the distance
// that counts as "near", and every plan-specific word of the view and the CSV. A plan gives one value of this type
// (content/<plan>/compare.config.ts); the build writes it into data/compare.json, and the view reads it from there.
// Pure types and one list of row kinds: no imports, so the build, the view and the tests can all use it.

/** A text in both interface languages. `{name}` placeholders are filled in by the code that shows it. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The kinds of row the code knows how to fill (src/data/compare/rows.ts); a plan chooses labels and order. */
export const ROW_KINDS = [
  'positioning',
  'industries',
  'area',
  'population',
  'rail-named',
  'rail-near',
  'hubs',
  'projects',
  'linkages',
  'clauses',
  'delivered-population',
  'delivered-rail',
] as const;
export type RowId = (typeof ROW_KINDS)[number];

/** What a row's values are: the plan's words, computed from our drawings, or figures from other documents. */
export type RowNature = 'plan' | 'computed' | 'external' | 'mixed';

export interface CompareTown {
  /** The town's name in the URL (#/compare/<key>,<key>/…) and in the curated facts. */
  key: string;
  /** The town's feature in the geography (its outline). */
  id: string;
  /** Its name, for the controls (shown before anything else of the data is read). */
  name: Bilingual;
}

export interface CompareRow {
  id: RowId;
  /** The row's name; `{km}` stands for `nearKm`. */
  label: Bilingual;
  nature: RowNature;
  /** How the row was made (the table's row header and the CSV's source column); `{km}` stands for `nearKm`. */
  how: Bilingual;
}

export interface CompareConfig {
  /** The towns in the plan's order (the order of the columns). At least two. */
  towns: CompareTown[];
  /** The clause that positions the towns: each town's passage runs from its name to the next town's. */
  clause: string;
  /** The rows in their default order. */
  rows: CompareRow[];
  /** Maximum distance of a line or place from a town's outline to count as near it, km. */
  nearKm: number;
  /** The end of the period the delivered rows look at, YYYY-MM (the places' status histories are read then). */
  deliveredBy: string;
  /** The downloaded CSV's file name. */
  csvFile: string;
  /** The end the charts drop from a town's name for their narrow label column (' New Town'; '' keeps it). */
  chartNameSuffix: Bilingual;
  /** The source of a town's computed area, when there is no official figure; `{precision}` is the outline's. */
  outlineSource: Bilingual;
  text: {
    /** The view's title. */
    title: Bilingual;
    /** The legend of the towns' checkboxes. */
    towns: Bilingual;
    /** The table's caption; `{towns}` lists the chosen towns. */
    caption: Bilingual;
    /** The note on the towns' shared figure; `{text}`, `{source}`, `{strength}`, `{note}`. */
    aggregate: Bilingual;
    /** Where the small maps' basemap and drawings come from. */
    attrib: Bilingual;
    /** A linkages cell with nothing to quote; `{clause}` is `clause`. */
    noLinkage: Bilingual;
    /** After each row's "how" in the CSV: which plan the clause ids refer to. */
    csvPlan: Bilingual;
  };
}
