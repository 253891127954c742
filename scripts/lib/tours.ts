// The build-time check of a plan's built-in tours (content/<plan>/tours/*.json): each file is validated with the same schema
// and reference checks as a tour opened in the browser (src/data/tour-schema.ts), against the plan and the curated
// places; errors (in English, for developers) name the file and the JSON path. The build writes the valid tours
// to data/<plan>/tours.json (scripts/lib/build-plan.ts).

import fs from 'node:fs';
import path from 'node:path';
import { formatTourProblem, validateTour, type Tour, type TourRefs } from '../../src/data/tour-schema';
import type { ClauseUnit } from '../../src/data/types';

export function tourRefs(
  units: readonly Pick<ClauseUnit, 'id' | 'text' | 'damaged'>[],
  placeIds: Iterable<string>,
  plan: Pick<TourRefs, 'layers' | 'region' | 'zoom'>,
): TourRefs {
  return { clauses: new Map(units.map((u) => [u.id, u])), places: new Set(placeIds), ...plan };
}

/** One tour file's problems (in English, for developers: the file, then the path), or the tour. */
export function validateTourFile(
  file: string,
  text: string,
  refs: TourRefs,
): { tour?: Tour; errors: string[] } {
  const r = validateTour(text, refs);
  if (!r.ok) return { errors: r.problems.map((p) => `${file}: ${formatTourProblem(p, 'en')}`) };
  const expectedId = path.basename(file, '.json');
  if (r.tour.id !== expectedId)
    return {
      errors: [`${file}: id: "${r.tour.id}" does not match the file name (expected "${expectedId}")`],
    };
  return { tour: r.tour, errors: [] };
}

/** Every tour in the plan's folder of tours, sorted by file name, with every problem found. */
export function loadTours(
  repoRoot: string,
  toursDir: string,
  refs: TourRefs,
): { tours: Tour[]; errors: string[] } {
  const dir = path.join(repoRoot, toursDir);
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
  const tours: Tour[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const file = `${toursDir}/${name}`;
    const r = validateTourFile(file, fs.readFileSync(path.join(dir, name), 'utf8'), refs);
    if (r.tour) tours.push(r.tour);
    errors.push(...r.errors);
  }
  return { tours, errors };
}
