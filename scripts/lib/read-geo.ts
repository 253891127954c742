// Reads every curated geo/<plan>/<theme>.geojson and validates it against the plan text: the one
// place the build, the validator CLI and the tests load the curated geography from.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseUnit } from '../../src/data/types';
import type { PlaceFeature } from '../../src/data/feature-schema';
import {
  parseGeoFile,
  planTextOf,
  validateGeo,
  type GeoError,
  type GeoFile,
  type GeoRules,
} from './validate-geo';

export interface GeoLoad {
  /** The theme files read, `geo/<theme>.geojson`, sorted. */
  paths: string[];
  features: PlaceFeature[];
  errors: GeoError[];
}

/** Reads the plan's folder of places (its config's `files.geo`) and checks them with the plan's rules. */
export function loadGeo(
  repoRoot: string,
  units: readonly ClauseUnit[],
  geoDir: string,
  rules: GeoRules,
): GeoLoad {
  const dir = join(repoRoot, geoDir);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.geojson'))
    .map((d) => d.name)
    .sort();
  const errors: GeoError[] = [];
  const files: GeoFile[] = [];
  for (const name of names) {
    const path = `${geoDir}/${name}`;
    const parsed = parseGeoFile(path, readFileSync(join(dir, name), 'utf8'));
    if (parsed.ok) files.push({ path, json: parsed.json });
    else errors.push(parsed.error);
  }
  const result = validateGeo(files, planTextOf(units), rules);
  return {
    paths: names.map((n) => `${geoDir}/${n}`),
    features: result.features,
    errors: [...errors, ...result.errors],
  };
}
