// Which plan the app shows: `?plan=<id>` in the URL, else the default one (the first the build knows). A plan that
// cannot be had (a mistyped id, a plan this site does not have) falls back to the default, with a notice; the
// default's manifest failing is fatal (src/ui/errors.ts says which file).

import { DEFAULT_PLAN } from './config';
import { setActivePlan } from './data/active-plan';
import { loadManifest } from './data/load';
import { PLAN_ID_RE, type PlanManifest } from './data/plan-manifest';

/** The plan id the URL asks for, or the default (a malformed id counts as none). */
export function askedPlan(search: string): { id: string; asked: string | null } {
  const asked = new URLSearchParams(search).get('plan');
  return { id: asked && PLAN_ID_RE.test(asked) ? asked : DEFAULT_PLAN, asked };
}

/** Loads the plan the URL names (or the default) and makes it the active plan; `unknown` when it fell back. */
export async function startPlan(search: string): Promise<{ plan: PlanManifest; unknown: string | null }> {
  const { id, asked } = askedPlan(search);
  let plan: PlanManifest;
  let unknown: string | null = asked !== null && asked !== id ? asked : null;
  try {
    plan = await loadManifest(id);
  } catch (e) {
    if (id === DEFAULT_PLAN) throw e;
    unknown = id;
    plan = await loadManifest(DEFAULT_PLAN);
  }
  if (unknown !== null) {
    const url = new URL(location.href);
    url.searchParams.delete('plan');
    history.replaceState(history.state, '', url);
  }
  setActivePlan(plan);
  return { plan, unknown };
}
