// "What the plan says" about a place: every clause that names it (directly first, then as a member of a group
// the plan names), each with its id, breadcrumb and the sentence that mentions it, highlighted; the whole clause
// on demand; a link into the reader.

import { t } from '../i18n/i18n';
import { placeClauses, sentenceAround, type Mention } from '../data/mentions';
import { breadcrumbText, type Plan } from '../data/plan';
import { h, highlighted } from './dom';

function clauseItem(plan: Plan, clauseId: string, list: readonly Mention[]): HTMLElement | null {
  const unit = plan.byId.get(clauseId);
  if (!unit) return null;
  const first = list[0];
  if (!first) return null;
  const s = sentenceAround(unit.text, first.start, first.end);
  const inSentence = list
    .filter((m) => m.start >= s.start && m.end <= s.end)
    .map((m): [number, number] => [m.start - s.start, m.end - s.start]);
  const prefix = s.start > 0 ? '…' : '';
  const ranges = inSentence.map(([a, b]): [number, number] => [a + prefix.length, b + prefix.length]);
  const terms = [...new Set(list.map((m) => m.text))].join('、');
  return h(
    'li',
    { className: 'mention-item', 'data-clause': clauseId, 'data-via': first.via },
    h(
      'div',
      { className: 'mention-head' },
      h('a', { href: `#/clause/${clauseId}`, className: 'mention-clause-id' }, clauseId),
      h('span', { className: 'mention-crumb' }, breadcrumbText(unit)),
    ),
    h(
      'p',
      { className: 'mention-sentence', lang: 'zh-Hans' },
      ...highlighted(
        prefix + unit.text.slice(s.start, s.end) + (s.end < unit.text.length ? '…' : ''),
        ranges,
        'mention-hl',
      ),
    ),
    first.via === 'group' ? h('p', { className: 'mention-via' }, t('mentions.via', { terms })) : null,
    h(
      'details',
      { className: 'mention-whole' },
      h('summary', {}, t('mentions.whole')),
      h(
        'p',
        { className: 'unit-text', lang: 'zh-Hans' },
        ...highlighted(
          unit.text,
          list.map((m): [number, number] => [m.start, m.end]),
          'mention-hl',
        ),
      ),
    ),
    h('a', { href: `#/clause/${clauseId}`, className: 'open-reader' }, t('mentions.open')),
  );
}

export function renderPlaceMentions(plan: Plan, mentions: readonly Mention[]): HTMLElement {
  const { direct, group } = placeClauses(mentions, plan.indexOf);
  const section = (title: string, cls: string, items: [string, Mention[]][]) =>
    items.length
      ? h(
          'section',
          { className: `mentions ${cls}` },
          h('h3', {}, title, h('span', { className: 'mention-count' }, ` ${items.length}`)),
          h('ol', { className: 'mention-list' }, ...items.map(([id, list]) => clauseItem(plan, id, list))),
        )
      : null;
  return h(
    'div',
    { className: 'place-mentions' },
    h('h2', { className: 'mentions-title' }, t('mentions.title')),
    direct.length + group.length === 0 ? h('p', { className: 'mentions-none' }, t('mentions.none')) : null,
    section(t('mentions.direct'), 'mentions-direct', direct),
    section(t('mentions.group'), 'mentions-group', group),
  );
}
