// Searching as a user does: a place whose name is the query, or starts with it, comes before a place that only
// shares a word with it (临港 is the special area before the Lingang Water Works).

import { describe, expect, it } from 'vitest';
import { useApp } from './app';

const { withApp } = useApp();

describe('search ranking', () => {
  it('临港 and Hongqiao: the places named so come first, no water works', () =>
    withApp({ lang: 'en', hash: '#/' }, async (app) => {
      const lingang = await app.search('临港');
      expect(lingang[0]).toBe('lingang-special-area');
      expect(lingang.indexOf('water-plant-lingang')).toBeGreaterThan(0);
      const hongqiao = await app.search('Hongqiao');
      expect(hongqiao.slice(0, 3)).not.toContain('water-plant-hongqiao');
      expect(hongqiao.slice(0, 3)).toContain('hongqiao-cbd');
      // The first is a place whose English name starts with the query, shown under that name.
      await expect(app.search.hits.locator('.hit-label').first().innerText()).resolves.toMatch(/^Hongqiao /);
      // Enter opens the first.
      await app.search.open('临港');
      await app.card.root('lingang-special-area').waitFor();
      expect(app.errors).toEqual([]);
    }));
});
