// The map follows the store's themes and timeline date: the themes by the place layers' filters, the date by the
// feature states of the few places whose status it changes (map/place-status.ts), so that a date change, or a drag
// of the timeline, lays out nothing again. Once the map has redrawn a date, `data-at` on the map's element says which
// ('' for today) and the performance entry `timeline-redraw` says how long it took, from the change to MapLibre's
// next idle.

import type { Map as MapLibreMap } from 'maplibre-gl';
import { dateOfAt, drawnStatusAt, type Dated } from '../data/timeline';
import { store, type AppState } from '../state/store';
import { isDated, type PlaceDrawing } from './place-status';
import { setPlaceFilters, setPlaceStatuses } from './places';

/** What the map draws of the places in a state: its hidden themes, its date and what is cancelled by then. */
export function placeFiltersOf(
  places: readonly Dated[],
  s: Pick<AppState, 'hiddenLayers' | 'at'>,
): PlaceDrawing {
  const date = dateOfAt(s.at);
  const cancelled = places
    .filter((p) => isDated(p) && drawnStatusAt(p, date) === 'cancelled')
    .map((p) => p.id);
  return { hidden: s.hiddenLayers, date, cancelled };
}

/** Keeps the map's place layers in step with the store; returns what stops it. */
export function followTimeline(
  map: MapLibreMap,
  el: HTMLElement,
  places: readonly Dated[],
  /** The themes hidden and the date the map's style was built with. */
  builtFor?: readonly [readonly string[], string | null],
): () => void {
  const dated = places.filter(isDated);
  let seq = 0;
  const apply = ([hidden, at]: readonly [readonly string[], string | null]) => {
    const mine = ++seq;
    const start = performance.now();
    const drawing = placeFiltersOf(dated, { hiddenLayers: [...hidden], at });
    // (MapLibre leaves a layer whose filter is the same as it is: only a theme switched or a place cancelled costs.)
    setPlaceFilters(map, drawing);
    setPlaceStatuses(map, new Map(dated.map((p) => [p.id, drawnStatusAt(p, drawing.date)])));
    const drawn = () => {
      if (mine !== seq) return;
      el.dataset['at'] = at ?? '';
      performance.measure('timeline-redraw', { start, end: performance.now(), detail: at ?? '' });
    };
    // A frame even when nothing changed (MapLibre then draws none): its idle follows it.
    void map.once('idle').then(drawn);
    map.triggerRepaint();
  };
  const same = (a: readonly [readonly string[], string | null], b: typeof a) =>
    a[0] === b[0] && a[1] === b[1];
  // The map's first style was built with the themes and the date of `builtFor`: while the store still says the
  // same, there is nothing to draw again (a frame for nothing would hold back the ready signal by a map frame).
  const now = [store.getState().hiddenLayers, store.getState().at] as const;
  if (builtFor && same(now, builtFor)) el.dataset['at'] = now[1] ?? '';
  else apply(now);
  return store.subscribe((s) => [s.hiddenLayers, s.at] as const, apply, { equalityFn: same });
}
