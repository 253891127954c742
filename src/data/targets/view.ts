// What the targets view shows, as pure functions: the filter (words and chapter), the targets by chapter in the
// plan's order, a target's value in words, and the CSV (UTF-8 with a byte-order mark, one row per listed target, a
// column for the outcome's source). Words in the language the caller passes.

import type { Lang } from '../../i18n/lang';
import { sourceLine } from '../labels';
import { fillMessage } from '../../i18n/messages-tour';
import { TARGET_MESSAGES, type TargetMessageKey } from '../../i18n/messages-targets';
import type { Target } from './model';

/** A byte-order mark: spreadsheets then read the Chinese correctly. */
const BOM = '\uFEFF';

export interface TargetFilter {
  /** Words to find in the quote, the English gloss, the clause id, the value or the places' names. */
  text: string;
  /** A chapter id, or '' for every chapter. */
  chapter: string;
}

/** The names a target's places go by (both languages), for the filter and the CSV. */
export type PlaceNames = (id: string) => { zh: string; en: string } | undefined;

/** The targets the filter keeps, in the list's order. */
export function filterTargets(targets: readonly Target[], f: TargetFilter, names: PlaceNames): Target[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return targets.filter((t) => {
    if (f.chapter && t.chapter !== f.chapter) return false;
    if (!words.length) return true;
    const hay = [
      t.quote.text,
      t.gloss_en,
      t.clause,
      t.value.text,
      ...t.places.flatMap((p) => {
        const n = names(p);
        return n ? [n.zh, n.en] : [p];
      }),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The targets grouped by chapter, chapters in the order their first target comes. */
export function byChapter(targets: readonly Target[]): [string, Target[]][] {
  const out = new Map<string, Target[]>();
  for (const t of targets) out.set(t.chapter, [...(out.get(t.chapter) ?? []), t]);
  return [...out];
}

const say = (key: TargetMessageKey, lang: Lang, vars: Record<string, string | number> = {}) =>
  fillMessage(TARGET_MESSAGES[key][lang], vars);

/** A number in English words for the large ones: 43 million, 13.7 billion, 240,000. */
function englishNumber(v: number): string {
  const round = (x: number) => Number(x.toPrecision(12));
  if (v >= 1e9) return `${round(v / 1e9).toLocaleString('en')} billion`;
  if (v >= 1e6) return `${round(v / 1e6).toLocaleString('en')} million`;
  return round(v).toLocaleString('en');
}

/** The value in words: `960公里`, `600座左右`; in English `960 km`, `about 600`. */
export function valueText(t: Target, lang: Lang): string {
  const q = t.qualifier ? say(`tg.q.${t.qualifier}`, lang) : '';
  if (lang === 'zh') {
    if (t.qualifier === 'over') return `${q}${t.value.text}`;
    return `${t.value.text}${q}`;
  }
  const unit = t.base_en === '%' ? '%' : t.base_en ? ` ${t.base_en}` : '';
  const n = t.amount !== null && t.unit !== '' ? englishNumber(t.amount * t.scale) : t.number;
  return `${q ? `${q} ` : ''}${n}${unit}`;
}

/** The year in words, or the words for none. */
export function yearText(t: Target, lang: Lang): string {
  return t.year === null ? say('tg.year.none', lang) : say('tg.year.by', lang, { year: t.year });
}

const COLUMNS = [
  'id',
  'chapter',
  'clause',
  'quote',
  'value',
  'unit',
  'year',
  'gloss',
  'places',
  'outcome',
  'outcomeDate',
  'outcomeSource',
] as const;

export function csvHeader(lang: Lang): readonly string[] {
  return COLUMNS.map((c) => say(`tg.csv.${c}`, lang));
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The listed targets as CSV, a row each; the outcome's source as its records' lines and urls. */
export function targetsCsv(targets: readonly Target[], lang: Lang, names: PlaceNames): string {
  const sep = lang === 'zh' ? ';' : '; ';
  const rows = targets.map((t) => {
    const o = t.outcome;
    const note = o ? (lang === 'zh' ? o.note_zh : o.note_en) : undefined;
    return [
      t.id,
      t.chapter,
      t.clause,
      t.quote.text,
      t.number,
      lang === 'zh' ? t.unit : t.unit_en,
      t.year === null ? '' : String(t.year),
      t.gloss_en,
      t.places.map((p) => names(p)?.[lang] ?? p).join(sep),
      o ? `${lang === 'zh' ? o.text_zh : o.text_en}${note ? ` (${note})` : ''}` : '',
      o?.date ?? '',
      o ? o.sources.map((r) => `${sourceLine(r, lang)}${r.url ? ` ${r.url}` : ''}`).join(sep) : '',
    ];
  });
  return BOM + [csvHeader(lang), ...rows].map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
