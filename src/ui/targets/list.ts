// The targets view's list: one section per chapter (its numeral and title; in English the title's unofficial gloss
// beside it, marked), one item per target: the phrase in the plan's words with the value highlighted, in English
// its unofficial gloss (marked), its value and year, its clause in the reader, its places (links that select them)
// and its outcome with its sources, or the words saying none was found.

import type { Places } from '../../data/load';
import { sourceDate } from '../../data/labels';
import type { Plan } from '../../data/plan';
import type { Target } from '../../data/targets/model';
import { byChapter, valueText, yearText } from '../../data/targets/view';
import { lang, t } from '../../i18n/i18n';
import { h, highlighted } from '../dom';
import { glossEl } from '../gloss';
import { sourceList } from '../sources';

export interface ListContext {
  plan: Plan;
  places: Places;
  /** Unofficial English glosses of the titles (English interface only). */
  titles: Record<string, string>;
}

function fact(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h('div', { className: 'tg-fact' }, h('dt', {}, label), h('dd', {}, ...value));
}

function outcomeEl(x: Target): HTMLElement {
  const o = x.outcome;
  if (!o) return h('span', { className: 'tg-outcome-none' }, t('tg.outcome.none'));
  const l = lang();
  const note = l === 'zh' ? o.note_zh : o.note_en;
  return h(
    'div',
    { className: 'tg-outcome' },
    h(
      'p',
      { className: 'tg-outcome-text' },
      l === 'zh'
        ? `${o.text_zh}(${t('tg.outcome.asOf', { date: sourceDate(o.date, l) })})`
        : `${o.text_en} (${t('tg.outcome.asOf', { date: sourceDate(o.date, l) })})`,
    ),
    note ? h('p', { className: 'source-note' }, note) : null,
    sourceList(o.sources),
  );
}

function placeLinks(x: Target, places: Places): (Node | string)[] {
  const l = lang();
  return x.places.flatMap((id, i) => {
    const p = places.byId.get(id)?.properties;
    const name = p ? (l === 'zh' ? p.name_zh : p.name_en) : id;
    return [
      i ? (l === 'zh' ? '、' : ', ') : '',
      h('a', { href: `#/place/${id}`, className: 'tg-place', 'data-place': id }, name),
    ];
  });
}

function item(x: Target, ctx: ListContext): HTMLElement {
  const l = lang();
  const at = x.value.start - x.quote.start;
  return h(
    'li',
    { className: 'tg-item', 'data-target': x.id, 'data-clause': x.clause },
    h(
      'p',
      { className: 'tg-quote', lang: 'zh-Hans' },
      ...highlighted(x.quote.text, [[at, at + x.value.text.length]], 'tg-value'),
    ),
    l === 'en' ? glossEl({ text: x.gloss_en }, 'tg-gloss') : null,
    h(
      'dl',
      { className: 'tg-facts' },
      fact(t('tg.value'), valueText(x, l)),
      fact(t('tg.year'), yearText(x, l)),
      fact(
        t('tg.clause'),
        h(
          'a',
          { href: `#/clause/${x.clause}/${x.id}`, className: 'tg-clause' },
          t('tg.open', { clause: x.clause }),
        ),
      ),
      x.places.length ? fact(t('tg.places'), ...placeLinks(x, ctx.places)) : null,
      fact(t('tg.outcome'), outcomeEl(x)),
    ),
  );
}

export function renderList(targets: readonly Target[], ctx: ListContext): HTMLElement {
  return h(
    'div',
    {},
    ...byChapter(targets).map(([id, list]) => {
      const ch = ctx.plan.byId.get(list[0]!.clause)?.chapter;
      const gloss = ctx.titles[id];
      return h(
        'section',
        { className: 'tg-chapter-group', 'data-chapter': id },
        h(
          'h3',
          { lang: 'zh-Hans' },
          ch ? `${ch.numeral}、${ch.title.text}` : id,
          ch && !ch.title.official
            ? h('span', { className: 'badge-unofficial' }, t('reader.workingLabel'))
            : null,
          h('span', { className: 'mention-count' }, ` ${list.length}`),
        ),
        gloss ? glossEl({ text: gloss }) : null,
        h('ol', { className: 'tg-items' }, ...list.map((x) => item(x, ctx))),
      );
    }),
  );
}
