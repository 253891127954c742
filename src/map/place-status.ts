// How the map draws each place with its status at the timeline's date, without re-tiling anything when the date
// moves. Most places never change status (no history, or one that keeps it): each sits in the one line layer of its
// status, as before, its opacity a constant. The few whose history changes their drawn status ("dated", 11 today)
// sit in every one of a second set of line layers (solid, and each dash), whose opacity shows them only in the layer
// of their status at the date: that status is the place's feature state (set per date, map/timeline-draw.ts), or
// before any is set its `status` property, the status at the date the style was built for. A date change then sets a handful of feature states and repaints: no filter changes, which
// would make MapLibre lay out every tile of the places again on its worker (measured ~650 ms a change on software
// WebGL). Only a place cancelled at the date is filtered out (none is, in the data so far).

import type { ExpressionSpecification } from 'maplibre-gl';
import { drawnStatusOf } from '../data/history';
import type { Dated } from '../data/timeline';
import { STATUS_STYLES } from './themes';

/** The statuses drawn dashed, each in a layer of its own (map/places.ts). */
export const DASHED_STATUSES: readonly string[] = STATUS_STYLES.filter((s) => s.dash[0] > 0).map(
  (s) => s.status,
);

/** Whether a place's history ever changes its drawn status: then the date decides in which layer it shows. */
export function isDated(p: Dated): boolean {
  return !!p.history?.some((e) => {
    const s = e.partial ? null : drawnStatusOf(e.status);
    return s !== null && s !== p.status;
  });
}

export const DATED: ExpressionSpecification = ['==', ['get', 'dated'], 1];

/** A place's status at the timeline's date as the map reads it: its feature state, else its property. */
const STATUS_NOW: ExpressionSpecification = ['coalesce', ['feature-state', 'status'], ['get', 'status']];

/** The statuses a line layer draws: the solid one every status not dashed (nor cancelled), a dashed one its own. */
const inLayer = (status: string | null): ExpressionSpecification =>
  status === null
    ? ['!', ['in', STATUS_NOW, ['literal', [...DASHED_STATUSES, 'cancelled']]]]
    : ['==', STATUS_NOW, status];

/** A line layer's filter of statuses: the dated places in the dated layers, the others by their own status. */
export const lineStatusFilter = (status: string | null, dated: boolean): ExpressionSpecification => [
  'all',
  dated ? DATED : ['!', DATED],
  ...(dated
    ? []
    : [
        status === null
          ? (['!', ['in', ['get', 'status'], ['literal', [...DASHED_STATUSES]]]] as ExpressionSpecification)
          : (['==', ['get', 'status'], status] as ExpressionSpecification),
      ]),
];

/** A line layer's opacity: `opacity`, and for a dated layer only for its places whose status is the layer's then. */
export function lineOpacity(
  l: { status: string | null; dated: boolean },
  opacity: number,
): ExpressionSpecification | number {
  return l.dated ? ['case', inLayer(l.status), opacity, 0] : opacity;
}

/** What the map draws of the places: the themes switched off, the date, the places cancelled by then. */
export interface PlaceDrawing {
  hidden: readonly string[];
  /** The date the places are drawn at: a month, or today's day. */
  date: string;
  /** The places cancelled by the date: not drawn. */
  cancelled: readonly string[];
}

/** The filter that leaves out the places cancelled by the date, if there are any. */
export const notCancelled = (cancelled: readonly string[]): ExpressionSpecification[] =>
  cancelled.length ? [['!', ['in', ['get', 'id'], ['literal', [...cancelled]]]]] : [];
