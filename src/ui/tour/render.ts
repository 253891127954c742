// A step's caption as the audience and the presenter see it: the plan's words as quotes with their clause, the tour's
// own words marked as a summary with the clauses they rest on, English glosses marked as not official.

import { citation, type Plan } from '../../data/plan';
import { isQuote, stepCitations, type SummaryPart, type TourStep } from '../../data/tour-schema';
import { lang, t } from '../../i18n/i18n';
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
      title: unit ? t('tour.openClause', { cite: citation(unit) }) : id,
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

/**
 * A field in the current language: in English the English field, or the Chinese one with a marker when the
 * English is missing (`missing: true`).
 */
export function pickField(zh: string, en: string | undefined): { text: string; missing: boolean } {
  if (lang() === 'zh') return { text: zh, missing: false };
  return en?.trim() ? { text: en, missing: false } : { text: zh, missing: true };
}

/** A tour's or a step's title in the current language (with the marker when the English is missing). */
export function titleText(x: { title: string; title_en?: string }): string {
  const f = pickField(x.title, x.title_en);
  return f.missing ? `${f.text} ${t('tour.noEnglish')}` : f.text;
}

function summaryEl(part: SummaryPart, plan: Plan | null): HTMLElement {
  const f = pickField(part.summary, part.summary_en);
  return h(
    'div',
    { className: 'tour-summary' },
    h('span', { className: 'tour-badge' }, t(lang() === 'en' ? 'tour.summaryEnBadge' : 'tour.summaryBadge')),
    h(
      'p',
      {
        lang: f.missing || lang() === 'zh' ? 'zh-Hans' : 'en',
        className: f.missing ? '' : 'tour-summary-text',
      },
      f.text,
    ),
    f.missing ? h('p', { className: 'tour-missing-en' }, t('tour.noEnglish')) : null,
    h('p', { className: 'tour-based' }, t('tour.basedOn'), ...cites(part.cites, plan)),
  );
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
            // No quotation marks added: the plan's words often contain their own “…”. They stay Chinese.
            h('blockquote', { lang: 'zh-Hans' }, part.quote),
            h(
              'figcaption',
              {},
              h('span', { className: 'tour-source' }, t('tour.planSource')),
              citeLink(part.clause, plan),
              lang() === 'en' && part.gloss_en
                ? h(
                    'span',
                    { className: 'tour-gloss', lang: 'en' },
                    h('span', { className: 'tour-gloss-label' }, t('tour.glossLabel')),
                    part.gloss_en,
                  )
                : null,
            ),
          )
        : summaryEl(part, plan),
    ),
  );
}

export function stepHeading(step: TourStep, tag: 'h2' | 'h3' = 'h2'): HTMLElement {
  const f = pickField(step.title, step.title_en);
  return h(
    tag,
    { className: 'tour-step-title', lang: f.missing || lang() === 'zh' ? 'zh-Hans' : 'en' },
    f.text,
    f.missing ? h('span', { className: 'tour-missing-en' }, ` ${t('tour.noEnglish')}`) : null,
  );
}

/**
 * The caption as lines for an exported image, in the current language (the plan's quotes stay Chinese, with the
 * tour's English gloss kept for the image to show in English).
 */
export function captionLines(step: TourStep): CaptionLine[] {
  return step.caption.map((p) => {
    if (isQuote(p))
      return {
        kind: 'quote',
        text: p.quote,
        cites: [p.clause],
        ...(p.gloss_en ? { gloss_en: p.gloss_en } : {}),
      };
    const f = pickField(p.summary, p.summary_en);
    return { kind: 'summary', text: f.missing ? `${f.text} ${t('tour.noEnglish')}` : f.text, cites: p.cites };
  });
}

export { stepCitations };
