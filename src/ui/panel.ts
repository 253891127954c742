// The side panel: the reader (#/clause/<id>) now, the place card (#/place/<id>) later. Closing it returns to the map.
// The reader's code is loaded only when the panel first needs it.

import { loadMentions, loadPlaces, loadPlan } from '../data/load';
import { fitPlaces } from '../map/bridge';
import { navigate } from '../router';
import { setHighlighted, store } from '../state/store';
import type { ClauseMention, Mentions } from '../data/mentions';
import type { Places } from '../data/load';
import type { Plan } from '../data/plan';
import type { PlaceFeature } from '../map/layers/plan-layers';
import { h } from './dom';
import type { TextSpan } from './reader';
import type * as ReaderModule from './reader';
import type * as PlaceCardModule from './place-card';
import type * as PlaceMentionsModule from './place-mentions';
import { showNotice } from './notice';
import { isViewRoute } from './views';

/** The places "show all" pinned; hovering a mention highlights its places until the pointer leaves. */
let pinned: string[] = [];
const pin = (ids: string[]) => {
  pinned = ids;
  setHighlighted(ids);
};

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
            onmouseenter: () => setHighlighted(members),
            onmouseleave: () => setHighlighted(pinned),
            onfocus: () => setHighlighted(members),
            onblur: () => setHighlighted(pinned),
            onclick: (e: Event) => {
              if (m.via !== 'group') return;
              e.preventDefault();
              pin(members);
              fitPlaces(members);
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
};
let deps: Deps | null = null;
let loading: Promise<Deps> | null = null;

function loadDeps(): Promise<Deps> {
  loading ??= Promise.all([
    loadPlaces(),
    loadPlan(),
    loadMentions(),
    import('./place-card'),
    import('./place-mentions'),
    import('./reader'),
  ]).then(
    ([places, plan, mentions, card, pm, reader]) => (deps = { places, plan, mentions, card, pm, reader }),
  );
  return loading;
}

/** Loads the panel's code and data ahead of the first click (called when the map is idle after start). */
export function preloadPanel(): void {
  void loadDeps();
}

export function mountPanel(host: HTMLElement): void {
  const body = h('div', { className: 'panel-body' });
  const close = h(
    'button',
    { type: 'button', className: 'panel-close', 'aria-label': '关闭 Close', onclick: () => navigate([]) },
    '×',
  );
  host.append(close, body);

  let seq = 0;
  const show = async (route: string[]) => {
    const mine = ++seq;
    const [kind, id] = route;
    if (kind !== 'clause') pin([]);
    if (isViewRoute(route)) {
      host.hidden = true;
      body.replaceChildren();
      return;
    }
    // Rendered in the same task as the route change once the panel's code and data are loaded (preloadPanel).
    const { places, card, plan, mentions, pm, reader } = deps ?? (await loadDeps());
    if (mine !== seq) return;
    if (kind === 'place' && id) {
      const place = places.byId.get(id);
      if (!place) {
        host.hidden = true;
        showNotice(`没有这个地点 · No place with the id “${id}”; showing the map.`);
        return;
      }
      host.hidden = false;
      host.setAttribute('aria-label', `地点 ${place.properties.name_zh}`);
      pin([]);
      body.replaceChildren(
        card.renderPlaceCard(place),
        pm.renderPlaceMentions(plan, mentions.byPlace[id] ?? []),
      );
      body.scrollTop = 0;
      return;
    }
    if (kind !== 'clause' || !id) {
      host.hidden = true;
      body.replaceChildren();
      if (kind) showNotice(`未知链接 Unknown link: #/${route.join('/')}; showing the map.`);
      return;
    }
    const unit = plan.byId.get(id);
    if (!unit) {
      host.hidden = true;
      showNotice(`规划中没有条目 ${id} · The plan has no clause ${id}; showing the map.`);
      return;
    }
    host.hidden = false;
    host.setAttribute('aria-label', `规划条文 ${unit.id}`);
    body.replaceChildren(
      h(
        'details',
        { className: 'toc-box' },
        h('summary', {}, '目录 Contents'),
        reader.renderToc(plan, unit.id),
      ),
      reader.renderUnit(plan, unit, {
        spans: (u) =>
          mentionSpans(
            mentions.byClause.get(u.id) ?? [],
            places.byId,
            groupMembers(mentions.byClause.get(u.id) ?? []),
          ),
        actions: (u) => {
          const shown = h('span', { className: 'shown-status', role: 'status' });
          const ids = [...new Set((mentions.byClause.get(u.id) ?? []).map((m) => m.place))];
          return ids.length
            ? [
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'show-places',
                    onclick: () => {
                      pin(ids);
                      fitPlaces(ids);
                      shown.textContent = `已在地图上突出显示 ${ids.length} 处地点 · ${ids.length} places highlighted on the map`;
                    },
                  },
                  `在地图上显示全部 ${ids.length} 处地点 · Show all places in this clause`,
                ),
                shown,
              ]
            : [];
        },
      }),
    );
    pin([]);
    body.scrollTop = 0;
  };
  store.subscribe(
    (s) => s.route,
    (route) => void show(route),
  );
  void show(store.getState().route);
}
