// Tests of the build-time validation of the curated geography: every class of bad input in tests/fixtures/geo-bad
// is rejected with its message and its file, feature and path; the good fixture passes; measured sizes are right.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFeatureSchema, themeCollectionSchema } from '../../src/data/feature-schema';
import type { PlaceFeature } from '../../src/data/feature-schema';
import type { ClauseUnit } from '../../src/data/types';
import { areaKm2, lengthKm, withMetrics } from '../../scripts/lib/feature-metrics';
import {
  checkGeometry,
  findJsonError,
  formatGeoError,
  parseGeoFile,
  planTextOf,
  themeOfPath,
  validateGeo,
} from '../../scripts/lib/validate-geo';
import type { GeoFile } from '../../scripts/lib/validate-geo';
import { GEO_RULES, THEME_IDS } from '../shanghai';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const BAD = 'tests/fixtures/geo-bad';
const GOOD = 'tests/fixtures/geo-good/centre.geojson';
interface Expected {
  theme: 'centre';
  planText: string;
  fixtures: Record<string, { feature: string; path: string; message: string }[]>;
}
const expected = JSON.parse(read(`${BAD}/expected.json`)) as Expected;
const planText = read(expected.planText);

/** The formatted errors of one fixture, validated on its own as a file of the fixtures' theme. */
function errorsOf(name: string): string[] {
  const path = `${BAD}/${name}`;
  const parsed = parseGeoFile(path, read(path));
  if (!parsed.ok) return [formatGeoError(parsed.error)];
  return validateGeo([{ path, json: parsed.json, theme: expected.theme }], planText, GEO_RULES).errors.map(
    formatGeoError,
  );
}

const json = (path: string): unknown => JSON.parse(read(path));
const goodFeatures = () => (json(GOOD) as { features: PlaceFeature[] }).features;

describe('bad fixtures', () => {
  const names = readdirSync(join(root, BAD)).filter((n) => n.endsWith('.geojson'));

  it('cover every class of bad input, each listed in expected.json', () => {
    const classes = [
      'malformed-json',
      'not-a-feature-collection',
      'missing-property',
      'unknown-property',
      'bad-id',
      'duplicate-id',
      'bad-enum',
      'theme-mismatch',
      'lonlat-swapped',
      'outside-region',
      'unclosed-ring',
      'self-intersecting-polygon',
      'one-position-line',
      'nan-coordinate',
      'name-not-in-plan',
      'area-without-source',
      'surveyed-planned',
    ];
    for (const c of classes) expect(names).toContain(`${c}.geojson`);
    expect(Object.keys(expected.fixtures).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s is rejected with exactly its expected errors', (name) => {
    const got = errorsOf(name);
    const want = expected.fixtures[name] ?? [];
    expect(want.length).toBeGreaterThan(0);
    for (const w of want) {
      const prefix = `${BAD}/${name}${w.feature === '' ? '' : ` ${w.feature}`}: ${w.path === '' ? '' : `${w.path}: `}`;
      const match = got.find((g) => g.startsWith(prefix) && g.slice(prefix.length).includes(w.message));
      expect(match, `no error "${prefix}…${w.message}…" in:\n${got.join('\n')}`).toBeDefined();
    }
    expect(got).toHaveLength(want.length);
  });

  it('reports all errors of a file with several bad features, not just the first', () => {
    const got = errorsOf('multiple-errors.geojson');
    expect(got.filter((g) => g.includes(' features[0] (bund-promenade): '))).toHaveLength(4);
    expect(got.filter((g) => g.includes(' features[1]: '))).toHaveLength(13);
  });
});

describe('parseGeoFile', () => {
  it('reports the file and the line, column and offset of malformed JSON', () => {
    const path = `${BAD}/malformed-json.geojson`;
    const r = parseGeoFile(path, read(path));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.file).toBe(path);
    expect(r.error.message).toContain('line 6 column 70 (position 149)');
    expect(formatGeoError(r.error)).toMatch(
      /^tests\/fixtures\/geo-bad\/malformed-json\.geojson: invalid JSON at line 6/,
    );
  });

  it('parses good JSON (and ignores a byte-order mark)', () => {
    expect(parseGeoFile('geo/x.geojson', '\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, json: { a: [1, 2] } });
  });

  it('locates faults that JSON.parse reports without a position', () => {
    expect(findJsonError('{"a": [1, 2]}')).toBeNull();
    expect(findJsonError('{"a": [1,2,]}')).toEqual({ pos: 11, message: "trailing comma before ']'" });
    expect(findJsonError('{"a": NaN}')).toEqual({ pos: 6, message: 'NaN and Infinity are not JSON' });
    expect(findJsonError('// c\n{}')?.pos).toBe(0);
    expect(findJsonError('{"a": [1,')).toEqual({ pos: 9, message: 'unexpected end of file' });
    expect(findJsonError('{"a": 1} x')?.message).toContain('after the end of the JSON value');
    expect(findJsonError('{"a": "x\ny"}')?.pos).toBe(8);
    expect(parseGeoFile('f', '[\n  1,\n  2,\n]').ok).toBe(false);
    const r = parseGeoFile('f', '[\n  1,\n  2,\n]');
    if (!r.ok) expect(r.error.message).toContain('line 4 column 1');
  });
});

describe('the good fixture', () => {
  it('passes, with every feature returned', () => {
    const r = validateGeo([{ path: GOOD, json: json(GOOD) }], planText, GEO_RULES);
    expect(r.errors.map(formatGeoError)).toEqual([]);
    expect(r.features.map((f) => f.properties.id)).toEqual(goodFeatures().map((f) => f.properties.id));
    expect(r.features).toHaveLength(6);
  });

  it('matches the collection schema for its theme and not for another', () => {
    expect(themeCollectionSchema(THEME_IDS, 'centre').safeParse(json(GOOD)).success).toBe(true);
    expect(themeCollectionSchema(THEME_IDS, 'rail').safeParse(json(GOOD)).success).toBe(false);
  });
});

describe('validateGeo', () => {
  const bund = () => structuredClone(goodFeatures()[1]!);
  const file = (path: string, ...features: unknown[]): GeoFile => ({
    path,
    json: { type: 'FeatureCollection', features },
  });

  it('formats errors as file features[i] (id): path: message', () => {
    expect(
      formatGeoError({
        file: 'geo/rail.geojson',
        featureId: 'jiamin-line',
        index: 3,
        path: 'geometry.coordinates[12]',
        message: '[31.2, 121.4] looks like lat/lon swapped',
      }),
    ).toBe(
      'geo/rail.geojson features[3] (jiamin-line): geometry.coordinates[12]: [31.2, 121.4] looks like lat/lon swapped',
    );
    expect(
      formatGeoError({
        file: 'geo/a.geojson',
        featureId: 'features[2]',
        index: 2,
        path: 'type',
        message: 'm',
      }),
    ).toBe('geo/a.geojson features[2]: type: m');
    expect(formatGeoError({ file: 'geo/a.geojson', path: '', message: 'm' })).toBe('geo/a.geojson: m');
  });

  it('takes the theme from the file name and rejects a file name that is no theme', () => {
    expect(themeOfPath('geo/new-towns.geojson', THEME_IDS)).toBe('new-towns');
    expect(themeOfPath('geo/basemap/land-lakes.geojson', THEME_IDS)).toBeNull();
    const good = validateGeo([file('geo/centre.geojson', bund())], planText, GEO_RULES);
    expect(good.errors).toEqual([]);
    const errors = validateGeo([file('geo/rail.geojson', bund())], planText, GEO_RULES).errors.map(
      formatGeoError,
    );
    expect(errors).toEqual([
      'geo/rail.geojson features[0] (bund-promenade): properties.theme: theme "centre" does not match the file\'s theme "rail"',
    ]);
    const stray = validateGeo([file('geo/centre-v2.geojson', bund())], planText, GEO_RULES).errors.map(
      formatGeoError,
    );
    expect(stray).toHaveLength(1);
    expect(stray[0]).toMatch(/^geo\/centre-v2\.geojson: file name must be <theme>\.geojson/);
  });

  it('rejects an id used in two files, naming the first', () => {
    const other = bund();
    other.properties.theme = 'water';
    const r = validateGeo(
      [file('geo/centre.geojson', bund()), file('geo/water.geojson', other)],
      planText,
      GEO_RULES,
    );
    expect(r.errors.map(formatGeoError)).toEqual([
      'geo/water.geojson features[0] (bund-promenade): properties.id: duplicate id "bund-promenade": also geo/centre.geojson features[0]',
    ]);
    expect(r.features).toHaveLength(1);
  });

  it('checks names against the plan text unless a name_note says why, and not at all without a plan text', () => {
    const f = bund();
    f.properties.aliases = ['不在规划里'];
    expect(
      validateGeo([file('geo/centre.geojson', f)], planText, GEO_RULES).errors.map((e) => e.path),
    ).toEqual(['properties.aliases[0]']);
    expect(validateGeo([file('geo/centre.geojson', f)], null, GEO_RULES).errors).toEqual([]);
    f.properties.name_note_zh = '规划只以所在区提及此地。';
    f.properties.name_note_en = 'The plan names the place only by its district.';
    expect(validateGeo([file('geo/centre.geojson', f)], planText, GEO_RULES).errors).toEqual([]);
    f.properties.name_note_zh = '';
    const empty = validateGeo([file('geo/centre.geojson', f)], planText, GEO_RULES).errors.map((e) => e.path);
    expect(empty).toEqual(['properties.name_note_zh', 'properties.aliases[0]']);
  });

  it('rejects NaN and Infinity coordinates given as values, not JSON', () => {
    const f = bund();
    (f.geometry.coordinates as number[][])[2] = [NaN, 31.23];
    (f.geometry.coordinates as number[][])[3] = [121.48, Infinity];
    const errors = validateGeo([file('geo/centre.geojson', f)], planText, GEO_RULES).errors.map(
      (e) => `${e.path}: ${e.message}`,
    );
    expect(errors).toEqual([
      'geometry.coordinates[2][0]: coordinate is not a finite number: NaN',
      'geometry.coordinates[3][1]: coordinate is not a finite number: Infinity',
    ]);
  });

  it('rejects an unknown member at the feature and collection level', () => {
    const f = { ...bund(), propeties: {} };
    const r = validateGeo(
      [{ path: 'geo/centre.geojson', json: { type: 'FeatureCollection', features: [f], crs: {} } }],
      planText,
      GEO_RULES,
    );
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'crs: unknown property (allowed: type, name, features)',
      'propeties: unknown property: did you mean "properties"? (allowed: type, geometry, properties)',
    ]);
  });

  it('reports a feature that is not an object, and a collection whose features are not an array', () => {
    const r = validateGeo([file('geo/centre.geojson', 'x')], planText, GEO_RULES).errors.map(formatGeoError);
    expect(r).toEqual(['geo/centre.geojson features[0]: a feature must be an object']);
    const s = validateGeo(
      [{ path: 'geo/centre.geojson', json: { type: 'FeatureCollection', features: {} } }],
      null,
      GEO_RULES,
    );
    expect(s.errors.map(formatGeoError)).toEqual(['geo/centre.geojson: features: features must be an array']);
  });
});

describe('checkGeometry', () => {
  const messages = (g: unknown) =>
    checkGeometry(g, GEO_RULES).map((i) => `${i.path.join('/')}: ${i.message}`);

  it('accepts the shapes of the good fixture and a 3D position', () => {
    for (const f of goodFeatures()) expect(messages(f.geometry)).toEqual([]);
    expect(messages({ type: 'Point', coordinates: [121.5, 31.2, 4] })).toEqual([]);
  });

  it('rejects unknown types, bad nesting and short rings', () => {
    expect(messages({ type: 'Circle', coordinates: [] })[0]).toContain(
      'geometry/type: geometry type "Circle"',
    );
    expect(messages({ type: 'LineString', coordinates: [121.5, 31.2] })).toEqual([
      'geometry/coordinates/0: expected a position [lon, lat], found 121.5',
      'geometry/coordinates/1: expected a position [lon, lat], found 31.2',
    ]);
    expect(
      messages({
        type: 'Polygon',
        coordinates: [
          [
            [121.5, 31.2],
            [121.6, 31.2],
            [121.5, 31.2],
          ],
        ],
      }),
    ).toEqual(['geometry/coordinates/0: a polygon ring needs at least 4 positions (first = last), found 3']);
    expect(messages({ type: 'MultiLineString', coordinates: [] })).toEqual([
      'geometry/coordinates: a MultiLineString must not be empty',
    ]);
  });

  it('does not take a repeated vertex for a self-intersection, but finds a crossing of a hole ring', () => {
    const ring = [
      [121.4, 31.1],
      [121.5, 31.1],
      [121.5, 31.1],
      [121.5, 31.2],
      [121.4, 31.2],
      [121.4, 31.1],
    ];
    expect(messages({ type: 'Polygon', coordinates: [ring] })).toEqual([]);
    const bowtie = [
      [121.42, 31.12],
      [121.48, 31.18],
      [121.48, 31.12],
      [121.42, 31.18],
      [121.42, 31.12],
    ];
    expect(messages({ type: 'MultiPolygon', coordinates: [[ring], [ring, bowtie]] })).toEqual([
      'geometry/coordinates/1/1: ring self-intersects at [121.45, 31.15]',
    ]);
  });
});

describe('the feature schema', () => {
  it('rejects a name_zh without Chinese characters, a short account of the drawing and no sources', () => {
    const f = structuredClone(goodFeatures()[0]!);
    f.properties.name_zh = 'CAZ';
    f.properties.drawn_en = 'OSM';
    f.properties.sources = [];
    const r = placeFeatureSchema(THEME_IDS, 'centre').safeParse(f);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'properties.name_zh',
      'properties.drawn_en',
      'properties.sources',
    ]);
  });

  it('asks for a reader’s text in both languages, naming the missing one', () => {
    const f = structuredClone(goodFeatures()[0]!);
    f.properties.note_zh = '只有中文的说明';
    const r = placeFeatureSchema(THEME_IDS, 'centre').safeParse(f);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'properties.note_en: note_en is missing: note_zh is given, and a reader sees it in both languages',
    ]);
  });
});

describe('planTextOf', () => {
  it('joins the units’ text and the official titles, once each', () => {
    const chapter = { id: '10', numeral: '十', title: { text: '优化功能布局', official: true } };
    const unit = (id: string, text: string, official: boolean): ClauseUnit => ({
      id,
      kind: 'clause',
      chapter,
      section: { id: '10.1', title: { text: official ? '主城区' : '工作标签', official } },
      text,
      damaged: [],
    });
    expect(planTextOf([unit('10.1.1', '甲', true), unit('10.1.2', '乙', true)])).toBe(
      '甲\n乙\n优化功能布局\n主城区',
    );
    expect(planTextOf([unit('10.1.1', '甲', false)])).toBe('甲\n优化功能布局');
  });
});

describe('feature metrics', () => {
  const R = 6371.0088; // km, the sphere turf measures on
  const rad = Math.PI / 180;

  it('measures the area of a 1° × 1° box at Shanghai (≈ 10,542 km²)', () => {
    const box = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [121, 31],
          [122, 31],
          [122, 32],
          [121, 32],
          [121, 31],
        ],
      ],
    };
    const exact = R * R * rad * (Math.sin(32 * rad) - Math.sin(31 * rad));
    expect(exact).toBeCloseTo(10542.2, 1);
    expect(areaKm2(box)! / exact).toBeCloseTo(1, 3);
    expect(lengthKm(box)).toBeUndefined();
  });

  it('measures the length of a line and adds rounded metrics to a copy', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [121.5, 31],
        [121.5, 31.1],
      ],
    };
    expect(lengthKm(line)).toBeCloseTo(R * 0.1 * rad, 6); // 11.1195 km
    const f = structuredClone(goodFeatures()[1]!);
    f.geometry = line;
    const m = withMetrics(f);
    expect(m.properties.length_km).toBe(11.1);
    expect(m.properties).not.toHaveProperty('area_km2');
    expect(f.properties).not.toHaveProperty('length_km');
    const caz = withMetrics(goodFeatures()[0]!);
    expect(caz.properties.area_km2).toBeGreaterThan(50);
    expect(caz.properties.area_km2! * 10).toBe(Math.round(caz.properties.area_km2! * 10));
    const point = withMetrics(goodFeatures()[2]!);
    expect(point.properties).toEqual(goodFeatures()[2]!.properties);
  });
});
