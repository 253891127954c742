import { describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../../src/map/basemap-style';
import { STATUS_STYLES, themeStyles } from '../../src/map/themes';
import '../shanghai';

/** WCAG relative luminance and contrast ratio. */
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('theme colours', () => {
  it('reach 3:1 against the land colour (WCAG AA for graphics)', () => {
    const land = hex(BASEMAP_COLOURS.land);
    for (const t of themeStyles()) expect(contrast(t.colour, land), t.theme).toBeGreaterThanOrEqual(3);
  });

  it('give every status its own line style, so status never rests on colour', () => {
    const dashes = STATUS_STYLES.map((s) => s.dash.join(','));
    expect(new Set(dashes).size).toBe(STATUS_STYLES.length);
  });
});
