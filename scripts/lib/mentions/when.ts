// The helpers a plan's context rules are written with (content/<plan>/mention-rules/): each makes a rule's `when`
// from one test of the context, so that a rule reads as what it checks (followedBy(/^新片区/, …)) and the tests of
// context are written once, here, for every plan.

import type { ContextRule, RuleResult, Selector } from './types';

/** A rule's decision function: the unit's text before and after the term, and the unit's id. */
export type When = ContextRule['when'];

/** An explicit decision that this occurrence names none of the curated places. */
export const NOT_A_PLACE: readonly Selector[] = Object.freeze([]);

const LIST_ITEM = String.raw`[、和及与][\p{Script=Han}\-]{1,6}?`;

/** `after` goes on with a list of further short names (`、川沙`, `和闵行`, `、江湾-五角场`…), then `tail`. */
export function listThen(after: string, tail: string): boolean {
  return new RegExp(`^(?:${LIST_ITEM})*(?:${tail})`, 'u').test(after);
}

/** The sentence so far: `before` after its last `。` or `;`. */
export function sentenceSoFar(before: string): string {
  return before.slice(
    Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf(';')) + 1,
  );
}

/** The term is followed by `re`. */
export const followedBy =
  (re: RegExp, target: RuleResult): When =>
  (_b, a) =>
    re.test(a) ? target : null;
/** The term ends a list of short names that goes on to `tail` (a regex source): 临港、虹桥等水厂. */
export const listedBefore =
  (tail: string, target: RuleResult): When =>
  (_b, a) =>
    listThen(a, tail) ? target : null;
/** The term is preceded by `re` (tested on the unit's text before the term). */
export const precededBy =
  (re: RegExp, target: RuleResult): When =>
  (b) =>
    re.test(b) ? target : null;
/** The current sentence, up to the term, matches `re`. */
export const inSentenceWith =
  (re: RegExp, target: RuleResult): When =>
  (b) =>
    re.test(sentenceSoFar(b)) ? target : null;
/** The unit is in section `section` (or is it). */
export const inSection =
  (section: string, target: RuleResult): When =>
  (_b, _a, c) =>
    c === section || c.startsWith(`${section}.`) ? target : null;
/** Always (a term's default, last). */
export const always =
  (target: RuleResult): When =>
  () =>
    target;

/** Right after one of these names: the term is the end of that name (嘉定|新城, 川沙|副中心), read with it. */
export const endsNameOf = (names: readonly string[]) => new RegExp(`(?:${names.join('|')})$`);
