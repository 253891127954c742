// How the mention index reads Shanghai's 14th Five-Year Plan: its context rules (context.ts), its group terms
// (groups.ts) and how its hyphenated names split, as the one MentionRules the build gives the engine
// (scripts/lib/mentions/). The plan's text and places are in content/ and geo/; this is how the one names the other.

import type { HyphenParts, MentionRules } from '../../../scripts/lib/mentions';
import { CONTEXT_RULES } from './context';
import { GROUP_TERMS } from './groups';

/**
 * A name joining places with hyphens (外滩-陆家嘴-北外滩, 青草沙-陈行原水系统连通, 黄浦江-大治河) also mentions,
 * as a group, each part that is a feature's name or alias: a whole part, or a name the last part starts with
 * (陈行|原水系统连通). Ambiguous short names (CONTEXT_RULES terms) are never read this way.
 */
export const HYPHEN_PARTS: HyphenParts = {
  separator: '-',
  why: 'a hyphenated name names each of its parts',
};

export const MENTION_RULES: MentionRules = {
  context: CONTEXT_RULES,
  groups: GROUP_TERMS,
  hyphenParts: HYPHEN_PARTS,
};
