// Build-time validation of a plan's curated places (geo/<plan>/<theme>.geojson): schema, unique ids, geometry, the
// plan's region and the names' presence in the plan text. Every error is collected (never stop at the first) and each one
// names its file, feature and JSON path, so whoever curates a file can fix them all in one pass.
import { formatPath } from '../../src/data/json-path';
import {
  collectionShellSchema,
  placeFeatureSchema,
  placePropertiesSchema,
} from '../../src/data/feature-schema';
import type { PlaceFeature } from '../../src/data/feature-schema';
import type { Bounds } from '../../src/data/plan-manifest';
import { checkGeometry, isRecord, showValue, type Issue, type PathPart } from './check-geometry';
import { findJsonError, lineColumn } from './json-text';
import type { ClauseUnit } from '../../src/data/types';
export { checkGeometry, findJsonError, formatPath };

export interface GeoError {
  /** The file as given (e.g. `geo/rail.geojson`). */
  file: string;
  /** The feature's `properties.id`, or `features[i]` when it has none; absent for errors about the whole file. */
  featureId?: string;
  /** Index of the feature in the collection's `features`. */
  index?: number;
  /** JSON path inside the feature (`geometry.coordinates[0][12]`, `properties.status`) or the file; '' for the whole. */
  path: string;
  message: string;
}

export interface GeoFile {
  path: string;
  json: unknown;
  /** The file's theme; by default the file name's (`geo/<theme>.geojson`). Lets test fixtures stand for a theme. */
  theme?: string;
}

/** What a plan's places are checked against: its themes (one file each) and its region. */
export interface GeoRules {
  themes: readonly string[];
  region: Bounds;
  /** The region's name in messages (e.g. Shanghai). */
  regionName: string;
  /** The ids a feature may use: the plan's vocabulary (kinds, groups) and source records. Absent: not checked. */
  refs?: GeoRefs;
}

export interface GeoRefs {
  kinds: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Issues of a feature's ids that the plan's vocabulary and sources do not define. */
function refIssues(props: Record<string, unknown>, refs: GeoRefs): Issue[] {
  const out: Issue[] = [];
  const unknown = (what: string, set: ReadonlySet<string>, value: unknown, path: PathPart[]) => {
    if (typeof value === 'string' && !set.has(value))
      out.push({
        path,
        message: `unknown ${what} ${JSON.stringify(value)}: not defined in the plan's ${what === 'source' ? 'sources' : 'vocabulary'}`,
      });
  };
  unknown('kind', refs.kinds, props.kind, ['properties', 'kind']);
  if (Array.isArray(props.groups))
    props.groups.forEach((g: unknown, k) => unknown('group', refs.groups, g, ['properties', 'groups', k]));
  if (Array.isArray(props.sources))
    props.sources.forEach((id: unknown, k) =>
      unknown('source', refs.sources, id, ['properties', 'sources', k]),
    );
  const area = props.official_area;
  if (isRecord(area) && Array.isArray(area.sources))
    area.sources.forEach((id: unknown, k) =>
      unknown('source', refs.sources, id, ['properties', 'official_area', 'sources', k]),
    );
  return out;
}

/** `geo/rail.geojson features[3] (jiamin-line): geometry.coordinates[12]: [31.2, 121.4] looks like lat/lon swapped` */
export function formatGeoError(e: GeoError): string {
  let where = e.file;
  if (e.index !== undefined) where += ` features[${e.index}]`;
  if (e.featureId !== undefined && e.featureId !== `features[${e.index}]`) {
    where += e.index === undefined ? ` ${e.featureId}` : ` (${e.featureId})`;
  }
  return `${where}: ${e.path === '' ? '' : `${e.path}: `}${e.message}`;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON text

export type ParseResult = { ok: true; json: unknown } | { ok: false; error: GeoError };

/** Parses a geo file's text; on malformed JSON, an error giving the line, column and offset of the fault. */
export function parseGeoFile(path: string, text: string): ParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (err) {
    const native = err instanceof Error ? err.message : String(err);
    const found = findJsonError(body);
    const pos = found?.pos ?? Number(/at position (\d+)/.exec(native)?.[1] ?? body.length);
    const what = found?.message ?? native;
    const { line, column } = lineColumn(body, pos);
    return {
      ok: false,
      error: {
        file: path,
        path: '',
        message: `invalid JSON at line ${line} column ${column} (position ${pos}): ${what}`,
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Schema issues

const PROPERTY_KEYS = Object.keys(placePropertiesSchema([]).shape);
const FEATURE_KEYS = ['type', 'geometry', 'properties'];
const COLLECTION_KEYS = Object.keys(collectionShellSchema.shape);

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = known.filter((k) => editDistance(k, key) <= 2 || k.toLowerCase() === key.toLowerCase());
  const hint = near.length > 0 ? `: did you mean ${near.map((k) => JSON.stringify(k)).join(' or ')}?` : '';
  return `unknown property${hint} (allowed: ${known.join(', ')})`;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  keys?: string[];
}

/** Zod issues as path + readable message: one per unknown key, "missing" for absent required members. */
function fromZod(
  issues: readonly ZodIssueLike[],
  knownAt: (path: PropertyKey[]) => readonly string[],
): Issue[] {
  const out: Issue[] = [];
  for (const iss of issues) {
    const path = iss.path.filter((p): p is PathPart => typeof p === 'string' || typeof p === 'number');
    if (iss.code === 'unrecognized_keys') {
      for (const key of iss.keys ?? [])
        out.push({ path: [...path, key], message: unknownKeyMessage(key, knownAt(path)) });
    } else if ((iss.code === 'invalid_type' || iss.code === 'invalid_value') && iss.input === undefined) {
      out.push({ path, message: 'missing required property' });
    } else {
      out.push({ path, message: iss.message });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Files

/** The text the names are looked up in: every unit's text, plus the official chapter and section titles. */
export function planTextOf(units: readonly ClauseUnit[]): string {
  const titles = new Map<string, string>();
  for (const u of units) {
    if (u.chapter.title.official) titles.set(`c${u.chapter.id}`, u.chapter.title.text);
    if (u.section?.title.official) titles.set(`s${u.section.id}`, u.section.title.text);
  }
  return [...units.map((u) => u.text), ...titles.values()].join('\n');
}

/** The theme a path names (`geo/rail.geojson` → `rail`), or null when its file name is no theme. */
export function themeOfPath(path: string, themes: readonly string[]): string | null {
  const m = /(?:^|[\\/])([^\\/]+)\.geojson$/.exec(path);
  const name = m?.[1];
  return name !== undefined && themes.includes(name) ? name : null;
}

/**
 * Validates all curated files together (ids must be unique across them). `planText` is the plan's whole text, in
 * which every `name_zh` and alias must occur verbatim unless the feature has a `name_note_zh`; null skips that check.
 * Returns the features that passed every check, in file order, and every error found.
 */
export function validateGeo(
  files: readonly GeoFile[],
  planText: string | null,
  rules: GeoRules,
): { features: PlaceFeature[]; errors: GeoError[] } {
  const features: PlaceFeature[] = [];
  const errors: GeoError[] = [];
  const seenIds = new Map<string, string>();

  for (const file of files) {
    const fileError = (path: string, message: string) => errors.push({ file: file.path, path, message });
    const json = file.json;
    const fileTheme = file.theme ?? themeOfPath(file.path, rules.themes);
    if (fileTheme === null) {
      fileError('', `file name must be <theme>.geojson, <theme> one of ${rules.themes.join(', ')}`);
    }
    if (!isRecord(json) || json.type !== 'FeatureCollection') {
      const what = isRecord(json)
        ? `type ${showValue(json.type)}`
        : Array.isArray(json)
          ? 'an array'
          : showValue(json);
      fileError('', `not a FeatureCollection (found ${what})`);
      continue;
    }
    const shell = collectionShellSchema.safeParse(json, { reportInput: true });
    if (!shell.success) {
      for (const iss of fromZod(shell.error.issues, () => COLLECTION_KEYS))
        fileError(formatPath(iss.path), iss.message);
    }
    if (!Array.isArray(json.features)) continue;

    const schema = placeFeatureSchema(rules.themes, fileTheme ?? undefined);
    json.features.forEach((raw: unknown, index) => {
      const props = isRecord(raw) && isRecord(raw.properties) ? raw.properties : {};
      const featureId = typeof props.id === 'string' && props.id !== '' ? props.id : `features[${index}]`;
      const issues: Issue[] = [];

      const geometryIssues = isRecord(raw) ? checkGeometry(raw.geometry, rules) : [];
      const parsed = schema.safeParse(raw, { reportInput: true });
      const schemaIssues = parsed.success
        ? []
        : fromZod(parsed.error.issues, (path) => (path.length === 0 ? FEATURE_KEYS : PROPERTY_KEYS));
      // The geometry walker says the same things as the schema, more precisely; keep the schema's only as a fallback.
      issues.push(
        ...schemaIssues.filter((iss) => geometryIssues.length === 0 || iss.path[0] !== 'geometry'),
        ...geometryIssues,
      );

      if (typeof props.id === 'string' && props.id !== '') {
        const here = `${file.path} features[${index}]`;
        const first = seenIds.get(props.id);
        if (first !== undefined) {
          issues.push({
            path: ['properties', 'id'],
            message: `duplicate id ${JSON.stringify(props.id)}: also ${first}`,
          });
        } else seenIds.set(props.id, here);
      }

      if (rules.refs) issues.push(...refIssues(props, rules.refs));

      const note = props.name_note_zh;
      if (planText !== null && !(typeof note === 'string' && note.trim() !== '')) {
        const missing = (name: unknown) =>
          typeof name === 'string' && name !== '' && !planText.includes(name);
        if (missing(props.name_zh)) {
          issues.push({
            path: ['properties', 'name_zh'],
            message: `name ${JSON.stringify(props.name_zh)} does not occur in the plan text (add a name_note_zh and name_note_en saying why this name)`,
          });
        }
        if (Array.isArray(props.aliases)) {
          props.aliases.forEach((alias: unknown, k) => {
            if (missing(alias)) {
              issues.push({
                path: ['properties', 'aliases', k],
                message: `alias ${JSON.stringify(alias)} does not occur in the plan text (add a name_note_zh and name_note_en saying why this name)`,
              });
            }
          });
        }
      }

      for (const iss of issues) {
        errors.push({ file: file.path, featureId, index, path: formatPath(iss.path), message: iss.message });
      }
      if (issues.length === 0 && parsed.success) features.push(parsed.data);
    });
  }
  return { features, errors };
}
