// "Places in view": the map as text. Every visible place within the current map bounds, grouped by theme in the
// legend's order with counts, kept in step as the map moves, layers are switched or the language changes. Choosing
// one selects it (the place card opens and the map marks it); focusing or hovering one highlights it on the map.
// Without a map (no WebGL) it lists every place, so that the places stay reachable.

import './places-in-view.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import { PRECISION_BADGES } from '../data/labels';
import { loadPlaces } from '../data/load';
import { lang, pick, t } from '../i18n/i18n';
import type { PlaceFeature } from '../data/types';
import { mapReady } from '../map/bridge';
import { themeStyles } from '../map/themes';
import { selectPlace } from '../state/commands';
import { selectedPlace, setHighlighted, store } from '../state/store';
import { h, reportOverMap } from './dom';
import { reportError } from './errors';

type Box = [number, number, number, number];

/** The lon/lat box of a geometry's positions. */
function boxOf(f: PlaceFeature): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as Position;
      if (x === undefined || y === undefined) return;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
      return;
    }
    for (const inner of c) visit(inner);
  };
  visit((f.geometry as { coordinates?: unknown }).coordinates);
  return box;
}

/** The theme's colour, set through the CSSOM (a `style` attribute would need 'unsafe-inline' styles). */
function swatch(colour: readonly number[]): HTMLElement {
  const el = h('span', { className: 'piv-swatch', 'aria-hidden': 'true' });
  el.style.backgroundColor = `rgb(${colour.join(',')})`;
  return el;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** The places to list: within `view` (all of them without a map), on visible layers. */
export function placesIn(
  entries: readonly { feature: PlaceFeature; box: Box }[],
  view: Box | null,
  hidden: readonly string[],
): PlaceFeature[] {
  return entries
    .filter((e) => !hidden.includes(e.feature.properties.theme) && (!view || overlaps(e.box, view)))
    .map((e) => e.feature);
}

const collators = new Map<string, Intl.Collator>();
/** One collator per language (making one loads the language's collation rules). */
function collatorFor(l: 'zh' | 'en'): Intl.Collator {
  let c = collators.get(l);
  if (!c) collators.set(l, (c = new Intl.Collator(l === 'en' ? 'en' : 'zh-Hans-CN')));
  return c;
}

/** One place of the list: its names in the reader's language first, its kind and precision. */
function placeItem(
  f: PlaceFeature,
  on: { select: (id: string) => void; enter: (id: string) => void; leave: () => void },
): HTMLElement {
  const p = f.properties;
  const en = lang() === 'en';
  return h(
    'li',
    {},
    h(
      'a',
      {
        className: 'piv-place',
        href: `#/place/${p.id}`,
        'data-place': p.id,
        onclick: (e: Event) => {
          e.preventDefault();
          on.select(p.id);
        },
        onmouseenter: () => on.enter(p.id),
        onmouseleave: on.leave,
        onfocus: () => on.enter(p.id),
        onblur: on.leave,
      },
      h('span', { className: 'piv-name' }, en ? p.name_en : p.name_zh),
      ' ',
      h('span', { className: 'piv-other', lang: en ? 'zh-Hans' : 'en' }, en ? p.name_zh : p.name_en),
      h(
        'span',
        { className: 'piv-kind' },
        ` ${en ? p.kind_en : p.kind_zh} · ${pick(PRECISION_BADGES[p.precision])}`,
      ),
    ),
  );
}

/** The list's sections: one per theme in the legend's order, its places sorted by name in the reader's language. */
function groupSections(list: readonly PlaceFeature[], item: (f: PlaceFeature) => HTMLElement): HTMLElement[] {
  const collator = collatorFor(lang());
  const name = (f: PlaceFeature) => (lang() === 'en' ? f.properties.name_en : f.properties.name_zh);
  return themeStyles().flatMap((theme) => {
    const members = list
      .filter((f) => f.properties.theme === theme.theme)
      .sort((a, b) => collator.compare(name(a), name(b)));
    if (!members.length) return [];
    const id = `piv-theme-${theme.theme}`;
    return [
      h(
        'section',
        { className: 'piv-group', 'data-theme': theme.theme },
        h(
          'h2',
          { className: 'piv-theme', id },
          swatch(theme.colour),
          t('places.group', { theme: pick(theme), n: members.length }),
        ),
        h('ul', { className: 'piv-list', 'aria-labelledby': id }, ...members.map(item)),
      ),
    ];
  });
}

/** A skip link, first in the page, for keyboard users: straight to the list. */
function skipLink(root: HTMLDetailsElement, summary: HTMLElement): HTMLElement {
  return h(
    'a',
    {
      className: 'skip-link',
      href: '#places-in-view',
      onclick: (e: Event) => {
        e.preventDefault();
        root.open = true;
        summary.focus();
      },
    },
    t('places.skip'),
  );
}

const shallowPair = (a: readonly unknown[], b: readonly unknown[]) => a[0] === b[0] && a[1] === b[1];

/** An item hovered or focused is highlighted on the map; what was highlighted before comes back when it leaves. */
function hoverHighlight(): { enter: (id: string) => void; leave: () => void } {
  let before: string[] | null = null;
  return {
    enter: (id) => {
      before ??= [...store.getState().highlighted];
      setHighlighted([id]);
    },
    leave: () => {
      if (before) setHighlighted(before);
      before = null;
    },
  };
}

/** Mounts the list over the map (`host` is the map's frame); returns what removes it, its listeners and all. */
export function mountPlacesInView(host: HTMLElement): () => void {
  const summary = h('summary', { className: 'piv-summary' }, t('places.title'));
  const note = h('p', { className: 'piv-note', role: 'status' });
  const groups = h('div', { className: 'piv-groups' });
  const body = h(
    'div',
    { className: 'piv-body', role: 'region', 'aria-label': t('places.label') },
    note,
    groups,
  );
  const root = h('details', { className: 'piv', id: 'places-in-view' }, summary, body);
  host.append(root);
  const cleanups: (() => void)[] = [reportOverMap('places-in-view', root, host), () => root.remove()];
  // Built as soon as it opens, however it opens (its summary, the skip link, a script): the 'toggle' event comes a
  // task later, after a Tab pressed right away would have skipped the list; an attribute change is seen at once.
  const opened = new MutationObserver(() => render());
  opened.observe(root, { attributes: true, attributeFilter: ['open'] });
  cleanups.push(() => opened.disconnect());
  const skip = skipLink(root, summary);
  document.body.prepend(skip);
  cleanups.push(() => skip.remove());

  let entries: { feature: PlaceFeature; box: Box }[] = [];
  let map: MapLibreMap | null = null;
  let shownKey = '';
  let disposed = false;
  const { enter, leave } = hoverHighlight();

  const item = (f: PlaceFeature) =>
    placeItem(f, {
      select: (id) => {
        leave();
        selectPlace(id);
        // On a phone the list would hide the map and the card: close it, keep the focus on its toggle.
        if (window.matchMedia?.('(max-width: 699.98px)').matches) {
          root.open = false;
          summary.focus();
        }
      },
      enter,
      leave,
    });

  const markSelected = () => {
    const sel = selectedPlace(store.getState());
    for (const a of groups.querySelectorAll<HTMLAnchorElement>('a.piv-place')) {
      if (a.dataset['place'] === sel) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };

  const render = (force = false) => {
    const b = map?.getBounds();
    const view: Box | null = b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : null;
    const list = placesIn(entries, view, store.getState().hiddenLayers);
    const key = `${lang()}|${list.map((f) => f.properties.id).join(',')}`;
    summary.textContent = t(view ? 'places.summary' : 'places.all', { n: list.length });
    root.dataset['count'] = String(list.length);
    note.textContent =
      !view && store.getState().map === 'no-webgl'
        ? t('places.noMap')
        : list.length === 0 && entries.length > 0
          ? t('places.none')
          : '';
    // The list itself is built only while it is open (a closed one costs nothing as the map moves or loads).
    if (!root.open || (key === shownKey && !force)) return;
    shownKey = key;
    // Keep the keyboard focus on the same place when the list is rebuilt under it.
    const focused = (document.activeElement as HTMLElement | null)?.closest?.('a.piv-place');
    const focusedId = focused && groups.contains(focused) ? (focused as HTMLElement).dataset['place'] : null;
    const scroll = body.scrollTop;
    groups.replaceChildren(...groupSections(list, item));
    markSelected();
    body.scrollTop = scroll;
    if (focusedId) {
      groups
        .querySelector<HTMLElement>(`a.piv-place[data-place="${CSS.escape(focusedId)}"]`)
        ?.focus({ preventScroll: true });
    }
  };

  loadPlaces()
    .then((places) => {
      if (disposed) return;
      entries = places.features.map((feature) => ({ feature, box: boxOf(feature) }));
      render();
    })
    .catch(reportError);
  const moved = () => render();
  void mapReady().then((m) => {
    if (disposed) return;
    map = m;
    render();
    m.on('moveend', moved);
    cleanups.push(() => m.off('moveend', moved));
  });
  cleanups.push(
    store.subscribe(
      (s) => [s.hiddenLayers, s.map] as const,
      () => render(),
      { equalityFn: shallowPair },
    ),
    store.subscribe((s) => s.route, markSelected),
    store.subscribe(
      (s) => s.lang,
      () => {
        skip.textContent = t('places.skip');
        body.setAttribute('aria-label', t('places.label'));
        render(true);
      },
    ),
  );
  return () => {
    disposed = true;
    leave();
    for (const c of cleanups.splice(0).reverse()) c();
  };
}
