// The two-way link as a user meets it: a place lists the clauses that name it; a clause's names select places.

import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();

describe('place → clauses', () => {
  it('#/place/new-town-jiading lists 10.2.1 with the mention highlighted, group clauses below', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/place/new-town-jiading`);
    await waitForMapReady(s.page);
    const direct = s.page.locator('.mentions-direct .mention-item');
    await direct.first().waitFor();
    await expect(direct.first().getAttribute('data-clause')).resolves.toBe('10.2.1');
    await expect(direct.first().locator('mark.mention-hl').first().innerText()).resolves.toBe('嘉定新城');
    await expect(direct.first().locator('.mention-crumb').innerText()).resolves.toMatch(/› 10\.2\.1$/);
    const group = s.page.locator('.mentions-group .mention-item');
    expect(await group.count()).toBeGreaterThan(0);
    const groupIds = await group.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['clause']));
    expect(groupIds).toContain('10.2');
    await expect(group.first().locator('.mention-via').innerText()).resolves.toMatch(/member/);
    // the direct list comes before the group list
    const order = await s.page.evaluate(() => {
      const d = document.querySelector('.mentions-direct');
      const g = document.querySelector('.mentions-group');
      return d && g ? d.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect(s.page.locator('#map').getAttribute('data-selected')).resolves.toBe('new-town-jiading');
    // open in reader
    await direct.first().locator('a.open-reader').click();
    await s.page.locator('article.unit[data-unit-id="10.2.1"]').waitFor();
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shows a clear message and the map for an unknown place', async () => {
    const s = await openPage(browser(), `${appUrl}#/place/no-such-place`);
    await waitForMapReady(s.page);
    await expect(s.page.locator('.notice').first().innerText()).resolves.toContain('no-such-place');
    await expect(s.page.locator('#panel').isHidden()).resolves.toBe(true);
    await s.close();
  });
});

describe('clause → places', () => {
  it('in #/clause/10.3 clicking 临港新片区 selects it on the map', async () => {
    const s = await openPage(browser(), `${appUrl}#/clause/10.3`);
    await waitForMapReady(s.page);
    const link = s.page.locator('article.unit .unit-text a.mention', { hasText: '临港新片区' }).first();
    await link.waitFor();
    const id = await link.getAttribute('data-place');
    expect(id).toBeTruthy();
    await link.hover();
    await expect.poll(() => s.page.locator('#map').getAttribute('data-highlighted')).toBe(id);
    await link.click();
    await s.page.locator(`.place-card[data-place-id="${id}"]`).waitFor();
    await expect(s.page.locator('.place-card .place-title').innerText()).resolves.toBe('临港新片区');
    await expect(s.page.locator('#map').getAttribute('data-selected')).resolves.toBe(id);
    await s.close();
  });

  it('"show all places" highlights every place 10.3 names', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=en#/clause/10.3`);
    await waitForMapReady(s.page);
    const links = s.page.locator('article.unit .unit-text a.mention');
    await links.first().waitFor();
    const named = new Set(
      (await links.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place'] ?? ''))).flatMap(
        (x) => x.split(' '),
      ),
    );
    for (const want of ['临港新片区', '张江科学城', '虹桥商务区']) {
      await expect(links.filter({ hasText: want }).count()).resolves.toBeGreaterThan(0);
    }
    const before = await s.page.evaluate(() =>
      (window as unknown as { __map: { getZoom(): number } }).__map.getZoom(),
    );
    await s.page.locator('button.show-places').click();
    await expect
      .poll(
        async () =>
          new Set(((await s.page.locator('#map').getAttribute('data-highlighted')) ?? '').split(' ')),
      )
      .toEqual(named);
    await expect(s.page.locator('.shown-status').innerText()).resolves.toMatch(
      new RegExp(`${named.size} places`),
    );
    await expect
      .poll(() =>
        s.page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom()),
      )
      .not.toBe(before);
    await s.close();
  });
});

describe('sharing and open data', () => {
  it('restores a place with its view and layers, and offers the three data files', async () => {
    const s = await openPage(
      browser(),
      `${appUrl}#/place/new-town-songjiang?map=11.2/31.03/121.22&layers=new-towns,rail`,
    );
    await waitForMapReady(s.page);
    await s.page.locator('.place-card[data-place-id="new-town-songjiang"]').waitFor();
    const zoom = await s.page.evaluate(() =>
      (window as unknown as { __map: { getZoom(): number } }).__map.getZoom(),
    );
    expect(zoom).toBeCloseTo(11.2, 1);
    await expect(s.page.locator('.legend input[data-layer="water"]').isChecked()).resolves.toBe(false);
    await expect(s.page.locator('.legend input[data-layer="rail"]').isChecked()).resolves.toBe(true);
    await s.page.locator('.data-menu summary').click();
    const files = await s.page
      .locator('.data-popover a[download]')
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')));
    expect(files).toEqual([
      'data/shanghai-14fyp/features.geojson',
      'data/shanghai-14fyp/clauses.json',
      'data/shanghai-14fyp/mentions.json',
    ]);
    for (const f of files) {
      const res = await s.page.request.get(new URL(f!, s.page.url()).href);
      expect(res.ok()).toBe(true);
    }
    await s.close();
  });
});
