// An unofficial English gloss of the plan's words, shown the same way everywhere: the reader (a title's gloss), the
// export dialog and the exported image (a quote's gloss). Always marked as an unofficial translation; the Chinese
// stays the plan's authoritative words.

import { lang, t } from '../i18n/i18n';
import { h } from './dom';

export interface Gloss {
  /** The English (never the plan's words). */
  text: string;
  /** Set when the gloss is of the title of this clause (from translations.en.json), not of the quoted words. */
  ofTitle?: string;
}

/** The marker that goes with a gloss. */
function marker(g: Gloss): string {
  return g.ofTitle ? t('gloss.ofTitleBadge', { clause: g.ofTitle }) : t('reader.gloss');
}

/** A gloss as an element: the English, then its marker as a badge. */
export function glossEl(g: Gloss, className = 'unit-gloss'): HTMLElement {
  return h('p', { className, lang: 'en' }, g.text, h('span', { className: 'badge-unofficial' }, marker(g)));
}

/** A gloss as one line of text (an image has no elements): the marker first, then the English. */
export function glossText(g: Gloss): string {
  return t('gloss.line', { marker: marker(g), text: g.text });
}

/**
 * A quote's English gloss, in English only: the tour's own gloss, else the unofficial English title of its clause
 * (marked as the title's); none in Chinese, and none for the tour's own words (a summary has its own English).
 */
export function quoteGloss(
  line: { kind: 'quote' | 'summary'; cites: readonly string[]; gloss_en?: string },
  titles: Readonly<Record<string, string>> | null,
): Gloss | null {
  if (lang() !== 'en' || line.kind !== 'quote') return null;
  if (line.gloss_en?.trim()) return { text: line.gloss_en };
  const clause = line.cites[0];
  const title = clause ? titles?.[clause] : undefined;
  return clause && title ? { text: title, ofTitle: clause } : null;
}
