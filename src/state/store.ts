// The one store of the app (zustand, vanilla): what the user looks at and what is hovered or selected.
// Only the actions below change it; modules subscribe to the slice they need.

import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { View } from '../url-state';

export interface HoverInfo {
  layer: string;
  id: string;
  x: number;
  y: number;
}

export interface AppState {
  /** The route from the URL hash: `[]` (map), `['clause', id]`, `['place', id]`… */
  route: string[];
  view: View | null;
  hover: HoverInfo | null;
  /** Ids of overlay layers switched off by the user. */
  hiddenLayers: string[];
}

export const store = createStore<AppState>()(
  subscribeWithSelector(() => ({ route: [], view: null, hover: null, hiddenLayers: [] }) as AppState),
);

export function setRoute(route: string[]): void {
  const prev = store.getState().route;
  if (prev.length === route.length && prev.every((s, i) => s === route[i])) return;
  store.setState({ route });
}

export function setView(view: View): void {
  store.setState({ view });
}

export function setHover(hover: HoverInfo | null): void {
  const prev = store.getState().hover;
  if (prev === hover) return;
  if (prev && hover && prev.id === hover.id && prev.x === hover.x && prev.y === hover.y) return;
  store.setState({ hover });
}

export function setLayerVisible(layer: string, visible: boolean): void {
  const hidden = store.getState().hiddenLayers.filter((l) => l !== layer);
  store.setState({ hiddenLayers: visible ? hidden : [...hidden, layer] });
}
