// The two-way link as a user meets it: a place lists the clauses that name it; a clause's names select places.

import { describe, expect, it } from 'vitest';
import { useApp } from './app';

const { withApp } = useApp();

describe('place → clauses', () => {
  it('#/place/new-town-jiading lists 10.2.1 with the mention highlighted, group clauses below', () =>
    withApp({ lang: 'en', hash: '#/place/new-town-jiading' }, async (app) => {
      const direct = app.card.direct;
      await direct.first().waitFor();
      await expect(direct.first().getAttribute('data-clause')).resolves.toBe('10.2.1');
      await expect(direct.first().locator('mark.mention-hl').first().innerText()).resolves.toBe('嘉定新城');
      await expect(direct.first().locator('.mention-crumb').innerText()).resolves.toMatch(/› 10\.2\.1$/);
      const group = app.card.group;
      expect(await group.count()).toBeGreaterThan(0);
      const groupIds = await group.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['clause']));
      expect(groupIds).toContain('10.2');
      await expect(group.first().locator('.mention-via').innerText()).resolves.toMatch(/member/);
      // the direct list comes before the group list
      const order = await app.page.evaluate(() => {
        const d = document.querySelector('.mentions-direct');
        const g = document.querySelector('.mentions-group');
        return d && g ? d.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      await expect(app.selected()).resolves.toBe('new-town-jiading');
      // open in reader
      await direct.first().locator('a.open-reader').click();
      await app.reader.unit('10.2.1').waitFor();
      expect(app.errors).toEqual([]);
    }));

  it('shows a clear message and the map for an unknown place', () =>
    withApp({ hash: '#/place/no-such-place' }, async (app) => {
      await expect(app.notice.innerText()).resolves.toContain('no-such-place');
      await expect(app.panel.isHidden()).resolves.toBe(true);
    }));
});

describe('clause → places', () => {
  it('in #/clause/10.3 clicking 临港新片区 selects it on the map', () =>
    withApp({ hash: '#/clause/10.3' }, async (app) => {
      const link = app.reader.mentions.filter({ hasText: '临港新片区' }).first();
      await link.waitFor();
      const id = await link.getAttribute('data-place');
      expect(id).toBeTruthy();
      await link.hover();
      await expect.poll(() => app.highlighted()).toBe(id);
      await link.click();
      await app.card.root(id!).waitFor();
      await expect(app.card.title.innerText()).resolves.toBe('临港新片区');
      await expect(app.selected()).resolves.toBe(id);
    }));

  it('"show all places" highlights every place 10.3 names', () =>
    withApp({ lang: 'en', hash: '#/clause/10.3' }, async (app) => {
      const links = app.reader.mentions;
      await links.first().waitFor();
      const named = new Set(
        (await links.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place'] ?? ''))).flatMap(
          (x) => x.split(' '),
        ),
      );
      for (const want of ['临港新片区', '张江科学城', '虹桥商务区']) {
        await expect(links.filter({ hasText: want }).count()).resolves.toBeGreaterThan(0);
      }
      const before = await app.zoom();
      await app.page.locator('button.show-places').click();
      await expect.poll(async () => new Set(((await app.highlighted()) ?? '').split(' '))).toEqual(named);
      await expect(app.page.locator('.shown-status').innerText()).resolves.toMatch(
        new RegExp(`${named.size} places`),
      );
      await expect.poll(() => app.zoom()).not.toBe(before);
    }));
});

describe('sharing and open data', () => {
  it('restores a place with its view and layers, and offers the four data files', () =>
    withApp(
      { hash: '#/place/new-town-songjiang?map=11.2/31.03/121.22&layers=new-towns,rail' },
      async (app) => {
        await app.card.root('new-town-songjiang').waitFor();
        expect(await app.zoom()).toBeCloseTo(11.2, 1);
        await expect(app.legend.isShown('water')).resolves.toBe(false);
        await expect(app.legend.isShown('rail')).resolves.toBe(true);
        const files = await app.dataFiles();
        expect(files).toEqual([
          'data/shanghai-14fyp/features.geojson',
          'data/shanghai-14fyp/clauses.json',
          'data/shanghai-14fyp/mentions.json',
          'data/shanghai-14fyp/targets.json',
        ]);
        for (const f of files) {
          const res = await app.page.request.get(new URL(f!, app.page.url()).href);
          expect(res.ok()).toBe(true);
        }
      },
    ));
});
