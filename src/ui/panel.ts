// The side panel: the reader (#/clause/<id>) now, the place card (#/place/<id>) later. Closing it returns to the map.
// The reader's code is loaded only when the panel first needs it.

import { loadPlaces, loadPlan } from '../data/load';
import { navigate } from '../router';
import { store } from '../state/store';
import { h } from './dom';
import { showNotice } from './notice';

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
    if (kind === 'place' && id) {
      const [places, card] = await Promise.all([loadPlaces(), import('./place-card')]);
      if (mine !== seq) return;
      const place = places.byId.get(id);
      if (!place) {
        host.hidden = true;
        showNotice(`没有这个地点 · No place with the id “${id}”; showing the map.`);
        return;
      }
      host.hidden = false;
      host.setAttribute('aria-label', `地点 ${place.properties.name_zh}`);
      body.replaceChildren(card.renderPlaceCard(place));
      body.scrollTop = 0;
      return;
    }
    if (kind !== 'clause' || !id) {
      host.hidden = true;
      body.replaceChildren();
      if (kind) showNotice(`未知链接 Unknown link: #/${route.join('/')}; showing the map.`);
      return;
    }
    const [plan, reader] = await Promise.all([loadPlan(), import('./reader')]);
    if (mine !== seq) return;
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
      reader.renderUnit(plan, unit),
    );
    body.scrollTop = 0;
  };
  store.subscribe(
    (s) => s.route,
    (route) => void show(route),
  );
  void show(store.getState().route);
}
