// What the panels and views may ask of the map without importing its modules: the map itself once it is ready.
// Without WebGL there is no map: `mapReady` never resolves. (Bringing places into view is a command:
// src/state/commands.ts.)

import type { Map as MapLibreMap } from 'maplibre-gl';

let map: MapLibreMap | null = null;
let resolveMap: (m: MapLibreMap) => void = () => {};
const ready = new Promise<MapLibreMap>((r) => (resolveMap = r));

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
