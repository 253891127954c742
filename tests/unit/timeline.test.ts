// The timeline: months from 2021-01 to today, the URL's `at` (a malformed or out-of-range one is today), each
// place's status at a date (the curated histories: metro Line 14 under construction in 2021-01, open from
// 2021-12-30), the legend's counts per status at a date, and the map's filters, evaluated as MapLibre evaluates
// them: each place in the layer of its status at the date.

import { describe, expect, it } from 'vitest';
import {
  createExpression,
  featureFilter,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { loadHistory } from '../../scripts/lib/history';
import {
  TIMELINE_START,
  currentDay,
  currentMonth,
  dateOfAt,
  drawnStatusAt,
  eventInForce,
  monthIndex,
  monthOf,
  parseAt,
  statusCounts,
  statusOverrides,
  type Dated,
} from '../../src/data/timeline';
import { formatHash, parseHash } from '../../src/url-state';
import { styledPlaces, withPlaces } from '../../src/map/places';
import { placeFiltersOf } from '../../src/map/timeline-draw';
import type { PlaceFeature } from '../../src/data/types';
import { LIMITS, REFS, ROOT, SHANGHAI, shanghaiGeo } from '../shanghai';

const TODAY = '2026-12';

describe('timeline months', () => {
  it('count from the plan’s adoption, both ways', () => {
    expect(monthIndex(TIMELINE_START)).toBe(0);
    expect(monthIndex('2023-06')).toBe(29);
    expect(monthOf(29)).toBe('2023-06');
    expect(monthOf(monthIndex('2025-12'))).toBe('2025-12');
    expect(monthIndex('2023-6')).toBeNaN();
    expect(currentMonth(new Date(2026, 11, 4))).toBe('2026-12');
    expect(currentDay(new Date(2026, 0, 9))).toBe('2026-01-09');
    expect(dateOfAt('2023-06')).toBe('2023-06');
    expect(dateOfAt(null, new Date(2026, 11, 4))).toBe('2026-12-04');
  });

  it('take a month from 2021-01 to before today’s; anything else is today', () => {
    expect(parseAt('2021-01', TODAY)).toBe('2021-01');
    expect(parseAt('2026-11', TODAY)).toBe('2026-11');
    for (const bad of [
      null,
      '',
      '2020-12',
      '2026-12',
      '2027-01',
      '2023-13',
      '2023-00',
      '2023-6',
      '2023',
      '2023-06-01',
      'x',
      '2023-06 ',
    ])
      expect(parseAt(bad, TODAY)).toBeNull();
  });
});

describe('the URL’s date', () => {
  it('round-trips with the route, the view and the layers', () => {
    const state = {
      route: ['place', 'metro-14'],
      view: { lon: 121.47, lat: 31.23, zoom: 11, bearing: 0, pitch: 0 },
      layers: ['rail'],
      at: '2023-06',
    };
    const hash = formatHash(state);
    expect(hash).toBe('#/place/metro-14?map=11/31.23/121.47&layers=rail&at=2023-06');
    expect(parseHash(hash, LIMITS, TODAY)).toEqual(state);
  });

  it.each([
    '#/?at=',
    '#/?at=2020-12',
    '#/?at=2027-01',
    '#/?at=2026-12',
    '#/?at=2023-13',
    '#/?at=2023-6',
    '#/?at=%E2%80%A8',
  ])('falls back to today (no date) for %s', (hash) => {
    expect(parseHash(hash, LIMITS, TODAY).at).toBeUndefined();
  });

  it('keeps the rest of a link whose date is bad', () => {
    expect(parseHash('#/place/metro-14?at=banana&layers=rail', LIMITS, TODAY)).toEqual({
      route: ['place', 'metro-14'],
      layers: ['rail'],
    });
  });
});

// The places as served: the curated geometry and properties with their histories.
const geo = shanghaiGeo();
const { history } = loadHistory(ROOT, SHANGHAI.history!, {
  places: new Map(geo.features.map((f) => [f.properties.id, f.properties.status])),
  sources: new Set(REFS.sources.keys()),
});
const features = geo.features.map((f) => {
  const h = history.get(f.properties.id);
  return { ...f, properties: { ...f.properties, ...(h ? { history: h } : {}) } } as unknown as PlaceFeature;
});
const places: Dated[] = features.map((f) => f.properties);
const byId = new Map(places.map((p) => [p.id, p]));
const at = (id: string, date: string) => drawnStatusAt(byId.get(id)!, date);

describe('each place at a date', () => {
  it('follows its history: Line 14 and the airport link under construction in 2021, open by mid-2025', () => {
    expect(at('metro-14', '2021-01')).toBe('under-construction');
    expect(at('metro-14', '2021-11')).toBe('under-construction');
    expect(at('metro-14', '2021-12')).toBe('existing');
    expect(at('metro-14', '2025-06')).toBe('existing');
    expect(at('rail-airport-link', '2021-01')).toBe('under-construction');
    expect(at('rail-airport-link', '2025-06')).toBe('existing');
    expect(at('rail-jiamin', '2021-05')).toBe('planned');
    expect(at('rail-jiamin', '2021-06')).toBe('under-construction');
  });

  it('keeps the drawn status of a place without a history', () => {
    const plain = places.find((p) => !p.history)!;
    expect(at(plain.id, '2023-06')).toBe(plain.status);
    expect(drawnStatusAt({ id: 'x', status: 'proposed' }, '2021-01')).toBe('proposed');
  });

  it('is the drawn one for every place at the plan’s adoption', () => {
    expect(statusOverrides(places, TIMELINE_START)).toEqual(new Map());
  });

  it('changes for the places whose history says so, by today', () => {
    const today = statusOverrides(places, '2026-12-04');
    expect(today.get('existing')).toEqual(
      expect.arrayContaining([
        'metro-14',
        'metro-18-phase-1',
        'rail-airport-link',
        'hub-songjiang',
        'metro-17-west-extension',
      ]),
    );
    expect(today.get('under-construction')).toEqual(expect.arrayContaining(['rail-jiamin', 'hub-pudong']));
    const changed = [...today.values()].flat();
    expect(new Set(changed).size).toBe(changed.length);
    for (const id of changed) expect(at(id, '2026-12-04')).not.toBe(byId.get(id)!.status);
  });

  it('marks the event in force at the date', () => {
    const h = byId.get('metro-14')!.history!;
    expect(eventInForce(h, '2020-12')).toBe(-1);
    expect(eventInForce(h, '2021-01')).toBe(0);
    expect(eventInForce(h, '2021-11')).toBe(0);
    expect(eventInForce(h, '2021-12')).toBe(1);
    expect(eventInForce(h, '2026-12-04')).toBe(1);
  });
});

describe('the legend’s counts per status', () => {
  it('add up to every place and move with the date', () => {
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const start = statusCounts(places, '2021-01');
    const later = statusCounts(places, '2025-06');
    expect(total(start)).toBe(places.length);
    expect(total(later)).toBe(places.length);
    for (const s of ['existing', 'under-construction', 'planned'] as const)
      expect(start.get(s)).toBe(places.filter((p) => p.status === s).length);
    expect(later.get('existing')! - start.get('existing')!).toBeGreaterThanOrEqual(5);
  });
});

describe('the map’s layers at a date', () => {
  const base: StyleSpecification = { version: 8, sources: {}, layers: [] };
  const lineOpacitySpec = latest.paint_line['line-opacity'] as unknown as StylePropertySpecification;
  /**
   * The layers of a style that draw place `id` with its feature state (MapLibre's own evaluation): those whose
   * filter takes it and whose opacity for it is not 0.
   */
  const drawing = (style: StyleSpecification, id: string, state: Record<string, string> = {}) => {
    const f = styledPlaces(features, '2021-01').features.find((g) => g.properties?.['id'] === id)!;
    const feature = { type: 2 as const, properties: f.properties ?? {}, geometry: [] };
    return style.layers
      .filter((l, i) => {
        if (!('filter' in l) || !featureFilter(l.filter, `layers[${i}].filter`).filter({ zoom: 10 }, feature))
          return false;
        if (l.type !== 'line') return true;
        const e = createExpression(
          l.paint?.['line-opacity'],
          `layers[${i}].paint.line-opacity`,
          lineOpacitySpec,
        );
        if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
        return Number(e.value.evaluate({ zoom: 10 }, feature, state)) > 0;
      })
      .map((l) => l.id);
  };
  /** As the timeline draws a date: the style of the first date, the feature state of the date asked for. */
  const layersOf = (id: string, date: string | null) => {
    const style = withPlaces(base, features, placeFiltersOf(places, { hiddenLayers: [], at: '2021-01' }));
    return drawing(style, id, { status: drawnStatusAt(byId.get(id)!, dateOfAt(date)) });
  };

  it('draws Line 14 dashed as under construction in 2021-01, solid from its opening', () => {
    expect(layersOf('metro-14', '2021-01')).toEqual(['places-dated-line-under-construction']);
    expect(layersOf('metro-14', '2025-06')).toEqual(['places-dated-line']);
    expect(layersOf('rail-airport-link', '2021-01')).toEqual(['places-dated-line-under-construction']);
    expect(layersOf('rail-airport-link', '2025-06')).toEqual(['places-dated-line']);
    expect(layersOf('rail-jiamin', '2021-01')).toEqual(['places-dated-line-planned']);
    expect(layersOf('rail-jiamin', '2023-06')).toEqual(['places-dated-line-under-construction']);
    expect(layersOf('rail-jiamin', null)).toEqual(['places-dated-line-under-construction']);
  });

  it('draws a dated place at the date its style was built for before any feature state is set', () => {
    const at = (date: string) =>
      withPlaces(base, features, placeFiltersOf(places, { hiddenLayers: [], at: date }));
    expect(drawing(at('2021-01'), 'metro-14')).toEqual(['places-dated-line-under-construction']);
    // (styledPlaces is built for a date too: withPlaces gives it the drawing's)
    const built = withPlaces(base, features, placeFiltersOf(places, { hiddenLayers: [], at: '2025-06' }));
    const source = built.sources['places'] as {
      data: { features: { properties: Record<string, unknown> }[] };
    };
    expect(source.data.features.find((f) => f.properties['id'] === 'metro-14')?.properties['status']).toBe(
      'existing',
    );
  });

  it('keeps every place that never changes in the one layer of its status', () => {
    const plain = places.find((p) => !p.history && p.status === 'planned' && byId.get(p.id))!;
    const style = withPlaces(base, features, placeFiltersOf(places, { hiddenLayers: [], at: '2023-06' }));
    const layers = drawing(style, plain.id);
    expect(layers.filter((l) => l.startsWith('places-line'))).toEqual(
      features.find((f) => f.properties.id === plain.id)!.geometry.type.includes('Line')
        ? ['places-line-planned']
        : layers.filter((l) => l.startsWith('places-line')),
    );
  });

  it('does not draw a place cancelled at the date', () => {
    const history = [
      { date: '2021-01', status: 'under-construction' as const },
      { date: '2022-01', status: 'cancelled' as const },
    ];
    const cancelled = placeFiltersOf([{ id: 'metro-14', status: 'under-construction', history }], {
      hiddenLayers: [],
      at: '2023-06',
    });
    expect(cancelled.cancelled).toEqual(['metro-14']);
    expect(drawing(withPlaces(base, features, cancelled), 'metro-14')).toEqual([]);
  });
});
