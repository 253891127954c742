// The URL is the shareable state: the route and the camera live in the hash, both ways, pure functions.
// Garbage in → defaults out, never an exception.

import type { ViewLimits } from './data/active-plan';
import type { View } from './data/plan-manifest';
import { currentMonth, parseAt } from './data/timeline';

export type { View };

export interface HashState {
  /** Route segments after `#/`, e.g. `['place', 'new-town-jiading']`; empty for the map. */
  route: string[];
  /** The camera, when the hash holds a valid one. */
  view?: View;
  /** Visible layer ids, when the hash says which. */
  layers?: string[];
  /** The timeline's date (a month before today's), when the hash holds a valid one; none is today. */
  at?: string;
}

const round = (n: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

function parseView(raw: string | null, limits: ViewLimits): View | undefined {
  if (!raw) return undefined;
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5) return undefined;
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as [
    number,
    number,
    number,
    number?,
    number?,
  ];
  const [[w, s], [e, n]] = limits.bounds;
  if (zoom < limits.minZoom || zoom > limits.maxZoom) return undefined;
  if (lon < w || lon > e || lat < s || lat > n) return undefined;
  if (bearing < -180 || bearing > 360 || pitch < 0 || pitch > 85) return undefined;
  return { lon, lat, zoom, bearing, pitch };
}

function formatView(v: View): string {
  const parts = [round(v.zoom, 2), round(v.lat, 5), round(v.lon, 5)];
  if (round(v.bearing, 1) !== 0 || round(v.pitch, 1) !== 0)
    parts.push(round(v.bearing, 1), round(v.pitch, 1));
  return parts.join('/');
}

const SEGMENT = /^[A-Za-z0-9._,-]{1,200}$/;

/**
 * Parses `#/place/x?map=9/31.2/121.4&layers=a,b&at=2023-06`; a view outside `limits` is dropped, and so is a date
 * that is not a month from 2021-01 to before `today`'s (a month, YYYY-MM). Never throws.
 */
export function parseHash(hash: string, limits: ViewLimits, today: string = currentMonth()): HashState {
  const out: HashState = { route: [] };
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return out;
  }
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const segments = path.split('/').filter((s) => s.length > 0);
  if (segments.every((s) => SEGMENT.test(s))) out.route = segments.slice(0, 4);
  const view = parseView(params.get('map'), limits);
  if (view) out.view = view;
  const layers = params.get('layers');
  if (layers !== null && /^[a-z0-9,-]*$/.test(layers)) {
    out.layers = layers.split(',').filter((l) => l.length > 0);
  }
  const at = parseAt(params.get('at'), today);
  if (at) out.at = at;
  return out;
}

export function formatHash(state: HashState): string {
  const params: string[] = [];
  if (state.view) params.push(`map=${formatView(state.view)}`);
  if (state.layers) params.push(`layers=${state.layers.join(',')}`);
  if (state.at) params.push(`at=${state.at}`);
  return `#/${state.route.join('/')}${params.length ? `?${params.join('&')}` : ''}`;
}
