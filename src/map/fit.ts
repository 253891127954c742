// Moves the camera to show places: one selected from search or a link, or all the places a clause names. The panel
// lies over the map (on the right; on a phone, a sheet at the bottom): the places are fitted into the rest.

import { bbox, featureCollection } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { store } from '../state/store';
import type { PlaceFeature } from '../data/types';

const MARGIN = 48;
/** The least of the map left to fit into, px. */
const MIN_FREE = 120;

/** The map's padding for what the panel covers: it is open on a place's or a clause's route. */
export function panelPadding(
  map: { width: number; height: number },
  panel: { width: number; height: number; open: boolean; sheet: boolean },
): { top: number; bottom: number; left: number; right: number } {
  const pad = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN };
  if (panel.open && panel.sheet) pad.bottom += Math.min(panel.height, map.height - 2 * MARGIN - MIN_FREE);
  if (panel.open && !panel.sheet) pad.right += Math.min(panel.width, map.width - 2 * MARGIN - MIN_FREE);
  pad.bottom = Math.max(MARGIN, pad.bottom);
  pad.right = Math.max(MARGIN, pad.right);
  return pad;
}

export function fitToPlaces(map: MapLibreMap, features: readonly PlaceFeature[], animate = true): void {
  if (features.length === 0) return;
  const [w, s, e, n] = bbox(featureCollection([...features]));
  const {
    route: [route],
    panel,
  } = store.getState();
  const container = map.getContainer();
  const sheet = window.innerWidth < 700;
  const padding = panelPadding(
    { width: container.clientWidth, height: container.clientHeight },
    {
      // Before the panel has drawn, the size it will have: 45% of the window beside, 55% of the map below.
      width: panel.visible ? panel.width : Math.min(576, window.innerWidth * 0.45),
      height: panel.visible ? panel.height : container.clientHeight * 0.55,
      open: route === 'place' || route === 'clause',
      sheet,
    },
  );
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom: 13.5, duration: animate ? 700 : 0 },
  );
}
