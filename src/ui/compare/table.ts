// The compare view's profile table: a real <table> with a column per chosen town (its name and its small map in the
// head) and a row per profile row; every item in a cell shows its citation: a link to the clause in the reader, the
// external source with the strength of that source, or a note that the value is computed from our drawing.

import { h } from '../dom';
import {
  STRENGTH_LABELS,
  type CellItem,
  type Cite,
  type CompareData,
  type ProfileRow,
  type RowNature,
  type TownProfile,
} from '../../data/compare';
import { PLAN_SHORT_NAME } from '../../data/plan';
import { renderMiniMap, renderScaleBar } from './minimap';

const NATURE: Readonly<Record<RowNature, string>> = {
  plan: '规划原文 plan text',
  computed: '计算 computed',
  external: '外部来源 other documents',
  mixed: '原文、计算与外部来源 mixed',
};

function citeEl(c: Cite): HTMLElement {
  switch (c.type) {
    case 'clause':
      return h(
        'a',
        { className: 'cite cite-clause', href: `#/clause/${c.id}`, title: `${PLAN_SHORT_NAME} ${c.id}` },
        c.id,
      );
    case 'source': {
      const strength = STRENGTH_LABELS[c.strength];
      const label = c.url
        ? h(
            'a',
            { href: c.url, target: '_blank', rel: 'noopener noreferrer', className: 'cite-src-link' },
            c.label,
          )
        : h('span', {}, c.label);
      return h(
        'span',
        { className: 'cite cite-source' },
        '来源 source: ',
        label,
        ' ',
        h(
          'span',
          { className: `strength strength-${c.strength}`, title: `${strength.zh} ${strength.en}` },
          `${strength.zh} · ${strength.en}`,
        ),
      );
    }
    case 'computed':
      return h('span', { className: 'cite cite-computed', title: c.label }, '计算 computed from our drawing');
  }
}

function itemEl(it: CellItem): HTMLElement {
  const body =
    it.kind === 'quote'
      ? h('q', { className: 'cmp-quote' }, it.text)
      : it.place
        ? h('a', { className: 'cmp-place', href: `#/place/${it.place}`, 'data-id': it.place }, it.text)
        : h('span', { className: it.kind === 'note' ? 'cmp-none' : 'cmp-figure' }, it.text);
  return h(
    'div',
    { className: `cmp-item cmp-item-${it.kind}` },
    it.label ? h('span', { className: 'cmp-label' }, it.label) : null,
    body,
    it.detail ? h('span', { className: 'cmp-detail' }, it.detail) : null,
    it.cites.length ? h('span', { className: 'cmp-cites' }, ...it.cites.map(citeEl)) : null,
  );
}

export function renderTable(
  data: CompareData,
  towns: readonly TownProfile[],
  rows: readonly ProfileRow[],
): HTMLElement {
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'col', className: 'cmp-corner' }, '项目 ', h('span', { lang: 'en' }, 'Row')),
      ...towns.map((t) =>
        h(
          'th',
          { scope: 'col', className: 'cmp-town', 'data-town': t.key },
          h('span', { className: 'cmp-town-zh' }, t.name_zh),
          h('span', { className: 'cmp-town-en', lang: 'en' }, t.name_en),
        ),
      ),
    ),
    h(
      'tr',
      { className: 'cmp-map-row' },
      h(
        'th',
        { scope: 'row', className: 'cmp-scale-cell' },
        h('span', { className: 'cmp-row-zh' }, '地图 '),
        h('span', { className: 'cmp-row-en', lang: 'en' }, 'Maps'),
        renderScaleBar(data),
        h(
          'span',
          { className: 'cmp-row-how' },
          `同一比例尺、上北 · one scale, north up; ${data.frame.sizeKm} km squares. Hover a line to find it on every map.`,
        ),
      ),
      ...towns.map((t) => h('td', { className: 'cmp-map-cell', 'data-town': t.key }, renderMiniMap(t, data))),
    ),
  );
  const body = h(
    'tbody',
    {},
    ...rows.map((r) =>
      h(
        'tr',
        { 'data-row': r.def.id },
        h(
          'th',
          { scope: 'row', className: 'cmp-row-head' },
          h('span', { className: 'cmp-row-zh' }, `${r.def.zh} `),
          h('span', { className: 'cmp-row-en', lang: 'en' }, r.def.en),
          h('span', { className: `cmp-nature cmp-nature-${r.def.nature}` }, NATURE[r.def.nature]),
          h('details', { className: 'cmp-how' }, h('summary', {}, '说明 how'), r.def.how),
        ),
        ...r.cells.map((items, i) => h('td', { 'data-town': towns[i]?.key ?? '' }, ...items.map(itemEl))),
      ),
    ),
  );
  return h(
    'table',
    { className: 'cmp-table', style: `--cmp-cols:${towns.length}` },
    h(
      'caption',
      {},
      `五个新城对比 · The new towns compared (${towns.map((t) => t.name_zh).join('、')}). `,
      h(
        'span',
        { className: 'cmp-caption-note' },
        `Plan text is quoted exactly with its clause id (${PLAN_SHORT_NAME}); computed values come from this app’s schematic drawings; other figures name their source and its strength.`,
      ),
    ),
    head,
    body,
  );
}
