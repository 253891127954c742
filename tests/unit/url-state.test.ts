import { describe, expect, it } from 'vitest';
import { formatHash, parseHash as parseWith } from '../../src/url-state';
import { LIMITS } from '../shanghai';

const parseHash = (hash: string) => parseWith(hash, LIMITS);

describe('URL view state', () => {
  it('round-trips route, view and layers', () => {
    const state = {
      route: ['place', 'new-town-jiading'],
      view: { lon: 121.25, lat: 31.38, zoom: 11.5, bearing: 0, pitch: 0 },
      layers: ['rail', 'new-towns'],
    };
    const hash = formatHash(state);
    expect(hash).toBe('#/place/new-town-jiading?map=11.5/31.38/121.25&layers=rail,new-towns');
    expect(parseHash(hash)).toEqual(state);
  });

  it('keeps bearing and pitch only when set', () => {
    const v = { lon: 121.5, lat: 31.2, zoom: 12, bearing: 30, pitch: 45 };
    expect(formatHash({ route: [], view: v })).toBe('#/?map=12/31.2/121.5/30/45');
    expect(parseHash('#/?map=12/31.2/121.5/30/45').view).toEqual(v);
  });

  it('rounds the view to a precision that fits a link', () => {
    const hash = formatHash({
      route: [],
      view: { lon: 121.123456789, lat: 31.987654321, zoom: 9.87654, bearing: 0, pitch: 0 },
    });
    expect(hash).toBe('#/?map=9.88/31.98765/121.12346');
  });

  it.each([
    '',
    '#',
    '#/',
    '#/?map=',
    '#/?map=banana/31/121',
    '#/?map=9/999/121',
    '#/?map=9/31.2/-500',
    '#/?map=40/31.2/121.4',
    '#/?map=9/31.2/121.4/720/0',
    '#/?map=9/31.2/121.4/0/120',
    '#/?map=9/31.2',
    '#/?map=1e3/31.2/121.4',
    '#/?map=9/31.2/121.4/0/0/7',
    '#%E0%A4%A',
    '#/?map=9/NaN/121.4',
    '#/?map=9/31.2/Infinity',
  ])('falls back to no view for %j', (hash) => {
    const parsed = parseHash(hash);
    expect(parsed.view).toBeUndefined();
  });

  it('rejects route segments with markup and keeps valid ones', () => {
    expect(parseHash('#/place/<img src=x>').route).toEqual([]);
    expect(parseHash('#/clause/10.2.1').route).toEqual(['clause', '10.2.1']);
  });

  it('ignores a malformed layer list', () => {
    expect(parseHash('#/?layers=rail,<b>').layers).toBeUndefined();
    expect(parseHash('#/?layers=').layers).toEqual([]);
  });

  it('never throws on random input', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '#/?&=.,-%0123456789abcmapläyers<>"\'\\ 上海';
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(rnd() * 40);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(() => parseHash(s)).not.toThrow();
    }
  });
});
