// Checks every plan's curated places (geo/<plan>/<theme>.geojson) against the feature schema, the geometry rules,
// the plan's region and its text, prints every error as `file features[i] (id): path: message` and a summary per
// file, and exits 1 on any error. Curators run it on their files: `npx tsx scripts/validate-geo.ts`.
import { basename, resolve } from 'node:path';
import { PLANS } from '../content/plans';
import { geoRulesOf } from './lib/build-plan';
import { formatGeoError } from './lib/validate-geo';
import { loadGeo } from './lib/read-geo';
import { loadPlan } from './lib/read-plan';

const root = resolve(import.meta.dirname, '..');
let total = 0;
for (const plan of PLANS) {
  const units = loadPlan(root, plan.files.text);
  const { paths, features, errors } = loadGeo(root, units, plan.files.geo, geoRulesOf(plan));
  for (const e of errors) console.error(formatGeoError(e));
  if (errors.length > 0) console.error('');
  for (const path of paths) {
    const n = errors.filter((e) => e.file === path).length;
    const valid = features.filter((f) => f.properties.theme === basename(path, '.geojson')).length;
    console.log(`${path}: ${valid} valid features, ${n === 0 ? 'ok' : `${n} error${n === 1 ? '' : 's'}`}`);
  }
  console.log(
    `${plan.id}: ${paths.length} files, ${features.length} valid features, ${errors.length} errors`,
  );
  total += errors.length;
}
process.exitCode = total > 0 ? 1 : 0;
