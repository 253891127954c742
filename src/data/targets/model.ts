// The plan's quantitative targets as the build serves them (data/<plan>/targets.json) and the app reads them: each
// quoted from its clause at its offsets, with its value, unit and year, the places it names and, where a source
// reports one, its outcome with the source records. Pure declarations and functions, no DOM.

import type { SourceRecord } from '../types';

/** A span of a unit's text (UTF-16 offsets, end exclusive) and its words, the plan's exactly. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

export type Qualifier = 'at-least' | 'about' | 'over';

/** What a source reports of a target: the value in the target's unit, as of a date, with its sources. */
export interface Outcome<S = SourceRecord> {
  value: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD: when the figure stood. */
  date: string;
  /** The reported figure in words, each language (the source's figure, not the plan's words). */
  text_zh: string;
  text_en: string;
  sources: S[];
  note_zh?: string;
  note_en?: string;
}

export interface Target<S = SourceRecord> {
  /** `<clause>-<n>`: the n-th target of the clause, in the text's order. */
  id: string;
  clause: string;
  /** The chapter's id (`10` … `15`), for grouping. */
  chapter: string;
  /** The phrase the target sits in (highlighted in the reader) and its number with its unit. */
  quote: TextRange;
  value: TextRange;
  /** The number as written (`960`, `5-10`, `1/3`), as a number when it is one, and its unit (`''`: a share). */
  number: string;
  amount: number | null;
  unit: string;
  /** The unit in English (`10,000 mu`), and the value's scale to its base unit (`24万亩` is 24 × 10,000 mu). */
  unit_en: string;
  scale: number;
  base_en: string;
  qualifier: Qualifier | null;
  /** The year the target is set for, when the text gives one. */
  year: number | null;
  /** An unofficial English translation of the quote (shown marked as such). */
  gloss_en: string;
  /** Ids of the places the target is about. */
  places: string[];
  outcome?: Outcome<S>;
}

/** A number with a unit in the text that is not a target, and why (open data: every number is accounted for). */
export interface NotTarget {
  clause: string;
  value: TextRange;
  why_zh: string;
  why_en: string;
}

export interface TargetsData {
  targets: Target[];
  not_targets: NotTarget[];
}

/** The number as a number: `960` → 960, `17.8` → 17.8, `1/3` → 0.333…; a range (`5-10`) is none. */
export function amountOf(number: string): number | null {
  if (/^\d+(\.\d+)?$/.test(number)) return Number(number);
  const f = /^(\d+)\/(\d+)$/.exec(number);
  return f ? Number(f[1]) / Number(f[2]) : null;
}
