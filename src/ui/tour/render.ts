// A step's caption as the audience and the presenter see it: the plan's words as quotes with their clause, the tour's
// own words marked as a summary with the clauses they rest on, English glosses marked as not official.

import { citation, type Plan } from '../../data/plan';
import { isQuote, stepCitations, type TourStep } from '../../data/tour-schema';
import type { CaptionLine } from '../export/compose';
import { h } from '../dom';

function citeLink(id: string, plan: Plan | null): HTMLAnchorElement {
  const unit = plan?.byId.get(id);
  return h(
    'a',
    {
      className: 'tour-cite',
      href: `#/clause/${id}`,
      target: '_blank',
      rel: 'noopener',
      title: unit ? `${citation(unit)} — open the clause in a new tab` : id,
      'data-clause': id,
    },
    id,
  );
}

function cites(ids: readonly string[], plan: Plan | null): (Node | string)[] {
  const out: (Node | string)[] = [];
  ids.forEach((id, i) => {
    if (i > 0) out.push(', ');
    out.push(citeLink(id, plan));
  });
  return out;
}

export function renderCaption(step: TourStep, plan: Plan | null): HTMLElement {
  return h(
    'div',
    { className: 'tour-caption' },
    ...step.caption.map((part) =>
      isQuote(part)
        ? h(
            'figure',
            { className: 'tour-quote' },
            // No quotation marks added: the plan's words often contain their own “…”.
            h('blockquote', { lang: 'zh-Hans' }, part.quote),
            h(
              'figcaption',
              {},
              h('span', { className: 'tour-source' }, '规划原文 The plan, '),
              citeLink(part.clause, plan),
              part.gloss_en
                ? h(
                    'span',
                    { className: 'tour-gloss', lang: 'en' },
                    h(
                      'span',
                      { className: 'tour-gloss-label' },
                      'English gloss, not an official translation: ',
                    ),
                    part.gloss_en,
                  )
                : null,
            ),
          )
        : h(
            'div',
            { className: 'tour-summary' },
            h('span', { className: 'tour-badge' }, "概述 Summary · 导览的话,非规划原文 this tour's words"),
            h('p', { lang: 'zh-Hans' }, part.summary),
            part.summary_en ? h('p', { lang: 'en', className: 'tour-summary-en' }, part.summary_en) : null,
            h('p', { className: 'tour-based' }, '依据 Based on ', ...cites(part.cites, plan)),
          ),
    ),
  );
}

export function stepHeading(step: TourStep, tag: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(
    tag,
    { className: 'tour-step-title' },
    step.title,
    step.title_en ? h('span', { className: 'tour-step-title-en', lang: 'en' }, step.title_en) : null,
  );
}

/** The caption as lines for an exported image. */
export function captionLines(step: TourStep): CaptionLine[] {
  return step.caption.map((p) =>
    isQuote(p)
      ? { kind: 'quote', text: p.quote, cites: [p.clause] }
      : { kind: 'summary', text: p.summary_en ? `${p.summary} ${p.summary_en}` : p.summary, cites: p.cites },
  );
}

export { stepCitations };
