// The real plan (content/shanghai-14fyp/ and geo/shanghai-14fyp/) as the unit tests use it: its config, what the
// app gets of it (made the active plan for the modules that ask), and its sources read as the build reads them.

import path from 'node:path';
import SHANGHAI from '../content/shanghai-14fyp/plan.config';
import { geoRulesOf, loadRefs } from '../scripts/lib/build-plan';
import { manifestOf, themeIdsOf } from '../scripts/lib/plan-config';
import { loadGeo } from '../scripts/lib/read-geo';
import { loadPlan } from '../scripts/lib/read-plan';
import { setActivePlan, viewLimits } from '../src/data/active-plan';
import type { ClauseUnit } from '../src/data/types';

export { SHANGHAI };
export const ROOT = path.resolve(import.meta.dirname, '..');
/** The plan's source records and vocabulary, read and checked as the build does. */
export const REFS = loadRefs(ROOT, SHANGHAI);
export const MANIFEST = manifestOf(SHANGHAI, REFS.vocabulary);
export const GEO_RULES = geoRulesOf(SHANGHAI, REFS);
export const THEME_IDS = themeIdsOf(SHANGHAI);

setActivePlan(MANIFEST);
/** What the plan's camera may show (the URL's and the map's limits). */
export const LIMITS = viewLimits();

export const shanghaiUnits = (): ClauseUnit[] => loadPlan(ROOT, SHANGHAI.files.text);
export const shanghaiGeo = (units: readonly ClauseUnit[] = shanghaiUnits()) =>
  loadGeo(ROOT, units, SHANGHAI.files.geo, GEO_RULES);
