import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullAppUrl, isEmbed } from '../../src/embed';

const view = 'http://example.test/explorer/?lang=en&at=2023-06#/place/metro-14?map=11/31.2/121.5&layers=a,b';

describe('the embeddable map', () => {
  it('is asked for with embed=1', () => {
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?lang=zh&embed=true')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('')).toBe(false);
  });
  it('keeps the route, camera, layers and unknown parameters both ways', () => {
    const e = embedUrl(view);
    expect(e).toContain('embed=1');
    expect(e).toContain('at=2023-06');
    expect(e).toContain('lang=en');
    expect(e.endsWith('#/place/metro-14?map=11/31.2/121.5&layers=a,b')).toBe(true);
    expect(fullAppUrl(e)).toBe(view);
  });
  it('gives an iframe snippet with its attributes escaped', () => {
    const s = embedSnippet(view, 'A "map" <of> places');
    expect(
      s.startsWith('<iframe src="http://example.test/explorer/?lang=en&amp;at=2023-06&amp;embed=1#/place/'),
    ).toBe(true);
    expect(s).toContain('title="A &quot;map&quot; &lt;of&gt; places"');
    expect(s).not.toMatch(/src="[^"]*"[^>]*src=/);
    expect(s.endsWith('></iframe>')).toBe(true);
  });
});
