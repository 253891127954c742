import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import fs from 'node:fs';
import path from 'node:path';
import { fitPadding, panelPadding, panelRect } from '../../src/map/fit';
import { measuredFeatures, outlinedByParts } from '../../scripts/lib/feature-metrics';
import type { PlaceFeature as SourceFeature } from '../../src/data/feature-schema';
import {
  isFilled,
  isStroked,
  OUTLINE_ONLY_KM2,
  PLACES_TILE_BUFFER,
  styledPlaces,
  withPlaces,
} from '../../src/map/places';
import type { GeoJSONSourceSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STATUS_BY_ID, drawRank } from '../../src/map/themes';
import type { PlaceFeature } from '../../src/data/types';
import '../shanghai';
import { buildPlaceLayers } from '../../src/map/layers/plan-layers';
import { strongLabelData } from '../../src/map/place-labels';

const geoDir = path.resolve(import.meta.dirname, '../../geo/shanghai-14fyp');
const places: PlaceFeature[] = fs
  .readdirSync(geoDir)
  .filter((f) => f.endsWith('.geojson'))
  .flatMap(
    (f) =>
      (JSON.parse(fs.readFileSync(path.join(geoDir, f), 'utf8')) as { features: PlaceFeature[] }).features,
  );

/** A place as the app gets it: with its drawn area (added at build), km². */
const place = (id: string): PlaceFeature => {
  const f = places.find((p) => p.properties.id === id);
  if (!f) throw new Error(`no ${id} in geo/`);
  return f.geometry.type.includes('Polygon')
    ? { ...f, properties: { ...f.properties, area_km2: area(f) / 1e6 } }
    : f;
};

describe('places drawn by MapLibre', () => {
  it('hands the style every place, in drawing order, with what its layers read', () => {
    const fc = styledPlaces(places);
    expect(fc.features).toHaveLength(places.length);
    const ranks = fc.features.map((f) => drawRank(String(f.properties?.['theme'])));
    expect(ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]!))).toBe(true);
    for (const f of fc.features) {
      expect(f.properties?.['colour']).toMatch(/^#[0-9a-f]{6}$/);
      expect(f.properties?.['width']).toBeGreaterThan(0);
      expect(f.properties?.['radius']).toBeGreaterThan(0);
    }
  });

  it('fills the areas, but not those inside another filled area or larger than the screen at a glance', () => {
    expect(isFilled(place('new-town-jiading'))).toBe(true);
    expect(isFilled(place('new-town-nanhui'))).toBe(true); // the largest new town is still filled
    expect(isFilled(place('demo-zone-qingpu'))).toBe(false); // a county within the demonstration zone
    expect(isFilled(place('island-chongming'))).toBe(false); // within Chongming's district
    expect(isFilled(place('demo-zone'))).toBe(false); // 2,400 km²
    expect(isFilled(place('metro-14'))).toBe(false); // a line
    const filled = places.map((f) => place(f.properties.id)).filter(isFilled);
    expect(filled.length).toBeGreaterThan(50);
    expect(filled.every((f) => (f.properties.area_km2 ?? 0) <= OUTLINE_ONLY_KM2)).toBe(true);
  });

  it(
    'strokes an area tiled by places of its theme only through theirs, and leaves out what it would not draw',
    { timeout: 60_000 },
    () => {
      const parts = outlinedByParts(places as unknown as SourceFeature[]);
      expect(Object.fromEntries([...parts].map(([k, v]) => [k, [...v].sort()]))).toEqual({
        'area-changheng': ['island-changxing', 'island-hengsha'],
        'demo-zone': ['demo-zone-jiashan', 'demo-zone-qingpu', 'demo-zone-wujiang'],
      });
      // The ecological island's outline is not its three islands' (it is drawn from another source): it stays.
      expect(parts.has('ecological-island-chongming')).toBe(false);
      // What the build writes to features.geojson (metrics and `outlined_by`), as the app reads it.
      const measured = measuredFeatures(places as unknown as SourceFeature[]) as unknown as PlaceFeature[];
      const drawn = new Map(styledPlaces(measured).features.map((f) => [f.properties?.['id'], f.properties]));
      expect(drawn.has('demo-zone')).toBe(false); // neither filled (2,400 km²) nor stroked
      expect(drawn.get('area-changheng')).toMatchObject({ filled: 1, stroked: 0 });
      expect(drawn.get('island-changxing')).toMatchObject({ filled: 0, stroked: 1 });
      expect(drawn.get('demo-zone-qingpu')).toMatchObject({ filled: 0, stroked: 1 });
      expect(drawn.get('metro-14')).toMatchObject({ stroked: 1 });
      expect(measured.filter((f) => !isStroked(f) && !f.geometry.type.includes('Point'))).toHaveLength(2);
      expect(drawn.size).toBe(places.length - 1);
    },
  );

  it('tiles them with a buffer deeper than the widest line but far below MapLibre default, simplified under 2 px', () => {
    const base: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background' }] };
    const style = withPlaces(base, places, { hidden: [], date: '2021-01', cancelled: [] });
    const source = style.sources['places'] as GeoJSONSourceSpecification;
    const widest = Math.max(...styledPlaces(places).features.map((f) => Number(f.properties?.['width'])));
    expect(source.buffer).toBe(PLACES_TILE_BUFFER);
    expect(source.buffer!).toBeGreaterThan(2 * widest);
    expect(source.buffer!).toBeLessThan(128);
    expect(source.tolerance!).toBeGreaterThan(0.375);
    expect(source.tolerance!).toBeLessThan(2);
  });

  it('draws each dashed status in a layer of its own, its dash a constant (a dash read per feature costs more)', () => {
    const base: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background' }] };
    const lines = withPlaces(base, places, { hidden: [], date: '2021-01', cancelled: [] }).layers.filter(
      (l): l is LineLayerSpecification => l.type === 'line',
    );
    // The places of fixed status, then the few whose status the timeline changes (each in every layer, shown by
    // its opacity at the date: see timeline.test.ts), so that the first four stay as cheap as before.
    expect(lines.map((l) => l.id)).toEqual([
      'places-line',
      'places-line-under-construction',
      'places-line-planned',
      'places-line-proposed',
      'places-dated-line',
      'places-dated-line-under-construction',
      'places-dated-line-planned',
      'places-dated-line-proposed',
    ]);
    for (const l of [lines[0]!, lines[4]!]) expect(l.paint?.['line-dasharray']).toBeUndefined();
    for (const l of [...lines.slice(1, 4), ...lines.slice(5)]) {
      const status = STATUS_BY_ID.get(l.id.replace(/^places-(dated-)?line-/, '') as never)!;
      expect(l.paint?.['line-dasharray']).toEqual(status.dash);
      expect(JSON.stringify([l.paint?.['line-opacity'], l.filter])).toContain(`"${status.status}"`);
    }
    for (const l of lines.slice(0, 4)) expect(typeof l.paint?.['line-opacity']).toBe('number');
  });
});

describe('what deck.gl draws', () => {
  const state = {
    hiddenThemes: [] as string[],
    hoveredId: null as string | null,
    emphasised: new Set<string>(),
  };

  it('nothing when nothing is emphasised or hovered', () => {
    expect(buildPlaceLayers(places, state)).toEqual([]);
  });

  it('the emphasised places, in one layer, and the hovered one apart; none of a hidden theme', () => {
    const layers = buildPlaceLayers(places, {
      ...state,
      emphasised: new Set(['new-town-jiading', 'metro-14']),
      hoveredId: 'hub-hongqiao',
    });
    expect(layers.map((l) => l.id)).toEqual(['places-emphasis', 'places-hover']);
    const data = layers[0]!.props.data as PlaceFeature[];
    expect(data.map((f) => f.properties.id).sort()).toEqual(['metro-14', 'new-town-jiading']);
    const hidden = buildPlaceLayers(places, {
      ...state,
      hiddenThemes: ['new-towns', 'rail'],
      emphasised: new Set(['new-town-jiading']),
      hoveredId: 'hub-hongqiao',
    });
    expect(hidden).toEqual([]);
  });

  it('under the labels when the map names a layer to draw under', () => {
    const layers = buildPlaceLayers(places, {
      ...state,
      emphasised: new Set(['caz']),
      hoveredId: 'hub-hongqiao',
      beforeId: 'district-labels',
    });
    expect(layers.map((l) => (l.props as { beforeId?: string }).beforeId)).toEqual([
      'district-labels',
      'district-labels',
    ]);
  });
});

describe('the emphasised places’ labels', () => {
  it('a river or a rail line along its course, an area or a hub at its label point, in a darker colour', () => {
    const { points, lines } = strongLabelData([
      place('river-huangpu'),
      place('rail-nanfeng'),
      place('caz'),
      place('hub-songjiang'),
    ]);
    const prop = (f: { properties: Record<string, unknown> | null }, k: string): unknown => f.properties?.[k];
    expect(lines.features.map((f) => prop(f, 'id'))).toEqual(['river-huangpu', 'rail-nanfeng']);
    expect(lines.features.map((f) => f.geometry.type)).toEqual(['LineString', 'LineString']);
    expect(points.features.map((f) => [prop(f, 'id'), prop(f, 'point')])).toEqual([
      ['caz', 0],
      ['hub-songjiang', 1],
    ]);
    expect(points.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    // The water's blue (27, 141, 206) darkened for text over its own strong line.
    expect(lines.features[0]!.properties?.['colour']).toBe('#115780');
    expect(points.features[0]!.properties?.['name']).toBe('中央活动区');
  });
});

describe('fitting beside the panel', () => {
  const map = { width: 1280, height: 746 };
  it('keeps the places out from under the side panel', () => {
    const p = panelPadding(map, { width: 576, height: 746, open: true, sheet: false });
    expect(p.right).toBe(48 + 576);
    expect(p.bottom).toBe(48);
  });
  it('keeps them above the bottom sheet on a phone', () => {
    const p = panelPadding({ width: 390, height: 700 }, { width: 390, height: 385, open: true, sheet: true });
    expect(p.bottom).toBe(48 + 385);
    expect(p.right).toBe(48);
  });
  it('leaves some map to fit into, however large the panel', () => {
    const p = panelPadding({ width: 390, height: 300 }, { width: 390, height: 300, open: true, sheet: true });
    expect(300 - p.top - p.bottom).toBeGreaterThanOrEqual(120);
  });
  it('ignores a closed panel', () => {
    expect(panelPadding(map, { width: 576, height: 746, open: false, sheet: false })).toEqual({
      top: 48,
      bottom: 48,
      left: 48,
      right: 48,
    });
  });
});

describe('fitting clear of the panel and the map’s controls', () => {
  const view = { width: 1280, height: 746 };
  const fallback = { top: 48, bottom: 48, left: 48, right: 48 };
  const panel = panelRect(view, { width: 576, height: 746, open: true, sheet: false })!;
  // The open legend, tall, at the bottom left; the places-in-view toggle at the top left.
  const legend = { x: 10, y: 210, width: 335, height: 500 };
  const piv = { x: 10, y: 10, width: 130, height: 44 };
  const jiading: [number, number, number, number] = [121.18, 31.3, 121.3, 31.45]; // taller than wide

  it('puts a tall place in the strip between the legend and the panel', () => {
    const p = fitPadding(jiading, view, [panel, legend, piv], fallback);
    // The free part begins right of the legend and ends left of the panel, with some air.
    expect(p.left).toBeGreaterThanOrEqual(345 + 16);
    expect(view.width - p.right).toBeLessThanOrEqual(1280 - 576 - 16);
    expect(p.left).toBeLessThan(view.width - p.right);
  });
  it('puts a wide place above the legend when that shows it larger', () => {
    const wide: [number, number, number, number] = [121.0, 31.0, 121.9, 31.1];
    const p = fitPadding(wide, view, [panel, { x: 10, y: 400, width: 335, height: 330 }], fallback);
    expect(view.height - p.bottom).toBeLessThanOrEqual(400 - 16);
    expect(p.left).toBeLessThan(345);
  });
  it('keeps the sheet of a phone out of the fit', () => {
    const phone = { width: 390, height: 789 };
    const sheet = panelRect(phone, { width: 390, height: 371, open: true, sheet: true })!;
    expect(sheet.y).toBe(789 - 371);
    const p = fitPadding(jiading, phone, [sheet], fallback);
    expect(phone.height - p.bottom).toBeLessThanOrEqual(789 - 371 - 16);
  });
  it('falls back to the panel’s padding when nothing is free enough', () => {
    const small = { width: 300, height: 200 };
    const over = panelRect(small, { width: 250, height: 200, open: true, sheet: false })!;
    expect(fitPadding(jiading, small, [over], fallback)).toEqual(fallback);
  });
  it('ignores a closed panel', () => {
    expect(panelRect(view, { width: 576, height: 746, open: false, sheet: false })).toBeNull();
  });
});
