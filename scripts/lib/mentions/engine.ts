// The mention index, computed at build time: for every curated place, every passage of the plan that names it.
// Click a place → the clauses that name it; click a clause → the places it names. No link is written by hand: each
// comes from one of the plan's explicit rules (its MentionRules, content/<plan>/mention-rules/), and each rule is
// tested (tests/unit/mentions.test.ts). This file is the engine, the same for every plan; the rules are a parameter.
//
// How a unit's text is read (once, left to right):
//  1. At each position the candidates are every feature's name_zh and aliases, every term of `rules.context` and
//     every term of `rules.groups`. The longest candidate wins, and the scan goes on after it: a name inside a
//     longer matched name belongs to the longer one (吴淞创新城 is not 新城, 北外滩 is not 外滩, 长宁老虹桥 is not
//     虹桥).
//  2. A term of `rules.context` (an ambiguous short name: 虹桥, 张江, 临港…) is decided by its rules only, tried in
//     order: the first that applies says which place(s) it means, or that it means none. It is never read as a
//     feature's name, even when a feature has that name (张江 is the sub-centre's name_zh, but also the science
//     city's short form). A term no rule applies to is not a mention.
//  3. A term of `rules.groups` (五大新城, 一江一河, 两翼…) is a group mention of every member, `via: 'group'`, the
//     text being the group term. Members are read from the features' `groups` (and kinds), never from id lists.
//  4. A feature's name or alias is a mention of that feature (`via: 'name'` / `'alias'`); a string that is the name
//     of several features mentions each. A name joining places with hyphens (外滩-陆家嘴-北外滩) also mentions, as
//     a group, each part that is itself a feature's name (`rules.hyphenParts`).
// Offsets are UTF-16 code units into the unit's `text`, end exclusive. Every kind of unit is read (chapter intro
// `10`, section intro `10.1`, clause `10.1.1`). Distinct matches never overlap; one match may mention several
// features (a group, a compound), each recorded with the same span.

import type { ClauseUnit } from '../../../src/data/types';
import type {
  ContextRule,
  GroupTerm,
  Match,
  MentionIndex,
  MentionRules,
  PlaceFeatureLike,
  RuleResult,
  Selector,
  Via,
} from './types';

interface TermEntry {
  rules: ContextRule[];
  groups: GroupTerm[];
  names: { id: string; via: Via }[];
}

/** Every candidate term with what it may be read as, and the terms by their first unit (longest first). */
interface Lexicon {
  terms: Map<string, TermEntry>;
  index: Map<string, string[]>;
  separator: string;
}

type FeatureProps = PlaceFeatureLike['properties'];
const namesOf = (p: FeatureProps) => [p.name_zh, ...p.aliases];
const isList = (r: RuleResult): r is readonly Selector[] => Array.isArray(r);

export function selectFeatures(features: readonly PlaceFeatureLike[], s: Selector): PlaceFeatureLike[] {
  return features.filter(({ properties: p }) => {
    if (s.id !== undefined && p.id !== s.id) return false;
    if (s.kind !== undefined && p.kind !== s.kind) return false;
    if (s.theme !== undefined && p.theme !== s.theme) return false;
    if (s.group !== undefined && !p.groups.includes(s.group)) return false;
    if (s.name !== undefined && !namesOf(p).includes(s.name)) return false;
    if (s.nameIncludes !== undefined && !namesOf(p).some((n) => n.includes(s.nameIncludes!))) return false;
    return true;
  });
}

export function groupMembers(features: readonly PlaceFeatureLike[], g: GroupTerm): PlaceFeatureLike[] {
  return features.filter(
    ({ properties: p }) =>
      g.groups.some((x) => p.groups.includes(x)) &&
      (g.alsoIn === undefined || p.groups.includes(g.alsoIn)) &&
      (g.kinds === undefined || g.kinds.includes(p.kind)),
  );
}

function buildTerms(features: readonly PlaceFeatureLike[], rules: MentionRules): Map<string, TermEntry> {
  const terms = new Map<string, TermEntry>();
  const entry = (t: string) => {
    let e = terms.get(t);
    if (!e) terms.set(t, (e = { rules: [], groups: [], names: [] }));
    return e;
  };
  for (const r of rules.context) entry(r.term).rules.push(r);
  for (const g of rules.groups) entry(g.term).groups.push(g);
  for (const { properties: p } of features) {
    const own = new Set<string>();
    for (const [k, n] of namesOf(p).entries()) {
      if (n === '' || own.has(n)) continue;
      own.add(n);
      entry(n).names.push({ id: p.id, via: k === 0 ? 'name' : 'alias' });
    }
  }
  return terms;
}

/** Terms by their first UTF-16 unit, longest first. */
function byFirstUnit(terms: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of terms) {
    const k = t[0]!;
    const list = out.get(k) ?? [];
    list.push(t);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return out;
}

function buildLexicon(features: readonly PlaceFeatureLike[], rules: MentionRules): Lexicon {
  const terms = buildTerms(features, rules);
  return { terms, index: byFirstUnit(terms.keys()), separator: rules.hyphenParts.separator };
}

/** A term some context rule or group term reads (and so never read as a name). */
const isRuleEntry = (e: TermEntry | undefined) =>
  e !== undefined && (e.rules.length > 0 || e.groups.length > 0);

/** The features a term names, when it is a plain name (not a rule's or a group's term). */
function plainNames(lex: Lexicon, t: string): TermEntry['names'] {
  const e = lex.terms.get(t);
  return isRuleEntry(e) ? [] : (e?.names ?? []);
}

/** The features the parts of a hyphenated name name, other than those in `own` (the whole name's). */
function hyphenParts(lex: Lexicon, text: string, own: ReadonlySet<string>): string[] {
  const parts = text.split(lex.separator);
  if (parts.length < 2) return [];
  const ids: string[] = [];
  parts.forEach((part, k) => {
    let found = plainNames(lex, part);
    if (found.length === 0 && k === parts.length - 1) {
      const prefix = (lex.index.get(part[0] ?? '') ?? []).find(
        (t) => t.length < part.length && part.startsWith(t) && plainNames(lex, t).length > 0,
      );
      if (prefix !== undefined) found = plainNames(lex, prefix);
    }
    for (const n of found) if (!own.has(n.id)) ids.push(n.id);
  });
  return ids;
}

function link(m: Match, id: string, via: Via): void {
  if (!m.links.some((l) => l.id === id)) m.links.push({ id, via });
}

/** Reads `m` by the first of `rules` that applies; false when none does. */
function readByRules(
  m: Match,
  rules: readonly ContextRule[],
  before: string,
  after: string,
  features: readonly PlaceFeatureLike[],
): boolean {
  for (const rule of rules) {
    const result = rule.when(before, after, m.clause);
    if (result === null) continue;
    m.rule = rule;
    const selectors = isList(result) ? result : [result];
    m.reading = selectors.length === 0 ? 'not-a-place' : 'rule';
    for (const s of selectors) {
      const found = selectFeatures(features, s);
      if (found.length === 0) (m.unresolved ??= []).push(s);
      for (const f of found) link(m, f.properties.id, f.properties.name_zh === m.text ? 'name' : 'alias');
    }
    return true;
  }
  return false;
}

/** Reads `m` as a mention of every member of `g` (when there is a group term). */
function readAsGroup(m: Match, g: GroupTerm | undefined, features: readonly PlaceFeatureLike[]): void {
  if (g === undefined) return;
  m.reading = 'group';
  m.rule = g;
  const members = groupMembers(features, g);
  if (members.length === 0) m.unresolved = [{ group: g.groups.join('|') }];
  for (const f of members) link(m, f.properties.id, 'group');
}

/** Reads `m` as the name of every feature that has it, and of each hyphenated part that is a name. */
function readAsName(m: Match, e: TermEntry, lex: Lexicon): void {
  m.reading = 'name';
  for (const n of e.names) link(m, n.id, n.via);
  const own = new Set(e.names.map((n) => n.id));
  for (const id of hyphenParts(lex, m.text, own)) link(m, id, 'group');
}

/** How `term`, matched at `i` of the unit's text, is read. */
function readAt(
  lex: Lexicon,
  features: readonly PlaceFeatureLike[],
  unit: ClauseUnit,
  i: number,
  term: string,
): Match {
  const e = lex.terms.get(term)!;
  const m: Match = {
    clause: unit.id,
    start: i,
    end: i + term.length,
    text: term,
    reading: 'undecided',
    links: [],
  };
  if (isRuleEntry(e)) {
    const before = unit.text.slice(0, i);
    const after = unit.text.slice(i + term.length);
    if (!readByRules(m, e.rules, before, after, features)) readAsGroup(m, e.groups[0], features);
  } else {
    readAsName(m, e, lex);
  }
  return m;
}

/** Every term matched in the units, in document order, with how it was read. */
export function findMatches(
  units: readonly ClauseUnit[],
  features: readonly PlaceFeatureLike[],
  rules: MentionRules,
): Match[] {
  const lex = buildLexicon(features, rules);
  const matches: Match[] = [];
  for (const unit of units) {
    const text = unit.text;
    let i = 0;
    while (i < text.length) {
      const term = (lex.index.get(text[i]!) ?? []).find((t) => text.startsWith(t, i));
      if (term === undefined) {
        i++;
        continue;
      }
      matches.push(readAt(lex, features, unit, i, term));
      i += term.length;
    }
  }
  return matches;
}

/** The mention index: every feature id → its mentions in document order. */
export function computeMentions(
  units: readonly ClauseUnit[],
  features: readonly PlaceFeatureLike[],
  rules: MentionRules,
): MentionIndex {
  const index: MentionIndex = {};
  for (const f of features) index[f.properties.id] ??= [];
  for (const m of findMatches(units, features, rules)) {
    for (const l of m.links) {
      index[l.id]?.push({ clause: m.clause, via: l.via, text: m.text, start: m.start, end: m.end });
    }
  }
  return index;
}
