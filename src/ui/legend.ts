// The legend: the timeline (src/ui/timeline.ts); one entry per theme in the plan's order, each a switch for its
// layer, with a swatch; and the key to line styles by status, with how many places have each status at the
// timeline's date. Text and a line style carry every meaning besides colour.

import { STATUS_STYLES, themeStyles, type RGB } from '../map/themes';
import { setLayerVisible, store } from '../state/store';
import { lang, pick, t, type MessageKey } from '../i18n/i18n';
import { PRECISION_BADGES } from '../data/labels';
import { PRECISIONS, type PlaceFeature } from '../data/types';
import { h, reportOverMap } from './dom';
import { dateOfAt, statusCounts } from '../data/timeline';
import type { StatusAtDate } from '../data/history';
import { timelineControl, timelineDateText } from './timeline';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const css = (c: RGB, a = 1) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

function swatch(colour: RGB, kinds: Set<string>): SVGElement {
  const s = svg('svg', { width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true' });
  if (kinds.has('area'))
    s.append(
      svg('rect', {
        x: 1,
        y: 2,
        width: 16,
        height: 12,
        fill: css(colour, 0.2),
        stroke: css(colour),
        'stroke-width': 1.5,
      }),
    );
  if (kinds.has('line'))
    s.append(svg('line', { x1: 4, y1: 13, x2: 27, y2: 4, stroke: css(colour), 'stroke-width': 2.5 }));
  if (kinds.has('point'))
    s.append(svg('circle', { cx: 22, cy: 9, r: 4, fill: css(colour), stroke: '#fff', 'stroke-width': 1 }));
  return s;
}

function geometryKinds(features: readonly PlaceFeature[], theme: string): Set<string> {
  const out = new Set<string>();
  for (const f of features) {
    if (f.properties.theme !== theme) continue;
    const t = f.geometry.type;
    out.add(t.includes('Polygon') ? 'area' : t.includes('Line') ? 'line' : 'point');
  }
  return out;
}

function buildLegend(features: readonly PlaceFeature[], open: boolean): HTMLElement {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f.properties.theme, (counts.get(f.properties.theme) ?? 0) + 1);
  const boxes = new Map<string, HTMLInputElement>();
  const timeline = timelineControl();
  const summary = h('summary', {});
  const items = themeStyles()
    .filter((t) => counts.has(t.theme))
    .map((t) => {
      const box = h('input', {
        type: 'checkbox',
        checked: true,
        'data-layer': t.theme,
        onchange: (e: Event) => setLayerVisible(t.theme, (e.target as HTMLInputElement).checked),
      });
      boxes.set(t.theme, box);
      return h(
        'li',
        {},
        h(
          'label',
          { className: 'legend-item' },
          box,
          swatch(t.colour, geometryKinds(features, t.theme)),
          h('span', { className: 'legend-name' }, pick(t)),
          // In English the plan's Chinese name beside (the map's labels are Chinese); in Chinese, Chinese only.
          lang() === 'en' ? h('span', { className: 'legend-other', lang: 'zh' }, t.zh) : null,
          h('span', { className: 'legend-count' }, String(counts.get(t.theme))),
        ),
      );
    });
  const status = statusKey(features);
  const toggleAll = (on: boolean) => {
    for (const t of themeStyles()) if (counts.has(t.theme)) setLayerVisible(t.theme, on);
  };
  const el = h(
    'details',
    { className: 'legend', open },
    summary,
    timeline.el,
    h('ul', { className: 'legend-themes', 'aria-label': t('legend.layers') }, ...items),
    h(
      'div',
      { className: 'legend-bulk' },
      h('button', { type: 'button', className: 'btn', onclick: () => toggleAll(true) }, t('legend.showAll')),
      h('button', { type: 'button', className: 'btn', onclick: () => toggleAll(false) }, t('legend.hideAll')),
    ),
    status.el,
    // One line: what the precision badges of the places' cards mean.
    h(
      'p',
      { className: 'legend-precision' },
      h('span', { className: 'legend-precision-title' }, t('legend.precision')),
      ...PRECISIONS.flatMap((p) => [
        ' ',
        h('span', { className: `precision-badge precision-${p}` }, pick(PRECISION_BADGES[p])),
        ` ${t(`legend.precision.${p}` as MessageKey)}`,
      ]),
    ),
  );
  const sync = (hidden: readonly string[]) => {
    for (const [theme, box] of boxes) box.checked = !hidden.includes(theme);
  };
  sync(store.getState().hiddenLayers);
  const dated = (at: string | null) => {
    summary.textContent = at ? `${t('legend.title')} · ${timelineDateText(at)}` : t('legend.title');
    status.update(at);
  };
  dated(store.getState().at);
  const unsubscribe = [
    store.subscribe((s) => s.hiddenLayers, sync),
    store.subscribe((s) => s.at, dated),
    timeline.dispose,
  ];
  el.addEventListener('legend-remove', () => unsubscribe.forEach((u) => u()));
  return el;
}

const COUNTED: readonly StatusAtDate[] = [...STATUS_STYLES.map((s) => s.status), 'cancelled'];

/** The key to the line styles, with the count of places of each status at the timeline's date. */
function statusKey(features: readonly PlaceFeature[]): { el: HTMLElement; update(at: string | null): void } {
  const places = features.map((f) => f.properties);
  const title = h('li', { className: 'legend-status-title' });
  const counts = new Map<StatusAtDate, HTMLElement>();
  const rows = new Map<StatusAtDate, HTMLElement>();
  for (const status of COUNTED) {
    const style = STATUS_STYLES.find((s) => s.status === status);
    const line = svg('svg', { width: 34, height: 8, viewBox: '0 0 34 8', 'aria-hidden': 'true' });
    if (style)
      line.append(
        svg('line', {
          x1: 1,
          y1: 4,
          x2: 33,
          y2: 4,
          stroke: '#333',
          'stroke-width': 3,
          'stroke-dasharray': style.svgDash,
        }),
      );
    const count = h('span', { className: 'legend-count', 'data-status': status });
    counts.set(status, count);
    const name = style ? pick(style) : t('legend.cancelled');
    rows.set(
      status,
      h('li', { className: 'status-item', 'data-status': status }, line, h('span', {}, name), count),
    );
  }
  const el = h(
    'ul',
    { className: 'legend-status', 'aria-label': t('legend.status') },
    title,
    ...rows.values(),
  );
  const update = (at: string | null) => {
    title.textContent = t('legend.statusAt', { date: timelineDateText(at) });
    const n = statusCounts(places, dateOfAt(at));
    for (const [status, count] of counts) {
      const k = n.get(status) ?? 0;
      count.textContent = String(k);
      // A status no place has is left out, but for those the map always keys (a cancelled place is not drawn).
      rows.get(status)!.hidden = k === 0 && status === 'cancelled';
    }
  };
  return { el, update };
}

/**
 * Mounts the legend, open when there is room, and renders it again (keeping it open or closed) on a language change.
 * Returns what removes it, its listeners and subscriptions with it.
 */
export function mountLegend(host: HTMLElement, features: readonly PlaceFeature[]): () => void {
  let el = buildLegend(features, host.clientWidth >= 900 && host.clientHeight >= 640);
  host.append(el);
  let unreport = reportOverMap('legend', el, host);
  const unsubscribe = store.subscribe(
    (s) => s.lang,
    () => {
      const next = buildLegend(features, (el as HTMLDetailsElement).open);
      el.dispatchEvent(new Event('legend-remove'));
      unreport();
      el.replaceWith(next);
      el = next;
      unreport = reportOverMap('legend', el, host);
    },
  );
  return () => {
    unsubscribe();
    unreport();
    el.dispatchEvent(new Event('legend-remove'));
    el.remove();
  };
}
