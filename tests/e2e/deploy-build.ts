// Builds one version of the app for the deploy test (tests/e2e/deploy.e2e.ts): the data of public/ with a mark in
// clauses.json (the first unit's text), features.geojson and compare.json (a member of their own), so that each version
// has data of its own and, through its data version (scripts/data-version.ts), code of its own. Run as a child
// process, `tsx tests/e2e/deploy-build.ts <outDir> <mark>`: a production build, outside the test runner's
// NODE_ENV=test.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';

const [outDir, mark] = process.argv.slice(2);
if (!outDir || !mark) throw new Error('usage: deploy-build.ts <outDir> <mark>');
const root = path.resolve(import.meta.dirname, '../..');
const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-deploy-public-'));
try {
  fs.cpSync(path.join(root, 'public'), publicDir, { recursive: true });
  const plans = JSON.parse(fs.readFileSync(path.join(publicDir, 'data/plans.json'), 'utf8')) as {
    default: string;
  };
  const dir = path.join(publicDir, 'data', plans.default);
  const clauses = JSON.parse(fs.readFileSync(path.join(dir, 'clauses.json'), 'utf8')) as { text: string }[];
  if (!clauses[0]) throw new Error('clauses.json has no unit');
  clauses[0].text = `${clauses[0].text} ${mark}`;
  fs.writeFileSync(path.join(dir, 'clauses.json'), JSON.stringify(clauses));
  for (const file of ['features.geojson', 'compare.json']) {
    const value = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as object;
    fs.writeFileSync(path.join(dir, file), JSON.stringify({ ...value, deploy: mark }));
  }
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    publicDir,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
} finally {
  fs.rmSync(publicDir, { recursive: true, force: true });
}
