// The plan the app shows, set once at start from data/<plan>/plan.json (src/main.ts) before anything renders, and
// what follows from it: its themes in the legend's order and by id, their drawing order, the folder of its data.
// Every module that needs a fact of the plan asks here; none holds one of its own.

import type { PlanManifest, ThemeStyle, View } from './plan-manifest';
import { maxBounds } from './plan-manifest';

let active: { plan: PlanManifest; byId: ReadonlyMap<string, ThemeStyle> } | null = null;

export function setActivePlan(plan: PlanManifest): void {
  active = { plan, byId: new Map(plan.themes.map((t) => [t.theme, t])) };
}

function current(): NonNullable<typeof active> {
  if (!active) throw new Error('The plan is not loaded yet.');
  return active;
}

export function activePlan(): PlanManifest {
  return current().plan;
}

/** The plan's themes, in the legend's order. */
export function themeStyles(): readonly ThemeStyle[] {
  return current().plan.themes;
}

export function themeIds(): string[] {
  return current().plan.themes.map((t) => t.theme);
}

export function themeOf(id: string): ThemeStyle | undefined {
  return current().byId.get(id);
}

/** A theme's place in the drawing order (bottom to top); an unknown theme goes on top. */
export function drawRank(id: string): number {
  return current().byId.get(id)?.drawOrder ?? Number.MAX_SAFE_INTEGER;
}

/** What a camera may show: the plan's zoom range and its region with a margin. */
export interface ViewLimits {
  minZoom: number;
  maxZoom: number;
  bounds: [[number, number], [number, number]];
}

export function viewLimits(): ViewLimits {
  const p = current().plan;
  return { minZoom: p.zoom.min, maxZoom: p.zoom.max, bounds: maxBounds(p.region) };
}

export function defaultView(): View {
  return { ...current().plan.defaultView };
}
