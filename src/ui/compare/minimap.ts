// The compare view's small maps: one inline SVG per town, all in one projection at one scale (the build projects
// every path to km around the town's centre, see src/data/compare/projection.ts), north up, with one shared
// scale bar. SVG rather than more MapLibre maps: five extra WebGL contexts would be slow on modest machines and in
// headless browsers, SVG prints crisply, and a line hovered in one map is found by its id in all of them.

import { STATUS_BY_ID, themeOf } from '../../map/themes';
import type { CompareData, MapPlace, TownProfile } from '../../data/compare';
import { lang, pick, t } from '../../i18n/i18n';
import { listText, nameText } from './names';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The small maps' size on screen (and on paper): every map is this wide, so every map has the same scale. */
export const MAP_PX = 200;

type SvgAttrs = Record<string, string | number>;

/** An SVG element; text only ever goes in as text nodes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: SvgAttrs = {},
  ...children: (Node | string | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

const rgb = (c: readonly number[]): string => `rgb(${c.join(',')})`;

function placeTitle(p: CompareData['places'][string] | undefined, id: string): string {
  if (!p) return id;
  const s = STATUS_BY_ID.get(p.status);
  return `${nameText(p.name_zh, p.name_en)}${s ? ` · ${pick(s)}` : ''}`;
}

function drawPlace(mp: MapPlace, data: CompareData, pxPerKm: number): SVGElement | null {
  const info = data.places[mp.id];
  const theme = info ? themeOf(info.theme) : undefined;
  const colour = theme ? rgb(theme.colour) : '#555';
  const title = svg('title', {}, placeTitle(info, mp.id));
  const dash = info ? (STATUS_BY_ID.get(info.status)?.svgDash ?? '') : '';
  const common = { 'data-id': mp.id, class: `pl pl-${mp.role}` };
  if (mp.x !== undefined && mp.y !== undefined) {
    const r = (mp.role === 'hub' ? 5 : mp.role === 'station' ? 3.5 : 2.5) / pxPerKm;
    return svg('circle', { ...common, cx: mp.x, cy: mp.y, r, style: `--c:${colour}` }, title);
  }
  if (!mp.d) return null;
  if (mp.role === 'rail') {
    // A wide invisible stroke under the visible line makes a thin line easy to hover.
    return svg(
      'g',
      common,
      title,
      svg('path', { d: mp.d, class: 'pl-hit' }),
      svg('path', { d: mp.d, class: 'pl-line', ...(dash ? { 'stroke-dasharray': dash } : {}) }),
    );
  }
  return svg('path', { ...common, d: mp.d, style: `--c:${colour}` }, title);
}

/** A district's label on a small map, in the current language. */
export function districtLabel(l: { text: string; text_en?: string }): string {
  return pick({ zh: l.text, en: l.text_en || l.text });
}

/** The small map of one town (an SVG `role="img"` with a text alternative). */
export function renderMiniMap(town: TownProfile, data: CompareData): SVGSVGElement {
  const size = data.frame.sizeKm;
  const pxPerKm = MAP_PX / size;
  const m = town.map;
  const b = m.basemap;
  const rail = m.places
    .filter((p) => p.role === 'rail')
    .map((p) => {
      const info = data.places[p.id];
      return info ? pick({ zh: info.name_zh, en: info.name_en || info.name_zh }) : p.id;
    });
  const label = t('cmp.mapLabel', {
    name: nameText(town.name_zh, town.name_en),
    n: rail.length,
    lines: rail.length ? ` (${listText([...new Set(rail)])})` : '',
    size,
  });
  const half = size / 2;
  const fontKm = 10 / pxPerKm;
  return svg(
    'svg',
    {
      class: 'cmp-map',
      width: MAP_PX,
      height: MAP_PX,
      viewBox: `${-half} ${-half} ${size} ${size}`,
      role: 'img',
      'aria-label': label,
      'data-town': town.key,
    },
    svg('rect', { class: 'bm-sea', x: -half, y: -half, width: size, height: size }),
    svg('path', { class: 'bm-neighbour', d: b.neighbourLand }),
    svg('path', { class: 'bm-shanghai', d: b.shanghaiLand }),
    svg('path', { class: 'bm-water', d: b.water }),
    svg('path', { class: 'bm-river', d: b.rivers }),
    svg('path', { class: 'bm-district', d: b.districts }),
    svg('path', { class: 'bm-border', d: b.borders }),
    ...b.labels.map((l) =>
      svg(
        'text',
        {
          class: 'bm-label',
          x: l.x,
          y: l.y,
          'font-size': fontKm,
          'text-anchor': 'middle',
          lang: lang() === 'en' ? 'en' : 'zh-Hans',
        },
        districtLabel(l),
      ),
    ),
    ...m.places
      .filter((p) => p.role === 'area' || p.role === 'neighbour-town')
      .flatMap((p) => drawPlace(p, data, pxPerKm) ?? []),
    svg(
      'path',
      { class: 'town-outline', d: m.outline },
      svg('title', {}, nameText(town.name_zh, town.name_en)),
    ),
    ...m.places
      .filter((p) => p.role !== 'area' && p.role !== 'neighbour-town')
      .flatMap((p) => drawPlace(p, data, pxPerKm) ?? []),
  );
}

/** The one scale bar of all the small maps, with the north arrow. */
export function renderScaleBar(data: CompareData): SVGSVGElement {
  const pxPerKm = MAP_PX / data.frame.sizeKm;
  const km = 10;
  const w = km * pxPerKm;
  const x0 = 8;
  return svg(
    'svg',
    {
      class: 'cmp-scale',
      width: Math.ceil(w + 2 * x0 + 28),
      height: 44,
      viewBox: `0 0 ${Math.ceil(w + 2 * x0 + 28)} 44`,
      // the print layout shrinks the maps and this bar by the same factor (compare.css)
      style: `--w:${Math.ceil(w + 2 * x0 + 28)}px`,
      role: 'img',
      'aria-label': t('cmp.scaleBar', { km }),
    },
    svg('rect', { x: x0, y: 20, width: w / 2, height: 5, class: 'sb-dark' }),
    svg('rect', { x: x0 + w / 2, y: 20, width: w / 2, height: 5, class: 'sb-light' }),
    svg('text', { x: x0, y: 16, 'text-anchor': 'middle' }, '0'),
    svg('text', { x: x0 + w / 2, y: 16, 'text-anchor': 'middle' }, '5'),
    svg('text', { x: x0 + w, y: 16, 'text-anchor': 'middle' }, t('cmp.km', { km })),
    svg('path', {
      d: `M${x0 + w + 22} 38 L${x0 + w + 22} 22 M${x0 + w + 17} 27 L${x0 + w + 22} 21 L${x0 + w + 27} 27`,
      class: 'sb-north',
    }),
    svg('text', { x: x0 + w + 22, y: 16, 'text-anchor': 'middle' }, t('cmp.northLetter')),
  );
}
