// The map follows the store's themes and timeline date: each place in the layer of its status at the date (the
// filters of map/places.ts, over the few ids whose status the date changes), cancelled ones not drawn. Once the map
// has redrawn a date, `data-at` on the map's element says which ('' for today) and the performance entry
// `timeline-redraw` says how long it took, from the change to MapLibre's idle.

import type { Map as MapLibreMap } from 'maplibre-gl';
import { dateOfAt, statusOverrides, type Dated } from '../data/timeline';
import { store, type AppState } from '../state/store';
import { setPlaceFilters, type PlaceFilters } from './places';

/** What the map draws of the places in a state: its hidden themes and each place's status at its date. */
export function placeFiltersOf(
  places: readonly Dated[],
  s: Pick<AppState, 'hiddenLayers' | 'at'>,
): PlaceFilters {
  return { hidden: s.hiddenLayers, overrides: statusOverrides(places, dateOfAt(s.at)) };
}

/** Keeps the map's place layers in step with the store; returns what stops it. */
export function followTimeline(map: MapLibreMap, el: HTMLElement, places: readonly Dated[]): () => void {
  let seq = 0;
  const apply = ([hidden, at]: readonly [readonly string[], string | null]) => {
    const mine = ++seq;
    const start = performance.now();
    setPlaceFilters(map, placeFiltersOf(places, { hiddenLayers: [...hidden], at }));
    const drawn = () => {
      if (mine !== seq) return;
      el.dataset['at'] = at ?? '';
      performance.measure('timeline-redraw', { start, end: performance.now(), detail: at ?? '' });
    };
    // A frame even when the filters are the same (MapLibre then changes nothing): its idle follows it.
    void map.once('idle').then(drawn);
    map.triggerRepaint();
  };
  return store.subscribe((s) => [s.hiddenLayers, s.at] as const, apply, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
    fireImmediately: true,
  });
}
