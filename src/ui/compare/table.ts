// The compare view's profile table: a real <table> with a column per chosen town (its name and its small map in the
// head) and a row per profile row; every item in a cell shows its citation: a link to the clause in the reader, the
// external source with the strength of that source, or a note that the value is computed from our drawing.

import { h } from '../dom';
import { fillMessage } from '../../i18n/messages-tour';
import { lang, pick, t, type MessageKey } from '../../i18n/i18n';
import {
  STRENGTH_LABELS,
  type CellItem,
  type Cite,
  type CompareData,
  type ProfileRow,
  type RowNature,
  type TownProfile,
} from '../../data/compare';
import { activePlan } from '../../data/active-plan';
import { sourceEl } from '../sources';
import { renderMiniMap, renderScaleBar } from './minimap';
import { listText } from './names';

const nature = (n: RowNature): string => t(`cmp.nature.${n}` as MessageKey);

function citeEl(c: Cite): HTMLElement {
  switch (c.type) {
    case 'clause':
      return h(
        'a',
        {
          className: 'cite cite-clause',
          href: `#/clause/${c.id}`,
          title: `${activePlan().name.short} ${c.id}`,
        },
        c.id,
      );
    case 'source': {
      const strength = pick(STRENGTH_LABELS[c.strength]);
      return h(
        'span',
        { className: 'cite cite-source' },
        t('cmp.source'),
        ...c.sources.map((r) => sourceEl(r)),
        ' ',
        h('span', { className: `strength strength-${c.strength}`, title: strength }, strength),
        c.verified
          ? null
          : h(
              'span',
              { className: 'unverified-badge', title: t('card.unverified.title') },
              t('cmp.unverified'),
            ),
      );
    }
    case 'computed':
      return h('span', { className: 'cite cite-computed', title: c.label }, t('cmp.computedCite'));
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
    it.derived ? h('span', { className: 'derived-badge' }, t('cmp.derived')) : null,
    it.detail ? h('span', { className: 'cmp-detail' }, it.detail) : null,
    it.cites.length ? h('span', { className: 'cmp-cites' }, ...it.cites.map(citeEl)) : null,
  );
}

/** The town's caveat on the row, below the cell's items. */
const caveatEl = (note: string | null): HTMLElement | null =>
  note === null
    ? null
    : h(
        'p',
        { className: 'cmp-caveat' },
        h('span', { className: 'cmp-caveat-label' }, t('compare.caveat')),
        note,
      );

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
      h('th', { scope: 'col', className: 'cmp-corner' }, t('cmp.corner')),
      ...towns.map((town) =>
        h(
          'th',
          { scope: 'col', className: 'cmp-town', 'data-town': town.key },
          ...(lang() === 'en'
            ? [
                h('span', { className: 'cmp-town-en', lang: 'en' }, town.name_en),
                h('span', { className: 'cmp-town-zh', lang: 'zh' }, town.name_zh),
              ]
            : [
                h('span', { className: 'cmp-town-zh' }, town.name_zh),
                h('span', { className: 'cmp-town-en', lang: 'en' }, town.name_en),
              ]),
        ),
      ),
    ),
    h(
      'tr',
      { className: 'cmp-map-row' },
      h(
        'th',
        { scope: 'row', className: 'cmp-scale-cell' },
        h('span', { className: 'cmp-row-name' }, t('cmp.maps')),
        renderScaleBar(data),
        h('span', { className: 'cmp-row-how' }, t('cmp.mapsHow', { km: data.frame.sizeKm })),
      ),
      ...towns.map((town) =>
        h('td', { className: 'cmp-map-cell', 'data-town': town.key }, renderMiniMap(town, data)),
      ),
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
          h('span', { className: 'cmp-row-name' }, r.name),
          h('span', { className: `cmp-nature cmp-nature-${r.def.nature}` }, nature(r.def.nature)),
          h('details', { className: 'cmp-how' }, h('summary', {}, t('cmp.how')), r.how),
        ),
        ...r.cells.map((items, i) =>
          h('td', { 'data-town': towns[i]?.key ?? '' }, ...items.map(itemEl), caveatEl(r.caveats[i] ?? null)),
        ),
      ),
    ),
  );
  return h(
    'table',
    { className: 'cmp-table', style: `--cmp-cols:${towns.length}` },
    h(
      'caption',
      {},
      fillMessage(pick(data.config.text.caption), {
        towns: listText(towns.map((town) => pick({ zh: town.name_zh, en: town.name_en }))),
      }),
      h(
        'span',
        { className: 'cmp-caption-note' },
        t('cmp.captionNote', { plan: activePlan().name.short }),
        lang() === 'en' ? ` ${t('cmp.quotesStayChinese')}` : '',
      ),
    ),
    head,
    body,
  );
}
