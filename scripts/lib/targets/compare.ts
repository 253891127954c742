// The curated targets against the text, both ways: every number with a unit the rule finds in the text
// (./extract.ts) is in the curated list, as a target or as a number that is not one (with the reason), and every
// entry of the list is such a number of the text, at its offsets, with its words. A target cannot be left out, nor
// one kept that the text no longer states, without the build saying so, naming the clause and the span.

import type { Candidate, TextRange } from './extract';

/** What the comparison needs of a curated entry: where it says the number is, and its label in messages. */
export interface CuratedEntry {
  /** The entry's path in the file, e.g. `targets[3]` or `not_targets[0]`. */
  path: string;
  clause: string;
  value: TextRange;
  /** For a target: its number and unit as curated (checked against the text's). */
  number?: string;
  unit?: string;
}

const key = (clause: string, r: { start: number; end: number }) => `${clause}:${r.start}-${r.end}`;

/** The problems, each naming the file, the clause and the span: none when the list and the text agree. */
export function compareTargets(
  file: string,
  candidates: readonly Candidate[],
  curated: readonly CuratedEntry[],
): string[] {
  const problems: string[] = [];
  const found = new Map(candidates.map((c) => [key(c.clause, c.value), c]));
  const listed = new Map<string, CuratedEntry>();
  for (const e of curated) {
    const k = key(e.clause, e.value);
    const first = listed.get(k);
    if (first) {
      problems.push(
        `${file}: ${e.path}: clause ${e.clause} ${e.value.start}–${e.value.end} is listed twice (also ${first.path})`,
      );
      continue;
    }
    listed.set(k, e);
    const c = found.get(k);
    if (!c) {
      problems.push(
        `${file}: ${e.path}: the text of clause ${e.clause} has no number with a unit at ${e.value.start}–${e.value.end} ` +
          `(the list says 「${e.value.text}」): remove the entry or correct its offsets`,
      );
      continue;
    }
    if (c.value.text !== e.value.text)
      problems.push(
        `${file}: ${e.path}.value.text: 「${e.value.text}」, but the text reads 「${c.value.text}」`,
      );
    if (e.number !== undefined && e.number !== c.number)
      problems.push(`${file}: ${e.path}.number: ${e.number}, but the text reads ${c.number}`);
    if (e.unit !== undefined && e.unit !== c.unit)
      problems.push(`${file}: ${e.path}.unit: 「${e.unit}」, but the text reads 「${c.unit}」`);
  }
  for (const c of candidates) {
    if (listed.has(key(c.clause, c.value))) continue;
    problems.push(
      `${file}: clause ${c.clause} ${c.value.start}–${c.value.end}: the text states 「${c.value.text}」 in 「${c.quote.text}」, ` +
        'which the list lacks: add it to targets, or to not_targets with the reason',
    );
  }
  return problems;
}
