// A Vite plugin that tells the app which plan it opens by default (the first of content/plans.ts, as the data step
// wrote it to public/data/plans.json): `import.meta.env.VITE_DEFAULT_PLAN`, and, in place of the page's
// `<!-- plan-data-preload -->` comment, preload links for that plan's data, fetched while the script loads.

import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The files src/main.ts asks for first thing. */
const PRELOADED = ['plan.json', 'basemap.json', 'features.geojson'];
const MARK = '<!-- plan-data-preload -->';

export function defaultPlanId(root: string): string {
  const file = path.join(root, 'public/data/plans.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first.`);
  const id = (JSON.parse(fs.readFileSync(file, 'utf8')) as { default?: unknown }).default;
  if (typeof id !== 'string' || !id) throw new Error(`${file}: no default plan`);
  return id;
}

export function planPlugin(root: string): Plugin {
  const id = defaultPlanId(root);
  return {
    name: 'default-plan',
    config: () => ({ define: { 'import.meta.env.VITE_DEFAULT_PLAN': JSON.stringify(id) } }),
    transformIndexHtml: (html) =>
      html.replace(
        MARK,
        PRELOADED.map(
          (f) => `<link rel="preload" href="./data/${id}/${f}" as="fetch" crossorigin="anonymous" />`,
        ).join('\n    '),
      ),
  };
}
