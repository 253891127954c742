// The build-time data step (run before `vite` and `vite build`): builds every plan of content/plans.ts into
// public/data/<plan>/ (Vite serves it in dev and copies it to dist/data/), and public/data/plans.json, which names
// the plan the app opens by default. Any bad input stops it with every problem listed (file, feature or line, path).
// Usage: npx tsx scripts/build-data.ts
//        npx tsx scripts/build-data.ts --config <plan.config.ts> --out <folder>   (one plan, e.g. a test fixture)

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PLANS } from '../content/plans';
import { buildPlanData } from './lib/build-plan';
import type { PlanConfig } from './lib/plan-config';

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { config: { type: 'string' }, out: { type: 'string' } } });
  if (values.config) {
    const mod = (await import(pathToFileURL(path.resolve(values.config)).href)) as { default: PlanConfig };
    const out = path.resolve(values.out ?? path.join(root, 'public/data', mod.default.id));
    return buildPlanData(root, mod.default, out);
  }
  const data = path.join(root, 'public/data');
  for (const plan of PLANS) {
    const errors = buildPlanData(root, plan, path.join(data, plan.id));
    if (errors > 0) return 1;
  }
  const index = { default: PLANS[0]?.id, plans: PLANS.map((p) => ({ id: p.id, title: p.title })) };
  fs.writeFileSync(path.join(data, 'plans.json'), JSON.stringify(index));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
