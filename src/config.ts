// Fixed facts of the app itself (a plan's own facts — region, views, themes, names — are in its config and reach
// the app through src/data/active-plan.ts).

/** How long an online basemap (its style, then its first tiles) may take before the embedded one replaces it. */
export const ONLINE_BASEMAP_TIMEOUT_MS = 6000;

/** The plan the app opens when the URL names none (the first of content/plans.ts; set by the build). */
export const DEFAULT_PLAN: string = (import.meta.env['VITE_DEFAULT_PLAN'] as string | undefined) ?? '';
