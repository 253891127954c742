// Reads every curated geo/<theme>.geojson (not geo/basemap/) and validates it against the plan text: the one
// place the build, the validator CLI and the tests load the curated geography from.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseUnit } from '../../src/data/types';
import type { PlaceFeature } from '../../src/data/feature-schema';
import { parseGeoFile, planTextOf, validateGeo, type GeoError, type GeoFile } from './validate-geo';

/** The curated places of the plan, one theme per file. */
export const GEO_DIR = 'geo/shanghai-14fyp';

export interface GeoLoad {
  /** The theme files read, `geo/<theme>.geojson`, sorted. */
  paths: string[];
  features: PlaceFeature[];
  errors: GeoError[];
}

export function loadGeo(repoRoot: string, units: readonly ClauseUnit[]): GeoLoad {
  const dir = join(repoRoot, GEO_DIR);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.geojson'))
    .map((d) => d.name)
    .sort();
  const errors: GeoError[] = [];
  const files: GeoFile[] = [];
  for (const name of names) {
    const path = `${GEO_DIR}/${name}`;
    const parsed = parseGeoFile(path, readFileSync(join(dir, name), 'utf8'));
    if (parsed.ok) files.push({ path, json: parsed.json });
    else errors.push(parsed.error);
  }
  const result = validateGeo(files, planTextOf(units));
  return {
    paths: names.map((n) => `${GEO_DIR}/${n}`),
    features: result.features,
    errors: [...errors, ...result.errors],
  };
}
