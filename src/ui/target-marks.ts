// The plan's targets in the reader: each target's phrase marked in its clause's text (the place mentions inside it
// stay links), the one a link asks for (`#/clause/<id>/<target>`) marked as focused and scrolled to.

import './target-marks.css';
import type { Target } from '../data/targets/model';
import { lang, t } from '../i18n/i18n';
import { valueText } from '../data/targets/view';
import { h } from './dom';
import type { TextMark } from './reader';

/** The marks of a clause's targets; targets sharing a phrase share one mark. */
export function targetMarks(targets: readonly Target[], focus: string | undefined): TextMark[] {
  const byQuote = new Map<string, Target[]>();
  for (const x of targets) {
    const key = `${x.quote.start}:${x.quote.end}`;
    byQuote.set(key, [...(byQuote.get(key) ?? []), x]);
  }
  return [...byQuote.values()].map((list) => {
    const { start, end } = list[0]!.quote;
    const focused = list.some((x) => x.id === focus);
    const values = list.map((x) => valueText(x, lang())).join(lang() === 'zh' ? '、' : ', ');
    return {
      start,
      end,
      render: (children) =>
        h(
          'mark',
          {
            className: focused ? 'target-span target-focus' : 'target-span',
            'data-target': list.map((x) => x.id).join(' '),
            title: t('tg.mark.title', { value: values }),
          },
          ...children,
        ),
    };
  });
}

/** Brings the focused target's mark into view, once the reader is on the page. */
export function scrollToFocus(root: HTMLElement): void {
  root.querySelector('.target-focus')?.scrollIntoView({ block: 'center' });
}
