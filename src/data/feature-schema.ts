// Zod schema of a curated place (one feature of geo/<theme>.geojson) and of a theme's FeatureCollection: the one
// written statement of what a curated feature may contain, checked at build time by scripts/validate-geo.ts.
// Geometry here is structural only (numeric positions, nesting); closed rings, self-intersections and the region
// are checked by scripts/lib/validate-geo.ts.
import { z } from 'zod';
import { PRECISIONS, STATUSES } from './types';
import type { PlaceProperties } from './types';

/** ASCII kebab-case: ids, kinds and groups. */
export const KEBAB_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** At least one Han character. */
export const CJK_RE = /\p{Script=Han}/u;
export const ROAD_CODE_RE = /^[GS]\d{1,4}$/;
export const MIN_SOURCE_LENGTH = 10;

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;
export type PlaceGeometryType = (typeof GEOMETRY_TYPES)[number];
export const AREA_GEOMETRY_TYPES: readonly PlaceGeometryType[] = ['Polygon', 'MultiPolygon'];

/** Statuses for which a surveyed precision is not credible: nothing has been built to survey. */
export const UNBUILT_STATUSES: readonly string[] = ['planned', 'proposed'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const whenObject = { when: (payload: { value: unknown }) => isRecord(payload.value) };

const nonEmpty = () => z.string().regex(/\S/, { error: 'must not be empty' });
const kebab = () => z.string().regex(KEBAB_RE, { error: `must be ASCII kebab-case (${KEBAB_RE.source})` });
const noOuterSpace = (s: string) => s === s.trim();
const text = (what: string) =>
  z.string({ error: `must say ${what}` }).refine((s) => s.trim().length >= MIN_SOURCE_LENGTH, {
    error: `must say ${what} (at least ${MIN_SOURCE_LENGTH} characters)`,
  });

/** Texts a reader sees, given in both languages or in neither: `<base>_zh` and `<base>_en`. */
export const BILINGUAL_PAIRS = ['note', 'name_note'] as const;

function checkPair(
  o: Record<string, unknown>,
  base: string,
  path: (string | number)[],
  ctx: {
    addIssue: (i: { code: 'custom'; path: (string | number)[]; message: string; continue: boolean }) => void;
  },
) {
  const zh = o[`${base}_zh`] !== undefined;
  const en = o[`${base}_en`] !== undefined;
  if (zh !== en) {
    const missing = zh ? `${base}_en` : `${base}_zh`;
    ctx.addIssue({
      code: 'custom',
      path: [...path, missing],
      message: `${missing} is missing: ${zh ? `${base}_zh` : `${base}_en`} is given, and a reader sees it in both languages`,
      continue: true,
    });
  }
}
const oneOf = (values: readonly string[]) => ({
  error: (iss: { input?: unknown }) =>
    iss.input === undefined
      ? undefined
      : `invalid value ${JSON.stringify(iss.input)}: expected one of ${values.join(', ')}`,
});

// Positions: [lon, lat] or [lon, lat, altitude]; z.number() rejects NaN and ±Infinity.
const position = z
  .array(z.number({ error: 'coordinate must be a finite number' }))
  .min(2, { error: 'a position has 2 or 3 numbers' })
  // Not .max(3): an oversized array explicitly aborts the parse, which would skip the feature-level checks.
  .refine((a) => a.length <= 3, { error: 'a position has 2 or 3 numbers' });
const line = z.array(position).min(2, { error: 'a line needs at least 2 positions' });
const ring = z.array(position).min(4, { error: 'a polygon ring needs at least 4 positions' });
const polygon = z.array(ring).min(1, { error: 'a polygon needs at least one ring' });

export const geometrySchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('Point'), coordinates: position }),
    z.strictObject({
      type: z.literal('MultiPoint'),
      coordinates: z.array(position).min(1, { error: 'must not be empty' }),
    }),
    z.strictObject({ type: z.literal('LineString'), coordinates: line }),
    z.strictObject({
      type: z.literal('MultiLineString'),
      coordinates: z.array(line).min(1, { error: 'must not be empty' }),
    }),
    z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
    z.strictObject({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygon).min(1, { error: 'must not be empty' }),
    }),
  ],
  {
    error: (iss) =>
      iss.input === undefined ? undefined : `geometry type must be one of ${GEOMETRY_TYPES.join(', ')}`,
  },
);
export type PlaceGeometry = z.infer<typeof geometrySchema>;

const propertiesShape = {
  id: kebab(),
  // The plan's own name: Chinese, or a road code the plan writes as such (S3, G1503).
  name_zh: nonEmpty()
    .refine((s) => CJK_RE.test(s) || ROAD_CODE_RE.test(s), { error: 'must contain Chinese characters' })
    .refine(noOuterSpace, { error: 'has leading or trailing whitespace' }),
  name_en: nonEmpty(),
  aliases: z.array(nonEmpty().refine(noOuterSpace, { error: 'has leading or trailing whitespace' })),
  kind: kebab(),
  // One of the plan's themes: checked against its config in the schema's refinement below.
  theme: kebab(),
  status: z.enum(STATUSES, oneOf(STATUSES)),
  precision: z.enum(PRECISIONS, oneOf(PRECISIONS)),
  groups: z.array(kebab()),
  drawn_zh: text('how the geometry was drawn, in Chinese'),
  drawn_en: text('how the geometry was drawn, in English'),
  sources: z.array(kebab()).min(1, { error: 'must cite at least one source (an id of the plan’s sources)' }),
  official_area: z
    .strictObject({
      value_km2: z.number({ error: 'must be a number (km²)' }).positive(),
      sources: z.array(kebab()).min(1, { error: 'must cite the document that states the figure' }),
      verified: z.boolean({ error: 'must say whether a trustworthy copy was read (true or false)' }),
      note_zh: nonEmpty().exactOptional(),
      note_en: nonEmpty().exactOptional(),
    })
    .exactOptional(),
  name_note_zh: nonEmpty().exactOptional(),
  name_note_en: nonEmpty().exactOptional(),
  note_zh: nonEmpty().exactOptional(),
  note_en: nonEmpty().exactOptional(),
};

/**
 * Properties of a curated feature: `theme` one of the plan's `themes` and, with `fileTheme`, the theme of the file
 * holding it.
 */
export function placePropertiesSchema(themes: readonly string[], fileTheme?: string) {
  return z
    .strictObject(propertiesShape, {
      error: (iss) => (iss.code === 'unrecognized_keys' ? undefined : 'properties must be an object'),
    })
    .superRefine((p: Record<string, unknown>, ctx) => {
      if (typeof p.theme === 'string' && themes.length > 0 && !themes.includes(p.theme)) {
        ctx.addIssue({
          code: 'custom',
          path: ['theme'],
          message: `invalid value ${JSON.stringify(p.theme)}: expected one of ${themes.join(', ')}`,
          continue: true,
        });
      } else if (fileTheme !== undefined && typeof p.theme === 'string' && p.theme !== fileTheme) {
        ctx.addIssue({
          code: 'custom',
          path: ['theme'],
          message: `theme ${JSON.stringify(p.theme)} does not match the file's theme ${JSON.stringify(fileTheme)}`,
          continue: true,
        });
      }
      for (const base of BILINGUAL_PAIRS) checkPair(p, base, [], ctx);
      if (isRecord(p.official_area)) checkPair(p.official_area, 'note', ['official_area'], ctx);
      if (p.precision === 'surveyed' && typeof p.status === 'string' && UNBUILT_STATUSES.includes(p.status)) {
        ctx.addIssue({
          code: 'custom',
          path: ['precision'],
          message: `precision "surveyed" on a ${p.status} feature: nothing ${p.status} can have been surveyed (use approximate or schematic)`,
          continue: true,
        });
      }
    }, whenObject);
}

/** A curated feature of a plan with these themes; with `fileTheme`, its theme must be the file's. */
export function placeFeatureSchema(themes: readonly string[], fileTheme?: string) {
  return z
    .strictObject(
      {
        type: z.literal('Feature', { error: 'type must be "Feature"' }),
        geometry: geometrySchema,
        properties: placePropertiesSchema(themes, fileTheme),
      },
      { error: (iss) => (iss.code === 'unrecognized_keys' ? undefined : 'a feature must be an object') },
    )
    .superRefine((f: Record<string, unknown>, ctx) => {
      const g = f.geometry;
      const p = f.properties;
      if (!isRecord(g) || !isRecord(p) || p.official_area === undefined) return;
      if (!AREA_GEOMETRY_TYPES.includes(g.type as PlaceGeometryType)) {
        ctx.addIssue({
          code: 'custom',
          path: ['properties', 'official_area'],
          message: `official_area on a ${String(g.type)}: only a Polygon or MultiPolygon has an area`,
          continue: true,
        });
      }
    }, whenObject);
}

/** The top level of geo/<theme>.geojson, features not yet looked at (the validator checks each one separately). */
export const collectionShellSchema = z.strictObject({
  type: z.literal('FeatureCollection', { error: 'not a FeatureCollection' }),
  name: z.string().exactOptional(),
  features: z.array(z.unknown(), { error: 'features must be an array' }),
});

/** A whole geo/<theme>.geojson. */
export function themeCollectionSchema(themes: readonly string[], fileTheme?: string) {
  return collectionShellSchema.extend({ features: z.array(placeFeatureSchema(themes, fileTheme)) });
}

export interface PlaceFeature {
  type: 'Feature';
  geometry: PlaceGeometry;
  properties: PlaceProperties;
}

// Compile-time check that the schema's output and PlaceProperties (src/data/types.ts) describe the same object.
type SchemaProperties = z.infer<ReturnType<typeof placePropertiesSchema>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const propertiesMatchTypes: Same<SchemaProperties, PlaceProperties> = true;
void propertiesMatchTypes;
