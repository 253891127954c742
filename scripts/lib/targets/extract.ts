// The rule that finds the plan's quantitative targets in its text, at build time. Every Arabic number of every unit
// is classified, so none can slip by:
//
// 1. A number is a run of digits, with a decimal part (`17.8`), a range (`5-10`) or a fraction (`1/3`).
// 2. It is not a quantity when the rule can say what else it is:
//    - `name`: it is part of a name or code, next to a Latin letter (`G60`, `S3`, `PM2.5`, `O3`, `国6b`);
//    - `line`: a rail line's number (`17号线`);
//    - `ordinal`: it follows 第 (`第46届`);
//    - `formula`: it is joined by `+` or `×` (`“5+X”`, `“2+2+X”`, `7×24小时`), a label, not an amount;
//    - `year`: four digits followed by 年 (`2025年`): the target's date, not its value.
//    (The plan writes its chapter and clause numbers and 十四五 in Chinese numerals, which are never read.)
// 3. Any other number must be followed by a unit of UNITS (公里, 万亩, %, 万平方米, 座, 万人…; a fraction needs
//    none): it is a candidate target, found with its phrase (the text between the punctuation marks ,;:。 around
//    it, the span the reader highlights), the year its sentence sets (`到2025年…`, the last four-digit year before
//    it in the sentence) and its qualifier (以上, 左右, 约, 超过, 不低于).
// 4. A number with no unit the rule knows is a problem: the build stops and names it, so that the list of units
//    grows by decision, never by accident.
//
// The curated list (content/<plan>/targets.json) then says of each candidate either what target it is or why it is
// not one (a time standard such as “24小时城市社交目的地”, a threshold such as “年销售收入1亿元以上”); ./compare.ts
// checks both ways that the list and the text agree.

import type { ClauseUnit } from '../../../src/data/types';

/**
 * The units a target's number may carry, longest first (so 万平方米 wins over 平方米): the unit, its English name,
 * and what one of it counts in the English base unit (a unit with 万 counts tens of thousands, with 亿 hundreds of
 * millions, as the plan writes it).
 */
export const UNITS: readonly (readonly [zh: string, en: string, scale: number, base: string])[] = [
  ['万平方米', '10,000 m²', 1e4, 'm²'],
  ['平方米', 'm²', 1, 'm²'],
  ['万千瓦', '10,000 kW', 1e4, 'kW'],
  ['万人次', '10,000 person-times', 1e4, 'person-times'],
  ['万亩', '10,000 mu', 1e4, 'mu'],
  ['万吨', '10,000 t', 1e4, 't'],
  ['万个', '10,000', 1e4, ''],
  ['万张', '10,000 beds', 1e4, 'beds'],
  ['万户', '10,000 households', 1e4, 'households'],
  ['万套', '10,000 homes', 1e4, 'homes'],
  ['万人', '10,000 people', 1e4, 'people'],
  ['亿元', '100 million yuan', 1e8, 'yuan'],
  ['亿方', '100 million m³', 1e8, 'm³'],
  ['公里', 'km', 1, 'km'],
  ['分钟', 'minutes', 1, 'minutes'],
  ['小时', 'hours', 1, 'hours'],
  ['%', '%', 1, '%'],
  ['个', '', 1, ''],
  ['座', '', 1, ''],
  ['家', '', 1, ''],
  ['张', 'beds', 1, 'beds'],
  ['户', 'households', 1, 'households'],
  ['人', 'people', 1, 'people'],
  ['年', 'years', 1, 'years'],
];

export const EXCLUSION_RULES = ['name', 'line', 'ordinal', 'formula', 'year'] as const;
export type ExclusionRule = (typeof EXCLUSION_RULES)[number];

export const QUALIFIERS = ['at-least', 'about', 'over'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A span of a unit's text (UTF-16 offsets, end exclusive) and its words. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

/** A number with a unit: a candidate target. */
export interface Candidate {
  clause: string;
  /** The number and its unit, e.g. 960公里. */
  value: TextRange;
  /** The number as written (`960`, `5-10`, `1/3`) and its unit (`''` for a fraction). */
  number: string;
  unit: string;
  /** The phrase it sits in. */
  quote: TextRange;
  year: number | null;
  qualifier: Qualifier | null;
}

export interface Extraction {
  candidates: Candidate[];
  /** Numbers that are not quantities, with the rule that says so. */
  excluded: { clause: string; value: TextRange; rule: ExclusionRule }[];
  /** Numbers with no unit the rule knows (each stops the build). */
  unknown: { clause: string; value: TextRange }[];
}

const NUMBER_RE = /\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?|\/\d+)?/g;
const PHRASE_MARKS = ',;:。,;:';
const SENTENCE_MARKS = '。;;';

/** Why the number at `start`–`end` of `text` is not a quantity, or null when it may be one. */
export function exclusionOf(text: string, start: number, end: number): ExclusionRule | null {
  const before = text[start - 1] ?? '';
  const after = text.slice(end);
  if (/[A-Za-z]/.test(before) || /^[A-Za-z]/.test(after)) return 'name';
  if (after.startsWith('号线')) return 'line';
  if (before === '第') return 'ordinal';
  if (/[+×]/.test(before) || /^[+×]/.test(after)) return 'formula';
  if (end - start === 4 && /^\d{4}$/.test(text.slice(start, end)) && after.startsWith('年')) return 'year';
  return null;
}

/** The phrase around `start`–`end`: from after the punctuation mark before it to before the one after it. */
export function phraseAround(text: string, start: number, end: number): TextRange {
  let a = start;
  while (a > 0 && !PHRASE_MARKS.includes(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !PHRASE_MARKS.includes(text[b]!)) b++;
  return { start: a, end: b, text: text.slice(a, b) };
}

/** The year the sentence sets before `at` (the last `dddd年` since the sentence began), or null. */
export function yearBefore(text: string, at: number): number | null {
  let a = at;
  while (a > 0 && !SENTENCE_MARKS.includes(text[a - 1]!)) a--;
  const years = [...text.slice(a, at).matchAll(/(\d{4})年/g)];
  const last = years.at(-1);
  return last ? Number(last[1]) : null;
}

/** 以上 or 左右 after the value (or after a parenthesis that follows it), 约, 超过 or 不低于 before it. */
export function qualifierOf(text: string, start: number, end: number): Qualifier | null {
  const rest = text.slice(end).replace(/^[((][^))]*[))]/, '');
  const after = rest.slice(0, 2);
  const before = text.slice(Math.max(0, start - 3), start);
  if (after === '以上' || before.endsWith('不低于')) return 'at-least';
  if (after === '左右' || before.endsWith('约')) return 'about';
  if (before.endsWith('超过')) return 'over';
  return null;
}

function unitAt(text: string, at: number): string | null {
  for (const [u] of UNITS) if (text.startsWith(u, at)) return u;
  return null;
}

/** Every number of `units`' texts, classified by the rule above. */
export function extractTargets(units: readonly Pick<ClauseUnit, 'id' | 'text'>[]): Extraction {
  const out: Extraction = { candidates: [], excluded: [], unknown: [] };
  for (const u of units) {
    for (const m of u.text.matchAll(NUMBER_RE)) {
      const start = m.index;
      const numEnd = start + m[0].length;
      const rule = exclusionOf(u.text, start, numEnd);
      const range = (end: number): TextRange => ({ start, end, text: u.text.slice(start, end) });
      if (rule) {
        out.excluded.push({ clause: u.id, value: range(numEnd), rule });
        continue;
      }
      const unit = m[0].includes('/') ? '' : unitAt(u.text, numEnd);
      if (unit === null) {
        out.unknown.push({ clause: u.id, value: range(numEnd) });
        continue;
      }
      const end = numEnd + unit.length;
      out.candidates.push({
        clause: u.id,
        value: range(end),
        number: m[0],
        unit,
        quote: phraseAround(u.text, start, end),
        year: yearBefore(u.text, start),
        qualifier: qualifierOf(u.text, start, end),
      });
    }
  }
  return out;
}

/** A unit of UNITS in English: its name (a fraction's is `share`), its scale and its base unit. */
export function unitEn(unit: string): { unit_en: string; scale: number; base_en: string } {
  if (unit === '') return { unit_en: 'share', scale: 1, base_en: '' };
  const u = UNITS.find(([zh]) => zh === unit);
  return u ? { unit_en: u[1], scale: u[2], base_en: u[3] } : { unit_en: unit, scale: 1, base_en: unit };
}
