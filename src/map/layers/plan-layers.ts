// What deck.gl draws over the map (interleaved: in MapLibre's WebGL context, no canvas of its own): the places
// emphasised — the selected one, a clause's places, the one under the pointer — strong, with a thick outline, over
// the faded rest (which MapLibre draws: map/places.ts). State in, layers out, stable ids; the layers hold only the
// few emphasised features, so a change of selection uploads a handful of vertices.

import { PathStyleExtension } from '@deck.gl/extensions';
import type { PathStyleExtensionProps } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature, Geometry } from 'geojson';
import type { ServedProperties } from '../../data/types';
import type { PlaceFeature } from '../../data/types';
import { colourOf, isArea, PLACE_LAYER_PREFIX, strokeWidthOf } from '../places';
import { STATUS_BY_ID, drawRank, pointRadiusOf } from '../themes';
import { drawnStatusAt, TIMELINE_START } from '../../data/timeline';

export interface PlaceLayerState {
  hiddenThemes: readonly string[];
  /** The place under the pointer (found by map/hit-test.ts), once the pointer has rested on it. */
  hoveredId: string | null;
  /** Selected or highlighted places: drawn strong on top while the rest fades. */
  emphasised: ReadonlySet<string>;
  /** The map's layer to draw under (the labels: a strong fill never veils a name). */
  beforeId?: string;
  /** The timeline's date (a month, or today's day): a place's dash is that of its status then. */
  date?: string;
}

export const EMPHASIS_LAYER_ID = `${PLACE_LAYER_PREFIX}emphasis`;
export const HOVER_LAYER_ID = `${PLACE_LAYER_PREFIX}hover`;

type PlaceData = Feature<Geometry, ServedProperties>[];

const rgba = (c: readonly number[], a: number): [number, number, number, number] => [
  c[0] ?? 0,
  c[1] ?? 0,
  c[2] ?? 0,
  Math.round(a),
];

/** One extension set for every overlay layer: deck.gl compiles a shader program per layer type and extensions. */
export const OVERLAY_EXTENSIONS = [new PathStyleExtension({ dash: true })];

/** The accessors of the strong style; `fill` is the alpha of an area's fill; `date` the timeline's. */
function strongStyle(fill: number, date: string) {
  return {
    // Picking is done on the CPU (map/hit-test.ts): no picking pass on pointer moves.
    pickable: false,
    stroked: true,
    filled: true,
    pointType: 'circle' as const,
    lineWidthUnits: 'pixels' as const,
    pointRadiusUnits: 'pixels' as const,
    lineJointRounded: true,
    lineCapRounded: true,
    getFillColor: (f: PlaceData[number]) => {
      if (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint') {
        return f.properties.kind === 'hub' ? rgba([255, 255, 255], 255) : rgba(colourOf(f), 255);
      }
      return rgba(colourOf(f), fill);
    },
    getLineColor: (f: PlaceData[number]) => rgba(colourOf(f), 255),
    getLineWidth: (f: PlaceData[number]) => strokeWidthOf(f) + 2,
    getPointRadius: (f: PlaceData[number]) => pointRadiusOf(f.properties.kind) + 2,
    getDashArray: (f: PlaceData[number]) => {
      const status = drawnStatusAt(f.properties, date);
      return (status === 'cancelled' ? null : STATUS_BY_ID.get(status))?.dash ?? [0, 0];
    },
    updateTriggers: { getDashArray: date },
    extensions: OVERLAY_EXTENSIONS,
  };
}

/** The emphasised places in drawing order (broad areas first), the same array for the same set: stable data. */
let lastKey = '';
let lastData: PlaceData = [];
function emphasisData(
  features: readonly PlaceFeature[],
  ids: ReadonlySet<string>,
  hidden: readonly string[],
) {
  const key = `${[...ids].sort().join(' ')}|${hidden.join(' ')}`;
  if (key !== lastKey) {
    const rank = (f: PlaceFeature) => drawRank(f.properties.theme) * 2 + (isArea(f) ? 0 : 1);
    lastData = features
      .filter((f) => ids.has(f.properties.id) && !hidden.includes(f.properties.theme))
      .sort((a, b) => rank(a) - rank(b));
    lastKey = key;
  }
  return lastData;
}

/** The layers for a state: none when nothing is emphasised or hovered. */
export function buildPlaceLayers(features: readonly PlaceFeature[], state: PlaceLayerState): Layer[] {
  const layers: Layer[] = [];
  const strong = emphasisData(features, state.emphasised, state.hiddenThemes);
  if (strong.length) {
    layers.push(
      new GeoJsonLayer<ServedProperties, PathStyleExtensionProps<PlaceData[number]>>({
        id: EMPHASIS_LAYER_ID,
        data: strong,
        ...strongStyle(95, state.date ?? TIMELINE_START),
        ...(state.beforeId ? { beforeId: state.beforeId } : {}),
      }),
    );
  }
  const hovered = state.hoveredId ? features.find((f) => f.properties.id === state.hoveredId) : undefined;
  if (
    hovered &&
    !state.emphasised.has(hovered.properties.id) &&
    !state.hiddenThemes.includes(hovered.properties.theme)
  ) {
    layers.push(
      new GeoJsonLayer<ServedProperties, PathStyleExtensionProps<PlaceData[number]>>({
        id: HOVER_LAYER_ID,
        data: [hovered] as PlaceData,
        ...strongStyle(70, state.date ?? TIMELINE_START),
        ...(state.beforeId ? { beforeId: state.beforeId } : {}),
      }),
    );
  }
  return layers;
}
