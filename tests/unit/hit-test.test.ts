import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { buildHitIndex, hitTest } from '../../src/map/hit-test';

const area = (id: string, w: number, s: number, e: number, n: number): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});
const line = (id: string, coords: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'LineString', coordinates: coords },
});
const point = (id: string, lon: number, lat: number): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const idOf = (f: Feature | null) => (f ? String(f.properties?.['id']) : null);

const big = area('big', 121.0, 31.0, 121.6, 31.4);
const small = area('small', 121.2, 31.1, 121.3, 31.2);
const rail = line('rail', [
  [121.0, 31.15],
  [121.6, 31.15],
]);
const station = point('station', 121.25, 31.15);
const index = buildHitIndex([big, small, rail, station]);

describe('CPU hit-testing', () => {
  it('finds the smallest area under the pointer, and nothing outside every area', () => {
    expect(idOf(hitTest(index, [121.5, 31.3], 12))).toBe('big');
    expect(idOf(hitTest(index, [121.22, 31.18], 12))).toBe('small');
    expect(hitTest(index, [122.0, 31.3], 12)).toBeNull();
  });

  it('hits a line within a few pixels, and only within them', () => {
    // at zoom 12 a pixel is about 33 m at this latitude: 0.0002° of latitude (22 m) is within 6 px, 0.002° is not
    expect(idOf(hitTest(index, [121.5, 31.1502], 12))).toBe('rail');
    expect(idOf(hitTest(index, [121.5, 31.152], 12))).toBe('big');
    // zoomed out, the same distance is under a pixel: the line is hit farther away
    expect(idOf(hitTest(index, [121.5, 31.152], 8))).toBe('rail');
  });

  it('puts points before lines before areas', () => {
    expect(idOf(hitTest(index, [121.25, 31.1501], 12))).toBe('station');
  });

  it('skips what is not accepted (a hidden theme) and prefers what is emphasised', () => {
    expect(idOf(hitTest(index, [121.25, 31.1501], 12, (f) => idOf(f) !== 'station'))).toBe('rail');
    expect(idOf(hitTest(index, [121.22, 31.18], 12, undefined, (f) => idOf(f) === 'big'))).toBe('big');
  });

  it('breaks ties between lines by the layer drawn on top', () => {
    const a = line('under', [
      [121.0, 31.3],
      [121.6, 31.3],
    ]);
    const b = line('over', [
      [121.0, 31.3001],
      [121.6, 31.3001],
    ]);
    const layered = buildHitIndex([a, b], (f) => (idOf(f) === 'over' ? 2 : 1));
    expect(idOf(hitTest(layered, [121.3, 31.30005], 12))).toBe('over');
  });
});
