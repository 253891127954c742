// The shapes of the mention index's rules and of what the scan reads, shared by the engine (engine.ts), the
// helpers rules are written with (when.ts) and each plan's rules (content/<plan>/mention-rules/). Nothing here is
// specific to one plan: a plan gives its MentionRules, the engine reads its text with them.

import type { PlaceProperties } from '../../../src/data/types';
import type { Mention, MentionIndex, Via } from '../../../src/data/mentions';

// The shapes of data/mentions.json are the app's (src/data/mentions.ts): one definition for both sides.
export type { Mention, MentionIndex, Via };

/** What the index needs of a feature (a PlaceFeature has it). */
export interface PlaceFeatureLike {
  properties: Pick<PlaceProperties, 'id' | 'name_zh' | 'aliases' | 'kind' | 'theme' | 'groups'>;
}

/**
 * Which feature(s) a rule means: every condition given must hold. Rules name places by what they are (kind, group,
 * theme, part of the name) rather than by id, so that they survive a renamed id; a rule that finds no feature is
 * reported by `findMatches` (`unresolved`).
 */
export interface Selector {
  id?: string;
  /** Exactly the name_zh or one of the aliases. */
  name?: string;
  /** Part of the name_zh or of an alias. */
  nameIncludes?: string;
  group?: string;
  kind?: string;
  /** A theme's id (themes are a plan's own). */
  theme?: string;
}

/** What a context rule decides: the place(s) meant, NOT_A_PLACE, or null when the rule does not apply. */
export type RuleResult = Selector | readonly Selector[];

export interface ContextRule {
  /** The ambiguous short name. */
  term: string;
  /** `before`/`after`: the unit's text before and after the term; `clauseId`: the unit's id. */
  when: (before: string, after: string, clauseId: string) => RuleResult | null;
  why: string;
}

export interface GroupTerm {
  term: string;
  /** Members are the features in any of these groups … */
  groups: readonly string[];
  /** … that are also in this group (when given) … */
  alsoIn?: string;
  /** … and of one of these kinds (when given). */
  kinds?: readonly string[];
  why: string;
}

/** How a name joining places is split into its parts (外滩-陆家嘴-北外滩: `-`). */
export interface HyphenParts {
  readonly separator: string;
  readonly why: string;
}

/** A plan's reading rules: everything the engine needs besides the text and the features. */
export interface MentionRules {
  /** Ambiguous short names, decided by context; the rows of one term are tried in order. */
  context: readonly ContextRule[];
  /** Terms that mention every member of a group. */
  groups: readonly GroupTerm[];
  hyphenParts: HyphenParts;
}

export type Reading = 'name' | 'rule' | 'group' | 'not-a-place' | 'undecided';

/** One matched term: what the scan read at a position, for the index, the tests and the report. */
export interface Match {
  clause: string;
  start: number;
  end: number;
  text: string;
  reading: Reading;
  /** The rule or group term that decided it (for rule, group and not-a-place readings). */
  rule?: ContextRule | GroupTerm;
  links: { id: string; via: Via }[];
  /** Selectors of the deciding rule that found no feature. */
  unresolved?: Selector[];
}
