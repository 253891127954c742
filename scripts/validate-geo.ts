// Checks every curated geo/<theme>.geojson (not geo/basemap/) against the feature schema, the geometry rules, the
// Shanghai region and the plan text, prints every error as `file features[i] (id): path: message` and a summary per
// file, and exits 1 on any error. Curators run it on their files: `npx tsx scripts/validate-geo.ts`.
import { resolve } from 'node:path';
import { formatGeoError } from './lib/validate-geo';
import { loadGeo } from './lib/read-geo';
import { loadPlan } from './lib/read-plan';

const root = resolve(import.meta.dirname, '..');
const { paths, features, errors } = loadGeo(root, loadPlan(root));
for (const e of errors) console.error(formatGeoError(e));
if (errors.length > 0) console.error('');
for (const path of paths) {
  const n = errors.filter((e) => e.file === path).length;
  const valid = features.filter((f) => f.properties.theme === path.slice(4, -8)).length;
  console.log(`${path}: ${valid} valid features, ${n === 0 ? 'ok' : `${n} error${n === 1 ? '' : 's'}`}`);
}
console.log(`${paths.length} files, ${features.length} valid features, ${errors.length} errors`);
process.exitCode = errors.length > 0 ? 1 : 0;
