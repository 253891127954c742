// Words for the ids of the data model a reader sees: a place's precision as a badge (示意 / 近似 / 实测), the kind
// of a source, and a source record as one line (its title, publisher and date). Pure: the card, the compare view,
// the CSV and the build all use them, in the language they are given.

import type { Lang } from '../i18n/lang';
import type { Precision, SourceKind, SourceRecord } from './types';

export interface Words {
  zh: string;
  en: string;
}

/** The badge of a place's precision. */
export const PRECISION_BADGES: Readonly<Record<Precision, Words>> = {
  surveyed: { zh: '实测', en: 'surveyed' },
  approximate: { zh: '近似', en: 'approximate' },
  schematic: { zh: '示意', en: 'schematic' },
};

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, Words>> = {
  official: { zh: '官方文件', en: 'official document' },
  'official-repost': { zh: '官方文件转载', en: 'official document, republished' },
  news: { zh: '新闻报道', en: 'news report' },
  secondary: { zh: '二手资料', en: 'secondary source' },
  dataset: { zh: '数据集', en: 'dataset' },
};

/**
 * A date (YYYY, YYYY-MM or YYYY-MM-DD) at its own precision in the reader's language: 2021年3月 / March 2021 (a
 * source record's), or with `month: 'short'` Mar 2021 (an event's, where dates stand in a list).
 */
export function sourceDate(date: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return String(y);
  const name = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month, timeZone: 'UTC' });
  return d ? `${d} ${name} ${y}` : `${name} ${y}`;
}

/** A source record as one line: its title, then its publisher and date (《…》,上海市人民政府,2021年3月). */
export function sourceLine(r: SourceRecord, lang: Lang): string {
  const title = lang === 'zh' ? r.title_zh : r.title_en;
  const publisher = lang === 'zh' ? r.publisher_zh : r.publisher_en;
  const date = r.date ? sourceDate(r.date, lang) : '';
  return lang === 'zh'
    ? [title, publisher, date].filter(Boolean).join(',')
    : [title, publisher, date].filter(Boolean).join(', ');
}
