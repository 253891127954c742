// A place's card: its names, what it is, its status and precision, where its geometry comes from, its official
// figures beside the computed ones. Below it, what the plan says about it (see mentions).

import type { PlaceFeature } from '../map/layers/plan-layers';
import { STATUS_BY_ID, THEME_BY_ID } from '../map/themes';
import { h } from './dom';

const PRECISION = {
  surveyed: ['实测', 'surveyed: follows the real feature within about 100 m'],
  approximate: ['近似', 'approximate: right place and shape, within about 0.5–1 km'],
  schematic: ['示意', 'schematic: indicative only; the plan fixes no exact line or outline'],
} as const;

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h('div', { className: 'card-row' }, h('dt', {}, label), h('dd', {}, ...value));
}

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

export function renderPlaceCard(f: PlaceFeature): HTMLElement {
  const p = f.properties;
  const theme = THEME_BY_ID.get(p.theme);
  const status = STATUS_BY_ID.get(p.status);
  const [precZh, precEn] = PRECISION[p.precision];
  return h(
    'section',
    { className: 'place-card', 'data-place-id': p.id, 'aria-labelledby': `place-title-${p.id}` },
    h(
      'p',
      { className: 'place-theme' },
      h('span', {
        className: 'theme-dot',
        style: `background: rgb(${(theme?.colour ?? [0, 0, 0]).join(',')})`,
      }),
      theme ? `${theme.zh} · ${theme.en}` : p.theme,
    ),
    h('h2', { className: 'place-title', id: `place-title-${p.id}` }, p.name_zh),
    h('p', { className: 'place-name-en', lang: 'en' }, p.name_en),
    p.aliases.length ? h('p', { className: 'place-aliases' }, `又称 Also: ${p.aliases.join('、')}`) : null,
    h(
      'dl',
      { className: 'card-facts' },
      row('类型 Kind', p.kind.replace(/-/g, ' ')),
      row('状态 Status (2021)', status ? `${status.zh} · ${status.en}` : p.status),
      row(
        '精度 Precision',
        h('span', { className: `precision precision-${p.precision}` }, `${precZh} · ${precEn}`),
      ),
      p.area_km2_official !== undefined
        ? row(
            '官方面积 Official area',
            `${fmt(p.area_km2_official)} km²`,
            h('span', { className: 'source-note' }, ` (${p.area_source ?? ''})`),
          )
        : null,
      f.properties.area_km2 !== undefined
        ? row('图形面积 Drawn area', `${fmt(f.properties.area_km2)} km² (computed from the outline)`)
        : null,
      f.properties.length_km !== undefined
        ? row('图形长度 Drawn length', `${fmt(f.properties.length_km)} km (computed from the line)`)
        : null,
      p.groups.length ? row('组 Groups', p.groups.join(', ')) : null,
      row('来源 Source of the geometry', p.source),
      p.note ? row('说明 Note', p.note) : null,
      p.name_note ? row('名称 Name', p.name_note) : null,
    ),
  );
}
