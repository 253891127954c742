// @vitest-environment happy-dom
// The views mounted over the map clean up after themselves: mounted and disposed 50 times, each leaves no node in
// the page, no event listener that can still fire (on the window, the document or an element in the page), and no subscription to the store.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlaceFeature } from '../../src/data/types';
import { setActivePlan } from '../../src/data/active-plan';
import { store } from '../../src/state/store';
import { manifestOf } from '../../scripts/lib/plan-config';
import fixturePlan from '../fixtures/plans/mini/plan.config';

const place = (id: string, theme: string, kind: string): PlaceFeature =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [121.45, 31.25] },
    properties: {
      id,
      name_zh: `地点${id}`,
      name_en: `Place ${id}`,
      aliases: [],
      kind,
      kind_zh: '枢纽',
      kind_en: 'hub',
      theme,
      status: 'existing',
      precision: 'approximate',
      groups: [],
    },
  }) as unknown as PlaceFeature;
const FEATURES = [place('a', 'hubs', 'hub'), place('b', 'zones', 'zone'), place('c', 'green', 'greenway')];

vi.mock('../../src/data/load', () => ({
  loadPlaces: () =>
    Promise.resolve({ features: FEATURES, byId: new Map(FEATURES.map((f) => [f.properties.id, f])) }),
  planFile: (f: string) => `fixture-mini/${f}`,
  dataUrl: (p: string) => `data/${p}`,
}));

/** Every listener added and not removed, with its target. */
const live = new Map<string, EventTarget>();
/** The listeners that can still fire: on the window, the document or an element in the page (one on a detached
 * element goes with it). */
const listening = () =>
  [...live.values()].filter((t) => t === window || t === document || (t instanceof Node && t.isConnected))
    .length;
const ids = new WeakMap<object, number>();
let next = 0;
const idOf = (o: object) => {
  if (!ids.has(o)) ids.set(o, next++);
  return ids.get(o)!;
};
let subscriptions = 0;

/** The prototypes that define addEventListener for the page's objects (the window's may be its own). */
function listenerPrototypes(): object[] {
  const found = new Set<object>();
  for (const o of [window, document, document.createElement('div')]) {
    let p: object | null = o;
    while (p && !Object.prototype.hasOwnProperty.call(p, 'addEventListener'))
      p = Object.getPrototypeOf(p) as object | null;
    if (p) found.add(p);
  }
  return [...found];
}

beforeAll(() => {
  for (const proto of listenerPrototypes() as EventTarget[]) {
    type Fn = (this: EventTarget, type: string, fn: EventListener | null, opts?: unknown) => void;
    const add = Reflect.get(proto, 'addEventListener') as Fn;
    const remove = Reflect.get(proto, 'removeEventListener') as Fn;
    const key = (t: EventTarget, type: string, fn: EventListener) => `${idOf(t)}|${type}|${idOf(fn)}`;
    const adding: Fn = function (type, fn, opts) {
      if (fn) live.set(key(this, type, fn), this);
      add.call(this, type, fn, opts);
    };
    const removing: Fn = function (type, fn, opts) {
      if (fn) live.delete(key(this, type, fn));
      remove.call(this, type, fn, opts);
    };
    Reflect.set(proto, 'addEventListener', adding);
    Reflect.set(proto, 'removeEventListener', removing);
  }
  const subscribe = store.subscribe.bind(store);
  (store as { subscribe: unknown }).subscribe = (...args: unknown[]) => {
    subscriptions++;
    const off = (subscribe as (...a: unknown[]) => () => void)(...args);
    let done = false;
    return () => {
      if (!done) subscriptions--;
      done = true;
      off();
    };
  };
  setActivePlan(manifestOf(fixturePlan, { kinds: {}, groups: {} }));
  // happy-dom has no ResizeObserver of its own: one that observes nothing, counted like a listener.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    disconnect(): void {}
    unobserve(): void {}
  } as unknown as typeof ResizeObserver;
});
afterAll(() => vi.restoreAllMocks());

/** Mounts a view 50 times and disposes it, and says what is left over. */
async function leftOver(mount: (host: HTMLElement) => () => void): Promise<{
  nodes: number;
  listeners: number;
  subscriptions: number;
  mounted: number;
}> {
  const host = document.createElement('div');
  document.body.append(host);
  const nodes = document.body.querySelectorAll('*').length;
  const listeners = listening();
  const subs = subscriptions;
  let mounted = 0;
  for (let i = 0; i < 50; i++) {
    const dispose = mount(host);
    await new Promise((r) => setTimeout(r, 0)); // what it loads arrives
    mounted = Math.max(mounted, document.body.querySelectorAll('*').length - nodes);
    dispose();
  }
  const left = {
    nodes: document.body.querySelectorAll('*').length - nodes,
    listeners: listening() - listeners,
    subscriptions: subscriptions - subs,
    mounted,
  };
  host.remove();
  return left;
}

describe('mounted and disposed 50 times', () => {
  it('the places-in-view list leaves nothing behind', async () => {
    const { mountPlacesInView } = await import('../../src/ui/places-in-view');
    const left = await leftOver((host) => mountPlacesInView(host));
    expect(left.mounted).toBeGreaterThan(3); // it did mount something
    expect(left).toEqual({ nodes: 0, listeners: 0, subscriptions: 0, mounted: left.mounted });
  });

  it('the legend leaves nothing behind', async () => {
    const { mountLegend } = await import('../../src/ui/legend');
    const left = await leftOver((host) => mountLegend(host, FEATURES));
    expect(left.mounted).toBeGreaterThan(3);
    expect(left).toEqual({ nodes: 0, listeners: 0, subscriptions: 0, mounted: left.mounted });
  });

  it('the timeline leaves nothing behind, nor does the legend around it after a date and a language change', async () => {
    const { timelineControl } = await import('../../src/ui/timeline');
    const { setTimelineDate } = await import('../../src/state/commands');
    const { setLang } = await import('../../src/state/store');
    const alone = await leftOver((host) => {
      const c = timelineControl();
      host.append(c.el);
      setTimelineDate('2023-06');
      return () => {
        c.dispose();
        c.el.remove();
      };
    });
    expect(alone.mounted).toBeGreaterThan(3);
    expect(alone).toEqual({ nodes: 0, listeners: 0, subscriptions: 0, mounted: alone.mounted });
    const { mountLegend } = await import('../../src/ui/legend');
    const legend = await leftOver((host) => {
      const dispose = mountLegend(host, FEATURES);
      setTimelineDate('2022-01');
      setLang(store.getState().lang === 'zh' ? 'en' : 'zh');
      setTimelineDate(null);
      return dispose;
    });
    expect(legend).toEqual({ nodes: 0, listeners: 0, subscriptions: 0, mounted: legend.mounted });
  });

  it('the header tools leave nothing behind', async () => {
    const { mountHeaderTools } = await import('../../src/ui/header-tools');
    const left = await leftOver((host) => mountHeaderTools(host));
    expect(left.mounted).toBeGreaterThan(3);
    expect(left).toEqual({ nodes: 0, listeners: 0, subscriptions: 0, mounted: left.mounted });
  });

  it('and the count catches a view that forgets to clean up', async () => {
    const leaky = (host: HTMLElement) => {
      const el = document.createElement('p');
      host.append(el);
      window.addEventListener('resize', () => {});
      store.subscribe(() => {});
      return () => {};
    };
    const left = await leftOver(leaky);
    expect(left).toEqual({ nodes: 50, listeners: 50, subscriptions: 50, mounted: 50 });
  });
});
