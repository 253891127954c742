// A place's card, in the reader's language: its names, what it is (the kind's and groups' labels of the plan's
// vocabulary), its status, its precision as a badge with its meaning, how its geometry was drawn and after which
// documents or datasets, its official figures (with their sources, marked when unverified) beside the computed
// ones. Below it, what the plan says about it (see mentions).

import { activePlan } from '../data/active-plan';
import { PRECISION_BADGES } from '../data/labels';
import type { PlaceFeature } from '../data/types';
import { lang, pick, t, type MessageKey } from '../i18n/i18n';
import { themeOf } from '../map/themes';
import { h } from './dom';
import { placeHistoryRow, placeStatusRow } from './place-history';
export { refreshPlaceStatus } from './place-history';
import { sourceList } from './sources';
import { placeTargets } from './place-targets';

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h('div', { className: 'card-row' }, h('dt', {}, label), h('dd', {}, ...value));
}

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

/** The precision badge (示意 / 近似 / 实测) and what it means. */
export function precisionEl(precision: PlaceFeature['properties']['precision']): HTMLElement {
  return h(
    'span',
    { className: 'precision' },
    h('span', { className: `precision-badge precision-${precision}` }, pick(PRECISION_BADGES[precision])),
    h('span', { className: 'precision-meaning' }, ` ${t(`precision.${precision}` as MessageKey)}`),
  );
}

export function renderPlaceCard(f: PlaceFeature): HTMLElement {
  const p = f.properties;
  const zh = lang() === 'zh';
  const theme = themeOf(p.theme);
  const groups = activePlan().vocabulary.groups;
  const area = p.official_area;
  const areaNote = area ? (zh ? area.note_zh : area.note_en) : undefined;
  const note = zh ? p.note_zh : p.note_en;
  const nameNote = zh ? p.name_note_zh : p.name_note_en;
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
      { className: 'place-title', id: `place-title-${p.id}`, lang: zh ? 'zh-Hans' : 'en' },
      zh ? p.name_zh : p.name_en,
    ),
    h('p', { className: 'place-name-other', lang: zh ? 'en' : 'zh-Hans' }, zh ? p.name_en : p.name_zh),
    p.aliases.length
      ? h('p', { className: 'place-aliases' }, t('card.aliases', { names: p.aliases.join('、') }))
      : null,
    h(
      'dl',
      { className: 'card-facts' },
      row(t('card.kind'), zh ? p.kind_zh : p.kind_en),
      placeStatusRow(p),
      placeHistoryRow(p),
      row(t('card.precision'), precisionEl(p.precision)),
      area
        ? row(
            t('card.officialArea'),
            h('span', { className: 'official-figure' }, t('card.km2', { n: fmt(area.value_km2) })),
            area.verified
              ? null
              : h(
                  'span',
                  { className: 'unverified-badge', title: t('card.unverified.title') },
                  ` ${t('card.unverified')}`,
                ),
            areaNote ? h('span', { className: 'source-note' }, ` ${areaNote}`) : null,
            sourceList(area.sources),
          )
        : null,
      p.area_km2 !== undefined
        ? row(t('card.drawnArea'), t('card.drawnArea.note', { n: fmt(p.area_km2) }))
        : null,
      p.length_km !== undefined
        ? row(t('card.drawnLength'), t('card.drawnLength.note', { n: fmt(p.length_km) }))
        : null,
      p.groups.length
        ? row(t('card.groups'), p.groups.map((g) => (groups[g] ? pick(groups[g]) : g)).join(zh ? '、' : ', '))
        : null,
      row(t('card.drawn'), zh ? p.drawn_zh : p.drawn_en),
      row(t('card.sources'), sourceList(p.sources)),
      note ? row(t('card.note'), note) : null,
      nameNote ? row(t('card.name'), nameNote) : null,
    ),
    placeTargets(p.id),
  );
}
