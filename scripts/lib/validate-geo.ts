// Build-time validation of the curated geography (geo/<theme>.geojson): schema, unique ids, geometry, the Shanghai
// region and the names' presence in the plan text. Every error is collected (never stop at the first) and each one
// names its file, feature and JSON path, so whoever curates a file can fix them all in one pass.
import { formatPath } from '../../src/data/json-path';
import { kinks } from '@turf/turf';
import type { Polygon } from 'geojson';
import {
  GEOMETRY_TYPES,
  collectionShellSchema,
  placeFeatureSchema,
  placePropertiesSchema,
} from '../../src/data/feature-schema';
import type { PlaceFeature, PlaceGeometryType } from '../../src/data/feature-schema';
import type { Bounds } from '../../src/data/plan-manifest';
import type { ClauseUnit } from '../../src/data/types';
export { formatPath };

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
}

const regionText = (r: Bounds) => `lon ${r.west}–${r.east}, lat ${r.south}–${r.north}`;

type PathPart = string | number;
interface Issue {
  path: PathPart[];
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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

function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Where and why `text` is not JSON (RFC 8259), or null. JSON.parse's messages do not always give a position
 * ("Unexpected token ']', ... is not valid JSON"), so the fault is located by this small recursive-descent scan.
 */
export function findJsonError(text: string): { pos: number; message: string } | null {
  let i = 0;
  class Fault {
    constructor(
      readonly pos: number,
      readonly message: string,
    ) {}
  }
  const show = (p: number) => (p >= text.length ? 'end of file' : JSON.stringify(text[p]));
  const fail = (message: string, pos = i): never => {
    throw new Fault(pos, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('control character (e.g. a raw line break) inside a string');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape in string');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') fail(`bad number`);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === '}') fail("trailing comma before '}'");
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${show(i)}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after the property name, found ${show(i)}`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value, found ${show(i)}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail("trailing comma before ']'");
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array element, found ${show(i)}`);
      }
    }
    if (c === '"') return string();
    if (c !== undefined && /[-0-9]/.test(c)) return number();
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    if (text.startsWith('NaN', i) || text.startsWith('Infinity', i)) fail('NaN and Infinity are not JSON');
    if (c === '/') fail('comments are not JSON');
    fail(c === undefined ? 'unexpected end of file' : `unexpected ${show(i)}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${show(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Fault) return { pos: e.pos, message: e.message };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Geometry

/** Array nesting above the positions, per geometry type. */
const DEPTH: Record<PlaceGeometryType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

const inBounds = (r: Bounds, lon: number, lat: number) =>
  lon >= r.west && lon <= r.east && lat >= r.south && lat <= r.north;
const showPosition = (p: readonly number[]) => `[${p.join(', ')}]`;
const samePosition = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];
const showValue = (v: unknown) =>
  typeof v === 'number' ? String(v) : v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));

/**
 * Geometry problems of a (raw) feature's `geometry`, paths relative to the feature: structure (positions of 2 or 3
 * finite numbers, nesting), lines of at least 2 positions and non-zero length, closed rings of at least 4 positions
 * that do not cross themselves, and every position inside REGION (a position that would be inside once swapped is
 * reported as lat/lon swapped). Out-of-region positions are reported once per feature with a count of the others.
 */
export function checkGeometry(geometry: unknown, rules: Pick<GeoRules, 'region' | 'regionName'>): Issue[] {
  const inRegion = (lon: number, lat: number) => inBounds(rules.region, lon, lat);
  const issues: Issue[] = [];
  const at = (path: PathPart[], message: string) => issues.push({ path: ['geometry', ...path], message });
  if (!isRecord(geometry)) {
    at([], `geometry must be an object with type and coordinates, not ${showValue(geometry)}`);
    return issues;
  }
  const type = geometry.type;
  if (!GEOMETRY_TYPES.includes(type as PlaceGeometryType)) {
    at(['type'], `geometry type ${showValue(type)} is not one of ${GEOMETRY_TYPES.join(', ')}`);
    return issues;
  }
  const gtype = type as PlaceGeometryType;
  for (const key of Object.keys(geometry)) {
    if (key !== 'type' && key !== 'coordinates') at([key], 'unknown geometry member');
  }
  if (!('coordinates' in geometry)) {
    at(['coordinates'], 'missing coordinates');
    return issues;
  }

  // Structure: walk to the positions, keeping each valid position with its path.
  const positions: { pos: number[]; path: PathPart[] }[] = [];
  let structureOk = true;
  const walk = (node: unknown, depth: number, path: PathPart[]) => {
    if (!Array.isArray(node)) {
      structureOk = false;
      const wanted = depth === 0 ? 'a position [lon, lat]' : 'an array';
      at(path, `expected ${wanted}, found ${showValue(node)}`);
      return;
    }
    if (depth > 0) {
      node.forEach((child, k) => walk(child, depth - 1, [...path, k]));
      return;
    }
    if (node.length < 2 || node.length > 3) {
      structureOk = false;
      at(path, `a position has 2 or 3 numbers ([lon, lat] or [lon, lat, alt]), found ${showValue(node)}`);
      return;
    }
    let finite = true;
    node.forEach((c, k) => {
      if (typeof c !== 'number' || !Number.isFinite(c)) {
        finite = false;
        at([...path, k], `coordinate is not a finite number: ${showValue(c)}`);
      }
    });
    if (finite) positions.push({ pos: node as number[], path });
    else structureOk = false;
  };
  const coordinates = geometry.coordinates;
  walk(coordinates, DEPTH[gtype], ['coordinates']);

  // Region, aggregated: one error per kind with the count of further positions.
  const swapped = positions.filter(({ pos: [x, y] }) => !inRegion(x!, y!) && inRegion(y!, x!));
  const outside = positions.filter(({ pos: [x, y] }) => !inRegion(x!, y!) && !inRegion(y!, x!));
  const more = (n: number) => (n > 1 ? ` (and ${n - 1} more position${n > 2 ? 's' : ''})` : '');
  if (swapped[0]) {
    at(
      swapped[0].path,
      `${showPosition(swapped[0].pos)} looks like lat/lon swapped? GeoJSON is [lon, lat]${more(swapped.length)}`,
    );
  }
  if (outside[0]) {
    at(
      outside[0].path,
      `${showPosition(outside[0].pos)} is outside the ${rules.regionName} region (${regionText(rules.region)})${more(outside.length)}`,
    );
  }
  if (!structureOk) return issues;

  // Shape rules on a structurally valid geometry.
  const checkLine = (line: number[][], path: PathPart[]) => {
    if (line.length < 2) at(path, `a line needs at least 2 positions, found ${line.length}`);
    else if (line.every((p) => samePosition(p, line[0]!)))
      at(path, 'zero-length line: all its positions are the same');
  };
  const checkPolygon = (rings: number[][][], path: PathPart[]) => {
    if (rings.length === 0) at(path, 'a polygon needs at least one ring');
    rings.forEach((ring, r) => {
      const rpath = [...path, r];
      if (ring.length < 4) {
        at(rpath, `a polygon ring needs at least 4 positions (first = last), found ${ring.length}`);
        return;
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (!samePosition(first, last)) {
        at(rpath, `ring is not closed: first ${showPosition(first)} ≠ last ${showPosition(last)}`);
        return;
      }
      // Repeated consecutive vertices would show up as false kinks; drop them first.
      const clean = ring.filter((p, k) => k === 0 || !samePosition(p, ring[k - 1]!));
      if (clean.length < 4) {
        at(rpath, 'degenerate ring: fewer than 3 distinct corners');
        return;
      }
      const ringPolygon: Polygon = { type: 'Polygon', coordinates: [clean] };
      const crossings = kinks(ringPolygon).features;
      if (crossings.length > 0) {
        const c = crossings[0]!.geometry.coordinates.map((v) => Math.round(v * 1e6) / 1e6);
        at(
          rpath,
          `ring self-intersects at ${showPosition(c)}${crossings.length > 1 ? ` (${crossings.length} crossings)` : ''}`,
        );
      }
    });
  };
  const c = coordinates as unknown[];
  const nonEmpty = () => {
    if (c.length === 0) at(['coordinates'], `a ${gtype} must not be empty`);
  };
  switch (gtype) {
    case 'Point':
      break;
    case 'MultiPoint':
      nonEmpty();
      break;
    case 'LineString':
      checkLine(c as number[][], ['coordinates']);
      break;
    case 'MultiLineString':
      nonEmpty();
      (c as number[][][]).forEach((line, k) => checkLine(line, ['coordinates', k]));
      break;
    case 'Polygon':
      checkPolygon(c as number[][][], ['coordinates']);
      break;
    case 'MultiPolygon':
      nonEmpty();
      (c as number[][][][]).forEach((poly, k) => checkPolygon(poly, ['coordinates', k]));
      break;
  }
  return issues;
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
 * which every `name_zh` and alias must occur verbatim unless the feature has a `name_note`; null skips that check.
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

      const note = props.name_note;
      if (planText !== null && !(typeof note === 'string' && note.trim() !== '')) {
        const missing = (name: unknown) =>
          typeof name === 'string' && name !== '' && !planText.includes(name);
        if (missing(props.name_zh)) {
          issues.push({
            path: ['properties', 'name_zh'],
            message: `name ${JSON.stringify(props.name_zh)} does not occur in the plan text (add a name_note saying why this name)`,
          });
        }
        if (Array.isArray(props.aliases)) {
          props.aliases.forEach((alias: unknown, k) => {
            if (missing(alias)) {
              issues.push({
                path: ['properties', 'aliases', k],
                message: `alias ${JSON.stringify(alias)} does not occur in the plan text (add a name_note saying why this name)`,
              });
            }
          });
        }
      }

      for (const iss of issues) {
        errors.push({ file: file.path, featureId, index, path: formatPath(iss.path), message: iss.message });
      }
      if (issues.length === 0 && parsed.success) features.push(parsed.data as PlaceFeature);
    });
  }
  return { features, errors };
}
