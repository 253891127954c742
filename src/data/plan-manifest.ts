// What the app knows of the plan it shows, loaded at start from data/<plan>/plan.json (written at build time from
// the plan's typed config, content/<plan>/plan.config.ts): its names, its region and first view, its themes with
// their colours and drawing order, the rules that choose which places are labelled first, and which views it has.
// Pure declarations and functions: the build writes this shape, the app reads it, nothing else holds these facts.

/** A lon/lat box. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The one camera of the app: the map's view, the URL's `map=`, a tour step's view once read. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export type RGB = [number, number, number];

/** A theme as the plan's config gives it: its names, its colour and its place in the drawing order. */
export interface ThemeDef {
  zh: string;
  en: string;
  colour: RGB;
  /** Bottom to top: broad areas low, networks and points high. */
  drawOrder: number;
}

/** A theme as the app uses it: the config's def with its id; a plan's themes are listed in the legend's order. */
export interface ThemeStyle extends ThemeDef {
  theme: string;
}

/** Which places a label rule picks: every condition given must hold. */
export interface LabelRule {
  kind?: string;
  group?: string;
  themes?: string[];
  /** Areas at least this large, km² as drawn. */
  minAreaKm2?: number;
}

export interface PlanManifest {
  id: string;
  /** The plan's own names (Chinese, official) and an English rendering (not official). */
  name: { full: string; short: string; en: string };
  /** The app's title for this plan. */
  title: { zh: string; en: string };
  /** Where the text and the geography come from, and their licences (shown with the open data). */
  licence: { zh: string; en: string };
  /** The region the data covers: every curated position lies in it. */
  region: Bounds;
  /** What the first view fits. */
  home: Bounds;
  /** The camera when the URL holds none. */
  defaultView: View;
  zoom: { min: number; max: number };
  /** In the legend's order. */
  themes: ThemeStyle[];
  /** Places labelled at every zoom (`major`), from zoom 9.5 (`mid`); the rest from 10.5. */
  labels: { major: LabelRule[]; mid: LabelRule[] };
  /** Kinds of area drawn as an outline only (they lie within another filled area of the plan). */
  outlineOnlyKinds: string[];
  /** The basemap's attribution, in both languages (plain text). */
  attribution: { zh: string; en: string };
  /** The tour the header's Tour button opens, if the plan has one. */
  defaultTour: string | null;
  /** The compare view's button, if the plan has one. */
  compare: { button: { zh: string; en: string } } | null;
  /** Whether the plan has curated targets (data/<plan>/targets.json lists them, the #/targets view shows them). */
  targets: boolean;
  /** A clause id of this plan, as an example in messages (e.g. "10.2.1"). */
  exampleClause: string;
  /** The labels of the kinds and groups of its places (content/<plan>/vocabulary.json). */
  vocabulary: {
    kinds: Record<string, { zh: string; en: string }>;
    groups: Record<string, { zh: string; en: string }>;
  };
}

/** Plan ids: ASCII kebab-case (they name a folder of data/ and appear in the URL). */
export const PLAN_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** How far the camera may go: the region plus a margin. */
export function maxBounds(region: Bounds): [[number, number], [number, number]] {
  return [
    [region.west - 0.6, region.south - 0.4],
    [region.east + 0.6, region.north + 0.4],
  ];
}

export function boundsArray(b: Bounds): [[number, number], [number, number]] {
  return [
    [b.west, b.south],
    [b.east, b.north],
  ];
}

/** Whether a place matches a label rule. */
export function matchesLabelRule(
  p: { kind: string; groups: readonly string[]; theme: string; area_km2?: number },
  r: LabelRule,
): boolean {
  return (
    (r.kind === undefined || p.kind === r.kind) &&
    (r.group === undefined || p.groups.includes(r.group)) &&
    (r.themes === undefined || r.themes.includes(p.theme)) &&
    (r.minAreaKm2 === undefined || (p.area_km2 ?? 0) > r.minAreaKm2)
  );
}
