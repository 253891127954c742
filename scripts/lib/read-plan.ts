// Reads the plan's content file(s) from the repository and parses them: the one place build scripts and tests load
// the plan text from. Run directly to check content files: `npx tsx scripts/lib/read-plan.ts file …`.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClauseUnit } from '../../src/data/types';
import { parsePlan } from './parse-plan';

/** The plan's units from its text files (a plan config's `files.text`: relative to the repository, in order). */
export function loadPlan(repoRoot: string, files: readonly string[]): ClauseUnit[] {
  return files.flatMap((file) => parsePlan(readFileSync(join(repoRoot, file), 'utf8'), file));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const files = process.argv.slice(2);
  try {
    for (const file of files) {
      const units = parsePlan(readFileSync(file, 'utf8'), relative(process.cwd(), resolve(file)));
      console.log(`${file}: ${units.length} units, ${units[0]?.id ?? '-'} … ${units.at(-1)?.id ?? '-'}`);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
