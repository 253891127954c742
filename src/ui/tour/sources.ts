// Where a tour comes from, in order: a shared link (`?tour=`), the user's own copy in this browser (a tour opened
// from a file, or edited here), the built-in tours (data/tours.json, validated at build). Whatever does not come
// from the build is validated here exactly as the build validates: shape, clauses, quotes, places, layers.

import { themeIds, viewLimits, activePlan } from '../../data/active-plan';
import { loadPlaces, loadPlan, loadPlanData } from '../../data/load';
import {
  checkTourRefs,
  formatTourProblem,
  parseTourValue,
  validateTour,
  type Tour,
  type TourRefs,
} from '../../data/tour-schema';
import { decodeTour, TourLinkError, TOUR_PARAM } from './share';
import { lang, t as msg } from '../../i18n/i18n';
import type { TourSource } from './session';

export type { TourSource } from './session';

export interface LoadedTour {
  tour: Tour;
  source: TourSource;
  /** The built-in tour of the same id, if any (to revert to). */
  builtIn?: Tour;
}

export function loadBuiltInTours(): Promise<Tour[]> {
  return loadPlanData<Tour[]>('tours.json');
}

let refs: Promise<TourRefs> | undefined;

/** The plan's units and the places, to check a tour against. */
export function browserRefs(): Promise<TourRefs> {
  refs ??= Promise.all([loadPlan(), loadPlaces()]).then(([plan, places]) => ({
    clauses: plan.byId,
    places: new Set(places.byId.keys()),
    layers: themeIds(),
    region: activePlan().region,
    zoom: { min: viewLimits().minZoom, max: viewLimits().maxZoom },
  }));
  return refs;
}

const KEY = (id: string) => `tour-draft:${id}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The user's own copy of a tour in this browser, if it is (still) valid. */
export function readLocal(id: string, r: TourRefs): Tour | null {
  const raw = storage()?.getItem(KEY(id));
  if (!raw) return null;
  try {
    const parsed = parseTourValue(JSON.parse(raw));
    if (parsed.ok && parsed.tour.id === id && checkTourRefs(parsed.tour, r).length === 0) return parsed.tour;
  } catch {
    // fall through: a damaged copy is ignored
  }
  return null;
}

export function writeLocal(tour: Tour): void {
  try {
    storage()?.setItem(KEY(tour.id), JSON.stringify(tour));
  } catch {
    // storage full or disabled: the tour still works in this page
  }
}

export function removeLocal(id: string): void {
  storage()?.removeItem(KEY(id));
}

/** The tour in the page's link, validated; `errors` (in the current language) when it is there but not valid. */
export async function tourFromLink(r: TourRefs): Promise<{ tour?: Tour; errors?: string[] }> {
  const payload = new URLSearchParams(location.search).get(TOUR_PARAM);
  if (!payload) return {};
  let text: string;
  try {
    text = await decodeTour(payload);
  } catch (e) {
    return { errors: [e instanceof TourLinkError ? msg(e.key) : e instanceof Error ? e.message : String(e)] };
  }
  const v = validateTour(text, r);
  return v.ok ? { tour: v.tour } : { errors: v.problems.map((p) => formatTourProblem(p, lang())) };
}

/** Removes `?tour=` from the address (once the tour is the user's own copy). */
export function dropLinkParam(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(TOUR_PARAM)) return;
  url.searchParams.delete(TOUR_PARAM);
  history.replaceState(history.state, '', url.href);
}

export interface Resolved {
  loaded?: LoadedTour;
  /** Problems worth telling the user (a broken link), even when a tour was found. */
  problems: string[];
}

export async function resolveTour(id: string): Promise<Resolved> {
  const r = await browserRefs();
  const problems: string[] = [];
  const [link, all] = await Promise.all([
    tourFromLink(r),
    loadBuiltInTours().catch((e: unknown) => {
      problems.push(e instanceof Error ? e.message : String(e));
      return [] as Tour[];
    }),
  ]);
  const builtIn = all.find((t) => t.id === id);
  const withBuiltIn = (l: LoadedTour): LoadedTour => (builtIn ? { ...l, builtIn } : l);
  if (link.errors) problems.push(...link.errors.map((e) => msg('tour.linkProblem', { error: e })));
  if (link.tour && link.tour.id === id)
    return { loaded: withBuiltIn({ tour: link.tour, source: 'link' }), problems };
  const local = readLocal(id, r);
  if (local) return { loaded: withBuiltIn({ tour: local, source: 'local' }), problems };
  if (builtIn) return { loaded: { tour: builtIn, source: 'built-in', builtIn }, problems };
  return { problems };
}
