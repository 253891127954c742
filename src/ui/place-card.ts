// A place's card: its names, what it is, its status and precision, where its geometry comes from, its official
// figures beside the computed ones. Below it, what the plan says about it (see mentions).

import { lang, pick, t } from '../i18n/i18n';
import type { PlaceFeature } from '../data/types';
import { STATUS_BY_ID, themeOf } from '../map/themes';
import { h } from './dom';

const PRECISION = {
  surveyed: 'precision.surveyed',
  approximate: 'precision.approximate',
  schematic: 'precision.schematic',
} as const;

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h('div', { className: 'card-row' }, h('dt', {}, label), h('dd', {}, ...value));
}

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

export function renderPlaceCard(f: PlaceFeature): HTMLElement {
  const p = f.properties;
  const theme = themeOf(p.theme);
  const status = STATUS_BY_ID.get(p.status);
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
      theme ? pick(theme) : p.theme,
    ),
    // The plan's name first in Chinese; in English the English name first and the plan's name beside it.
    h(
      'h2',
      { className: 'place-title', id: `place-title-${p.id}`, lang: lang() === 'en' ? 'en' : 'zh-Hans' },
      lang() === 'en' ? p.name_en : p.name_zh,
    ),
    h(
      'p',
      { className: 'place-name-other', lang: lang() === 'en' ? 'zh-Hans' : 'en' },
      lang() === 'en' ? p.name_zh : p.name_en,
    ),
    p.aliases.length
      ? h('p', { className: 'place-aliases' }, t('card.aliases', { names: p.aliases.join('、') }))
      : null,
    h(
      'dl',
      { className: 'card-facts' },
      row(t('card.kind'), p.kind.replace(/-/g, ' ')),
      row(t('card.status'), status ? pick(status) : p.status),
      row(
        t('card.precision'),
        h('span', { className: `precision precision-${p.precision}` }, t(PRECISION[p.precision])),
      ),
      p.area_km2_official !== undefined
        ? row(
            t('card.officialArea'),
            `${fmt(p.area_km2_official)} km²`,
            h('span', { className: 'source-note' }, ` (${p.area_source ?? ''})`),
          )
        : null,
      f.properties.area_km2 !== undefined
        ? row(t('card.drawnArea'), t('card.drawnArea.note', { n: fmt(f.properties.area_km2) }))
        : null,
      f.properties.length_km !== undefined
        ? row(t('card.drawnLength'), t('card.drawnLength.note', { n: fmt(f.properties.length_km) }))
        : null,
      p.groups.length ? row(t('card.groups'), p.groups.join(', ')) : null,
      row(t('card.source'), p.source),
      p.note ? row(t('card.note'), p.note) : null,
      p.name_note ? row(t('card.name'), p.name_note) : null,
    ),
  );
}
