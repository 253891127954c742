// Checks every curated geo/<theme>.geojson (not geo/basemap/) against the feature schema, the geometry rules, the
// Shanghai region and the plan text, prints every error as `file features[i] (id): path: message` and a summary per
// file, and exits 1 on any error. Curators run it on their files: `npx tsx scripts/validate-geo.ts`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClauseUnit } from '../src/data/types';
import { formatGeoError, parseGeoFile, planTextOf, validateGeo } from './lib/validate-geo';
import type { GeoError, GeoFile } from './lib/validate-geo';

const root = resolve(import.meta.dirname, '..');

/**
 * The plan text via scripts/lib/read-plan.ts. While that module does not exist the name check is skipped with a
 * warning (a stop-gap until the plan reader lands); if it exists but fails, that is an error.
 */
async function loadPlanText(): Promise<{ text: string } | { warning: string } | { error: string }> {
  const modulePath = join(root, 'scripts/lib/read-plan.ts');
  if (!existsSync(modulePath)) {
    return {
      warning: 'scripts/lib/read-plan.ts does not exist yet: names NOT checked against the plan text',
    };
  }
  try {
    const mod = (await import(pathToFileURL(modulePath).href)) as { loadPlan?: unknown };
    if (typeof mod.loadPlan !== 'function')
      return { error: 'scripts/lib/read-plan.ts does not export loadPlan' };
    const units: unknown = await (mod.loadPlan as (repoRoot: string) => unknown)(root);
    if (!Array.isArray(units) || units.some((u) => typeof (u as { text?: unknown }).text !== 'string')) {
      return { error: 'loadPlan did not return ClauseUnit[]' };
    }
    return { text: planTextOf(units as ClauseUnit[]) };
  } catch (err) {
    return { error: `reading the plan failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

async function main(): Promise<number> {
  const geoDir = join(root, 'geo');
  const names = readdirSync(geoDir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.geojson'))
    .map((d) => d.name)
    .sort();

  const errors: GeoError[] = [];
  const files: GeoFile[] = [];
  for (const name of names) {
    const path = `geo/${name}`;
    const parsed = parseGeoFile(path, readFileSync(join(geoDir, name), 'utf8'));
    if (parsed.ok) files.push({ path, json: parsed.json });
    else errors.push(parsed.error);
  }

  const plan = await loadPlanText();
  let fatal = 0;
  if ('warning' in plan) console.warn(`warning: ${plan.warning}`);
  if ('error' in plan) {
    console.error(`error: ${plan.error}; names NOT checked against the plan text`);
    fatal++;
  }

  const result = validateGeo(files, 'text' in plan ? plan.text : null);
  errors.push(...result.errors);
  for (const e of errors) console.error(formatGeoError(e));

  if (errors.length > 0) console.error('');
  for (const name of names) {
    const path = `geo/${name}`;
    const json = files.find((f) => f.path === path)?.json;
    const count = (json as { features?: unknown } | undefined)?.features;
    const n = errors.filter((e) => e.file === path).length;
    const what =
      json === undefined
        ? 'not parsed'
        : Array.isArray(count)
          ? `${count.length} feature${count.length === 1 ? '' : 's'}`
          : 'no features';
    console.log(`${path}: ${what}, ${n === 0 ? 'ok' : `${n} error${n === 1 ? '' : 's'}`}`);
  }
  const total = errors.length + fatal;
  console.log(
    names.length === 0
      ? 'no geo/*.geojson files yet'
      : `${names.length} files, ${result.features.length} valid features, ${total} error${total === 1 ? '' : 's'}`,
  );
  return total > 0 ? 1 : 0;
}

process.exitCode = await main();
