// The side panel: the reader (#/clause/<id>) now, the place card (#/place/<id>) later. Closing it returns to the map.
// The reader's code is loaded only when the panel first needs it.

import { t } from '../i18n/i18n';
import {
  loadMentions,
  loadPlaces,
  loadPlan,
  loadTargets,
  loadTranslations,
  type Targets,
  type Translations,
} from '../data/load';
import { closePanel, endPreview, previewPlaces, showPlaces } from '../state/commands';
import { setPanelBox, setPinned, store } from '../state/store';
import type { ClauseMention, Mentions } from '../data/mentions';
import type { Places } from '../data/load';
import type { Plan } from '../data/plan';
import type { PlaceFeature } from '../data/types';
import { h } from './dom';
import type { TextSpan } from './reader';
import type * as ReaderModule from './reader';
import type * as PlaceCardModule from './place-card';
import type * as PlaceMentionsModule from './place-mentions';
import type * as TargetMarksModule from './target-marks';
import { showNotice } from './notice';
import { isViewRoute } from './views';

/** Group term spans (same start/end) → every member place. */
function groupMembers(list: readonly ClauseMention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of list) {
    if (m.via !== 'group') continue;
    const key = `${m.start}:${m.end}`;
    out.set(key, [...(out.get(key) ?? []), m.place]);
  }
  return out;
}

/** Every mention in a clause as a link: a place's name opens it; a group term shows all its members. */
function mentionSpans(
  list: readonly ClauseMention[],
  places: ReadonlyMap<string, PlaceFeature>,
  groups: ReadonlyMap<string, string[]>,
): TextSpan[] {
  const seen = new Set<string>();
  const spans: TextSpan[] = [];
  for (const m of list) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const members = m.via === 'group' ? (groups.get(key) ?? []) : [m.place];
    const p = places.get(m.place)?.properties;
    const label =
      m.via === 'group'
        ? `${m.text}: ${members.length} places`
        : `${p?.name_zh ?? m.place} · ${p?.name_en ?? ''}`;
    spans.push({
      start: m.start,
      end: m.end,
      render: (text) =>
        h(
          'a',
          {
            href: m.via === 'group' ? `#/clause/${m.clause}` : `#/place/${m.place}`,
            className: m.via === 'group' ? 'mention mention-group' : 'mention',
            'data-place': members.join(' '),
            title: label,
            onmouseenter: () => previewPlaces(members),
            onmouseleave: endPreview,
            onfocus: () => previewPlaces(members),
            onblur: endPreview,
            onclick: (e: Event) => {
              if (m.via !== 'group') return;
              e.preventDefault();
              showPlaces(members);
            },
          },
          text,
        ),
    });
  }
  return spans;
}

type Deps = {
  places: Places;
  plan: Plan;
  mentions: Mentions;
  card: typeof PlaceCardModule;
  pm: typeof PlaceMentionsModule;
  reader: typeof ReaderModule;
  targets: Targets;
  marks: typeof TargetMarksModule;
};
let deps: Deps | null = null;
let translations: Translations | null = null;
let loading: Promise<Deps> | null = null;

function loadDeps(): Promise<Deps> {
  loading ??= Promise.all([
    loadPlaces(),
    loadPlan(),
    loadMentions(),
    import('./place-card'),
    import('./place-mentions'),
    import('./reader'),
    loadTargets(),
    import('./target-marks'),
  ]).then(
    ([places, plan, mentions, card, pm, reader, targets, marks]) =>
      (deps = { places, plan, mentions, card, pm, reader, targets, marks }),
  );
  return loading;
}

/** Loads the panel's code and data ahead of the first click (called when the map is idle after start). */
export function preloadPanel(): void {
  void loadDeps();
}

/**
 * On a phone the panel is a bottom sheet (app.css, below 700 px): its handle collapses it to show more of the map
 * and expands it again, by a tap, a key, or a drag up or down. A new route opens it expanded.
 */
function sheetHandle(host: HTMLElement): HTMLButtonElement {
  const label = () => {
    const collapsed = host.classList.contains('sheet-collapsed');
    handle.setAttribute('aria-expanded', String(!collapsed));
    handle.setAttribute('aria-label', t(collapsed ? 'sheet.expand' : 'sheet.collapse'));
  };
  const set = (collapsed: boolean) => {
    host.classList.toggle('sheet-collapsed', collapsed);
    label();
  };
  let startY: number | null = null;
  let dragged = false;
  const handle = h(
    'button',
    {
      type: 'button',
      className: 'sheet-handle',
      'aria-controls': host.id,
      onclick: () => {
        if (!dragged) set(!host.classList.contains('sheet-collapsed'));
        dragged = false;
      },
      onpointerdown: (e: Event) => {
        startY = (e as PointerEvent).clientY;
        dragged = false;
      },
      onpointerup: (e: Event) => {
        if (startY === null) return;
        const dy = (e as PointerEvent).clientY - startY;
        startY = null;
        if (Math.abs(dy) < 24) return;
        dragged = true;
        set(dy > 0);
      },
    },
    h('span', { className: 'sheet-grip', 'aria-hidden': 'true' }),
  );
  label();
  store.subscribe(
    (s) => s.route,
    () => set(false),
  );
  store.subscribe((s) => s.lang, label);
  return handle;
}

/** A unit's "show all places" button and what it says once pressed; nothing for a unit that names no place. */
function showPlacesAction(ids: string[]): HTMLElement[] {
  if (!ids.length) return [];
  const shown = h('span', { className: 'shown-status', role: 'status' });
  return [
    h(
      'button',
      {
        type: 'button',
        className: 'show-places',
        onclick: () => {
          showPlaces(ids);
          shown.textContent = t('reader.shownPlaces', { n: ids.length });
        },
      },
      t('reader.showPlaces', { n: ids.length }),
    ),
    shown,
  ];
}

export function mountPanel(host: HTMLElement): void {
  const body = h('div', { className: 'panel-body' });
  const close = h(
    'button',
    { type: 'button', className: 'panel-close', 'aria-label': t('panel.close'), onclick: closePanel },
    '×',
  );
  host.append(sheetHandle(host), close, body);
  // What the panel covers of the map, for the camera (map/fit.ts reads it from the store, not from the page).
  new ResizeObserver(() =>
    setPanelBox({ width: host.offsetWidth, height: host.offsetHeight, visible: !host.hidden }),
  ).observe(host);

  let seq = 0;
  const show = async (route: string[]) => {
    const mine = ++seq;
    const [kind, id] = route;
    if (kind !== 'clause') setPinned([]);
    // The map alone, a full view, or an unknown route: no panel, and none of its code or data loaded.
    if (isViewRoute(route) || (kind !== 'place' && kind !== 'clause') || !id) {
      host.hidden = true;
      body.replaceChildren();
      if (kind && !isViewRoute(route)) showNotice(t('route.unknown', { route: route.join('/') }));
      return;
    }
    // Rendered in the same task as the route change once the panel's code and data are loaded (preloadPanel).
    const { places, card, plan, mentions, pm, reader, targets, marks } = deps ?? (await loadDeps());
    const en = store.getState().lang === 'en' ? (translations ?? (await loadTranslations())) : null;
    if (en) translations = en;
    if (mine !== seq) return;
    if (kind === 'place' && id) {
      const place = places.byId.get(id);
      if (!place) {
        host.hidden = true;
        showNotice(t('route.noPlace', { id }));
        return;
      }
      host.hidden = false;
      host.setAttribute('aria-label', t('panel.place', { name: place.properties.name_zh }));
      setPinned([]);
      body.replaceChildren(
        card.renderPlaceCard(place),
        pm.renderPlaceMentions(plan, mentions.byPlace[id] ?? []),
      );
      body.scrollTop = 0;
      return;
    }
    if (kind !== 'clause' || !id) return; // (other routes were handled above)
    const unit = plan.byId.get(id);
    if (!unit) {
      host.hidden = true;
      showNotice(t('route.noClause', { id }));
      return;
    }
    host.hidden = false;
    host.setAttribute('aria-label', t('panel.clause', { id: unit.id }));
    body.replaceChildren(
      h(
        'details',
        { className: 'toc-box' },
        h('summary', {}, t('reader.contents')),
        reader.renderToc(plan, unit.id),
      ),
      reader.renderUnit(plan, unit, {
        ...(en?.titles[unit.id] ? { gloss: en.titles[unit.id] } : {}),
        ...(en?.summaries[unit.id] ? { summary: en.summaries[unit.id] } : {}),
        marks: (u) => marks.targetMarks(targets.byClause.get(u.id) ?? [], route[2]),
        spans: (u) =>
          mentionSpans(
            mentions.byClause.get(u.id) ?? [],
            places.byId,
            groupMembers(mentions.byClause.get(u.id) ?? []),
          ),
        actions: (u) =>
          showPlacesAction([...new Set((mentions.byClause.get(u.id) ?? []).map((m) => m.place))]),
      }),
    );
    setPinned([]);
    body.scrollTop = 0;
    marks.scrollToFocus(body);
  };
  store.subscribe(
    (s) => s.route,
    (route) => void show(route),
  );
  // The timeline's date moves: the card's status and history rows follow (the rest of the card stays, and the focus).
  store.subscribe(
    (s) => s.at,
    (at) => {
      const shown = body.querySelector('.place-card');
      const place = deps?.places.byId.get(shown?.getAttribute('data-place-id') ?? '');
      if (shown && place && deps) deps.card.refreshPlaceStatus(shown, place.properties, at);
    },
  );
  store.subscribe(
    (s) => s.lang,
    () => {
      close.setAttribute('aria-label', t('panel.close'));
      void show(store.getState().route);
    },
  );
  void show(store.getState().route);
}
