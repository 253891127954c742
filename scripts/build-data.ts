// The build-time data step (run before `vite` and `vite build`): validates the sources in geo/ and content/ and
// writes what the app loads to public/data/, which Vite serves in dev and copies to dist/data/.
// Any bad input stops it with every problem listed (file, feature or line, path).
// Usage: npx tsx scripts/build-data.ts

import fs from 'node:fs';
import path from 'node:path';
import { buildBasemapData } from './lib/basemap-data';
import { COMPARE, COMPARE_FACTS } from '../content/shanghai-14fyp/compare.config';
import { buildCompareData } from './lib/compare';
import { measuredFeatures } from './lib/feature-metrics';
import { computeMentions, mentionStats } from './lib/mentions';
import { loadGeo } from './lib/read-geo';
import { loadPlan } from './lib/read-plan';
import { formatGeoError } from './lib/validate-geo';
import { loadTranslations } from './lib/translations';
import { writeTours } from './lib/tours';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'public/data');

function write(file: string, data: unknown): void {
  const text = JSON.stringify(data);
  fs.writeFileSync(path.join(out, file), text);
  console.log(`  data/${file}  ${(text.length / 1024).toFixed(0)} KB`);
}

function main(): number {
  const units = loadPlan(root);
  const geo = loadGeo(root, units);
  if (geo.errors.length > 0) {
    for (const e of geo.errors) console.error(formatGeoError(e));
    console.error(`build-data: ${geo.errors.length} error(s) in geo/; nothing written.`);
    return 1;
  }
  fs.mkdirSync(out, { recursive: true });
  console.log('build-data:');
  write('translations.en.json', loadTranslations(root, units)); // first: bad input stops it before any write
  write('basemap.json', buildBasemapData(root));
  write('clauses.json', units);
  write('features.geojson', { type: 'FeatureCollection', features: measuredFeatures(geo.features) });
  const mentions = computeMentions(units, geo.features);
  write('mentions.json', mentions);
  write(
    'compare.json',
    buildCompareData(root, units, geo.features, mentions, { config: COMPARE, factsFile: COMPARE_FACTS }),
  );
  if (writeTours(root, out, units, geo.features) > 0) return 1;
  const stats = mentionStats(mentions, geo.features);
  console.log(
    `  mentions: ${stats.linkedFeatures}/${stats.features} places linked (${stats.byVia.name} by name, ` +
      `${stats.byVia.alias} by alias, ${stats.byVia.group} by group); unlinked: ${stats.unlinked.join(', ') || 'none'}`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
