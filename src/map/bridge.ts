// What the panels and views may ask of the map without importing its modules: the map itself once it is ready,
// and bringing places into view. Without WebGL there is no map: `mapReady` never resolves and requests are ignored.

import type { Map as MapLibreMap } from 'maplibre-gl';

type FitHandler = (ids: readonly string[]) => void;

let fit: FitHandler | null = null;
let map: MapLibreMap | null = null;
let resolveMap: (m: MapLibreMap) => void = () => {};
const ready = new Promise<MapLibreMap>((r) => (resolveMap = r));

export function setFitHandler(handler: FitHandler): void {
  fit = handler;
}

export function fitPlaces(ids: readonly string[]): void {
  fit?.(ids);
}

/** Called once by start-up when the map has drawn (the ready signal). */
export function setMap(m: MapLibreMap): void {
  map = m;
  resolveMap(m);
}

/** The map, if it is ready. */
export function getMap(): MapLibreMap | null {
  return map;
}

/** Resolves with the map once it is ready. */
export function mapReady(): Promise<MapLibreMap> {
  return ready;
}
