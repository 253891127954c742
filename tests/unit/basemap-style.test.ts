import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildBasemapStyle } from '../../src/map/basemap-style';
import { buildBasemapData } from '../../scripts/lib/basemap-data';

const data = buildBasemapData(path.resolve(import.meta.dirname, '../..'), 'geo/basemap');
const style = buildBasemapStyle(data);

describe('the embedded basemap style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('asks for nothing off the machine: no tiles, glyphs or sprites, all sources inline', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const [id, src] of Object.entries(style.sources)) {
      expect(src.type, id).toBe('geojson');
      expect(typeof (src as { data: unknown }).data, id).toBe('object');
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('draws sea, land, lakes, borders, districts with names and rivers at small scales only', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'sea',
        'land',
        'shanghai-land',
        'lakes',
        'provincial-borders',
        'municipal-boundary',
        'district-lines',
        'district-labels',
        'rivers',
      ]),
    );
    expect(ids.indexOf('sea')).toBe(0);
    expect(ids.indexOf('lakes')).toBeGreaterThan(ids.indexOf('shanghai-land'));
    const rivers = style.layers.find((l) => l.id === 'rivers');
    expect(rivers?.maxzoom).toBeLessThanOrEqual(11);
  });

  it('labels the 16 districts in Chinese and English', () => {
    const labels = data.districtLabels.features;
    expect(labels).toHaveLength(16);
    for (const f of labels) {
      expect(f.properties?.['name']).toMatch(/[区县]$/);
      expect(f.properties?.['name_en']).toMatch(/District|New Area/);
    }
    expect(
      JSON.stringify(buildBasemapStyle(data, 'en').layers.find((l) => l.id === 'district-labels')),
    ).toContain('name_en');
  });

  it('keeps every coordinate inside the region', () => {
    const coords = JSON.stringify(data).match(/\[(-?\d+\.?\d*),(-?\d+\.?\d*)\]/g) ?? [];
    expect(coords.length).toBeGreaterThan(1000);
    for (const c of coords) {
      const [lon, lat] = JSON.parse(c) as [number, number];
      expect(lon).toBeGreaterThanOrEqual(119.79);
      expect(lon).toBeLessThanOrEqual(122.41);
      expect(lat).toBeGreaterThanOrEqual(30.39);
      expect(lat).toBeLessThanOrEqual(32.21);
    }
  });
});

describe('the embedded basemap data', () => {
  it('holds no empty or null geometry (MapLibre’s worker fails on them)', () => {
    for (const [layer, fc] of Object.entries(data)) {
      for (const f of (fc as { features: { geometry: { coordinates: unknown } | null }[] }).features) {
        const coords = JSON.stringify(f.geometry?.coordinates ?? null);
        expect(coords, layer).not.toMatch(/null|\[\]/);
      }
    }
  });
});
