// The embedded basemap's MapLibre style, built in code from the layers in geo/basemap (served as data/basemap.json).
// A quiet printed-atlas look so that the plan's layers stand out; no remote tiles, glyphs or sprites.

import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

/** The embedded basemap as the build writes it (scripts/build-data.ts). */
export interface BasemapData {
  /** All land in the region (GSHHG coast); painted in the neighbours' shade. */
  land: FeatureCollection;
  lakes: FeatureCollection;
  /** Shanghai's own land, painted lighter. */
  shanghaiLand: FeatureCollection;
  /** The municipal boundary where it runs over land (lines). */
  municipalBorder: FeatureCollection;
  /** The neighbouring provinces' land borders (lines). */
  provinceBorders: FeatureCollection;
  /** The 16 districts (polygons with `name`, `name_en`). */
  districts: FeatureCollection;
  /** One label point per district, with `name` and `name_en`. */
  districtLabels: FeatureCollection;
  rivers: FeatureCollection;
}

export const BASEMAP_COLOURS = {
  sea: '#d7e3ea',
  land: '#f4f2ec',
  neighbourLand: '#e9e7e0',
  municipal: '#4a4a4a',
  border: '#8a8a8a',
  district: '#bdbab2',
  districtLabel: '#6e6a62',
  river: '#b9ccd8',
} as const;

export const LABEL_FONT = ['Noto Sans CJK SC Regular'];
export const LOCAL_FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** The district labels' text: the English name in English; in Chinese the Chinese name with the English below. */
export function districtLabelField(lang: 'zh' | 'en'): ExpressionSpecification {
  return lang === 'en'
    ? ['coalesce', ['get', 'name_en'], ['get', 'name']]
    : ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': 0.8 }];
}

/** The id of the districts' label layer (the places go under it, and follow the language). */
export const DISTRICT_LABEL_LAYER = 'district-labels';

export function buildBasemapStyle(data: BasemapData, lang: 'zh' | 'en' = 'zh'): StyleSpecification {
  const src = (d: FeatureCollection) => ({ type: 'geojson' as const, data: d, tolerance: 0.3 });
  const c = BASEMAP_COLOURS;
  const labelField = districtLabelField(lang);
  return {
    version: 8,
    name: 'Plan atlas (embedded)',
    sources: {
      land: src(data.land),
      lakes: src(data.lakes),
      'shanghai-land': src(data.shanghaiLand),
      'municipal-border': src(data.municipalBorder),
      'province-borders': src(data.provinceBorders),
      districts: src(data.districts),
      'district-labels': src(data.districtLabels),
      rivers: src(data.rivers),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': c.neighbourLand } },
      { id: 'shanghai-land', type: 'fill', source: 'shanghai-land', paint: { 'fill-color': c.land } },
      {
        id: 'lakes',
        type: 'fill',
        source: 'lakes',
        paint: { 'fill-color': c.sea },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        maxzoom: 11,
        paint: {
          'line-color': c.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 10, 1.4],
        },
      },
      {
        id: 'district-lines',
        type: 'line',
        source: 'districts',
        paint: {
          'line-color': c.district,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 12, 1.2],
        },
      },
      {
        id: 'provincial-borders',
        type: 'line',
        source: 'province-borders',
        paint: { 'line-color': c.border, 'line-width': 1, 'line-dasharray': [4, 3] },
      },
      {
        id: 'municipal-boundary',
        type: 'line',
        source: 'municipal-border',
        paint: { 'line-color': c.municipal, 'line-width': 1.5, 'line-opacity': 0.85 },
      },
      {
        id: DISTRICT_LABEL_LAYER,
        type: 'symbol',
        source: 'district-labels',
        minzoom: 8.5,
        layout: {
          'text-field': labelField,
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 8.5, 11, 12, 14],
          'text-allow-overlap': false,
          'text-padding': 4,
        },
        paint: {
          'text-color': c.districtLabel,
          'text-halo-color': c.land,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
