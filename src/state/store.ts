// The one store of the app (zustand, vanilla): what the user looks at and what is hovered or selected.
// Only the actions below change it; modules subscribe to the slice they need.

import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { View } from '../url-state';
import type { Lang } from '../i18n/lang';

export interface HoverInfo {
  layer: string;
  id: string;
  x: number;
  y: number;
}

export interface AppState {
  /** The interface language (the plan's text stays Chinese). */
  lang: Lang;
  /** The route from the URL hash: `[]` (map), `['clause', id]`, `['place', id]`… */
  route: string[];
  view: View | null;
  hover: HoverInfo | null;
  /** Ids of overlay layers (themes) switched off by the user. */
  hiddenLayers: string[];
  /** Places shown strong on the map besides the selected one (a clause's places, a hovered mention). */
  highlighted: string[];
  /** The places "show all" pinned: what `highlighted` returns to when a hovered mention is left. */
  pinned: string[];
  /** What the side panel covers of the map (its host measures itself): the camera fits places beside it. */
  panel: PanelBox;
  /** What else lies over the map (the legend, the places-in-view list…), by name, in the map's pixels. */
  overMap: Record<string, OverMapBox>;
  /** Places the camera is asked to bring into view (a new request each time: `seq` grows). */
  fit: { ids: string[]; seq: number } | null;
  /**
   * The timeline's date, a month YYYY-MM before today's (the map draws each place with its status then), or null:
   * today. Set only through `setTimelineDate` (state/commands.ts), which checks it.
   */
  at: string | null;
  /** Whether the map could start: without WebGL there is none, and the text alternatives say so. */
  map: 'starting' | 'ready' | 'no-webgl';
}

/** A box over the map, in the map's pixels. */
export interface OverMapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanelBox {
  width: number;
  height: number;
  visible: boolean;
}

export const store = createStore<AppState>()(
  subscribeWithSelector((): AppState => ({
    lang: 'zh',
    route: [],
    view: null,
    hover: null,
    hiddenLayers: [],
    highlighted: [],
    pinned: [],
    panel: { width: 0, height: 0, visible: false },
    overMap: {},
    fit: null,
    at: null,
    map: 'starting',
  })),
);

export function setLang(lang: Lang): void {
  if (store.getState().lang !== lang) store.setState({ lang });
}

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

export function setHighlighted(ids: string[]): void {
  const prev = store.getState().highlighted;
  if (prev.length === ids.length && prev.every((id, i) => id === ids[i])) return;
  store.setState({ highlighted: ids });
}

export function setHiddenLayers(hiddenLayers: string[]): void {
  store.setState({ hiddenLayers });
}

/** The selected place: the route's `#/place/<id>`. */
export function selectedPlace(s: AppState): string | null {
  return s.route[0] === 'place' && s.route[1] ? s.route[1] : null;
}

/** The places the map shows strong: the selected one and the highlighted ones. */
export function emphasisedPlaces(s: AppState): Set<string> {
  const emphasised = new Set(s.highlighted);
  const selected = selectedPlace(s);
  if (selected) emphasised.add(selected);
  return emphasised;
}

export function setLayerVisible(layer: string, visible: boolean): void {
  const hidden = store.getState().hiddenLayers.filter((l) => l !== layer);
  store.setState({ hiddenLayers: visible ? hidden : [...hidden, layer] });
}

/** Pins places (a clause's "show all"): they stay strong when a hovered mention is left. */
export function setPinned(ids: string[]): void {
  const prev = store.getState().pinned;
  if (prev.length !== ids.length || prev.some((id, i) => id !== ids[i])) store.setState({ pinned: ids });
  setHighlighted(ids);
}

/** What `name` covers of the map now (null: nothing, it is gone or hidden). */
export function setOverMap(name: string, box: OverMapBox | null): void {
  const { overMap } = store.getState();
  const was = overMap[name];
  if (!box) {
    if (was) {
      const next = { ...overMap };
      delete next[name];
      store.setState({ overMap: next });
    }
    return;
  }
  const same =
    was && was.x === box.x && was.y === box.y && was.width === box.width && was.height === box.height;
  if (!same) store.setState({ overMap: { ...overMap, [name]: box } });
}

export function setPanelBox(panel: PanelBox): void {
  const p = store.getState().panel;
  if (p.width !== panel.width || p.height !== panel.height || p.visible !== panel.visible)
    store.setState({ panel });
}

/** Asks the camera to bring places into view. */
export function requestFit(ids: string[]): void {
  store.setState({ fit: { ids, seq: (store.getState().fit?.seq ?? 0) + 1 } });
}

export function setMapStatus(map: AppState['map']): void {
  store.setState({ map });
}

/** The timeline's date (already checked: a month before today's, or null for today). */
export function setAt(at: string | null): void {
  if (store.getState().at !== at) store.setState({ at });
}
