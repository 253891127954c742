// A plan is a folder of data plus one typed config (content/<plan>/plan.config.ts): where its text, places, tours,
// translations and compare facts are, its themes (each with its names, colour and drawing order: the compiler
// checks that every theme the config lists has them), its region and first view, its mention rules. The build reads
// the config (scripts/build-data.ts) and writes data/<plan>/, with the part the app needs as data/<plan>/plan.json.

import type { Bounds, LabelRule, PlanManifest, ThemeDef, View } from '../../src/data/plan-manifest';
import type { CompareConfig } from '../../src/data/compare/config';
import type { HistoryConfig } from './history';
import type { MentionRules } from './mentions';

export interface PlanFiles {
  /** The plan's text files (format: content/shanghai-14fyp/text/README.md), in document order. */
  text: readonly string[];
  /** The folder of the curated places, one `<theme>.geojson` per theme. */
  geo: string;
  /** The folder of the embedded basemap's layers (the region's; plans of one region share it). */
  basemap: string;
  /** The folder of the built-in tours, if any. */
  tours?: string;
  /** The folder of the plan's source records (`<name>.json` files; ids unique across them). */
  sources: string;
  /** The labels of the kinds and groups its places use. */
  vocabulary: string;
  /**
   * The plan's quantitative targets, curated (content/<plan>/targets.json), if any: checked against the text by the
   * target rule (scripts/lib/targets/), served as data/<plan>/targets.json and listed by the #/targets view.
   */
  targets?: string;
  /** Unofficial English glosses of the headings and summaries, if any. */
  translations?: { headings: string; summaries: string; summaryChapters: readonly string[] };
}

export interface PlanConfig<T extends string = string> {
  id: string;
  name: PlanManifest['name'];
  title: PlanManifest['title'];
  licence: PlanManifest['licence'];
  region: Bounds;
  /** The region's name in the build's messages (e.g. Shanghai). */
  regionName: string;
  home: Bounds;
  defaultView: View;
  zoom: PlanManifest['zoom'];
  /** Every theme with its style; the order of the keys is the legend's. */
  themes: Record<T, ThemeDef>;
  labels: { major: LabelRule[]; mid: LabelRule[] };
  outlineOnlyKinds: string[];
  /** The basemap's attribution, in both languages (plain text). */
  attribution: { zh: string; en: string };
  files: PlanFiles;
  /** The hosts (and their subdomains) a source record's url may name: official sites, mainstream news. */
  sourceHosts: readonly string[];
  mentions: MentionRules;
  /** The places' status histories, if any: their file, and the plan's source id and month their first events cite. */
  history?: HistoryConfig;
  defaultTour?: string;
  /** The compare view, if the plan has one: its config, its curated facts and the header button's name. */
  compare?: { config: CompareConfig; factsFile: string; button: { zh: string; en: string } };
  exampleClause: string;
}

/** A plan's config, typed: `T` is the union of its theme ids, so every label rule names a theme it has. */
export function definePlan<const T extends string>(
  config: PlanConfig<T> & { labels: { major: (LabelRule & { themes?: NoInfer<T>[] })[] } },
): PlanConfig<T> {
  return config;
}

/** The theme ids of a plan, in the legend's order. */
export function themeIdsOf(config: PlanConfig): string[] {
  return Object.keys(config.themes);
}

/** What the app gets of a plan (data/<plan>/plan.json). */
export function manifestOf(config: PlanConfig, vocabulary: PlanManifest['vocabulary']): PlanManifest {
  const themes = Object.entries<ThemeDef>(config.themes).map(([theme, def]) => ({ theme, ...def }));
  return {
    id: config.id,
    name: config.name,
    title: config.title,
    licence: config.licence,
    region: config.region,
    home: config.home,
    defaultView: config.defaultView,
    zoom: config.zoom,
    themes,
    labels: config.labels,
    outlineOnlyKinds: config.outlineOnlyKinds,
    attribution: config.attribution,
    defaultTour: config.defaultTour ?? null,
    compare: config.compare ? { button: config.compare.button } : null,
    targets: config.files.targets !== undefined,
    exampleClause: config.exampleClause,
    vocabulary,
  };
}
