// The place card's section on the plan's targets that name the place: each target's phrase (the plan's words) with
// its value and year, a link to it in the reader, and its outcome where a source reports one. Filled once the
// targets have loaded (they are, when the panel opens); absent when no target names the place.

import './target-marks.css';
import { loadTargets } from '../data/load';
import type { Target } from '../data/targets/model';
import { valueText, yearText } from '../data/targets/view';
import { lang, t } from '../i18n/i18n';
import { h, highlighted } from './dom';
import { glossEl } from './gloss';

function item(x: Target): HTMLElement {
  const l = lang();
  const o = x.outcome;
  return h(
    'li',
    { className: 'place-target', 'data-target': x.id },
    h(
      'p',
      { className: 'place-target-quote', lang: 'zh-Hans' },
      ...highlighted(
        x.quote.text,
        [[x.value.start - x.quote.start, x.value.end - x.quote.start]],
        'tg-value',
      ),
    ),
    l === 'en' ? glossEl({ text: x.gloss_en }, 'tg-gloss') : null,
    h(
      'p',
      { className: 'place-target-facts' },
      `${valueText(x, l)} · ${yearText(x, l)} · `,
      h(
        'a',
        { href: `#/clause/${x.clause}/${x.id}`, className: 'place-target-clause' },
        t('tg.open', { clause: x.clause }),
      ),
    ),
    o
      ? h(
          'p',
          { className: 'place-target-outcome' },
          `${t('tg.outcome')}: ${l === 'zh' ? o.text_zh : o.text_en}`,
        )
      : null,
  );
}

/** The section, empty until the targets have loaded, hidden when none names `placeId`. */
export function placeTargets(placeId: string): HTMLElement {
  const section = h('section', { className: 'place-targets', hidden: true });
  void loadTargets().then((targets) => {
    const list = targets.byPlace.get(placeId) ?? [];
    if (!list.length) return;
    section.append(
      h('h3', {}, t('tg.card.title'), h('span', { className: 'mention-count' }, ` ${list.length}`)),
      h('ol', { className: 'place-target-list' }, ...list.map(item)),
      h('a', { href: '#/targets', className: 'place-targets-all' }, t('tg.card.all')),
    );
    section.hidden = false;
  });
  return section;
}
