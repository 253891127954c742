// The mention index as the app uses it (data/mentions.json, computed at build time): a place's mentions, a
// clause's mentions, and the sentence around a mention.

export type Via = 'name' | 'alias' | 'group';

export interface Mention {
  /** The unit's id: `10`, `10.1`, `10.1.1`. */
  clause: string;
  via: Via;
  /** The plan's words: `unit.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** Feature id → its mentions in document order (every feature has an entry, possibly empty). */
export type MentionIndex = Record<string, Mention[]>;

export interface ClauseMention extends Mention {
  place: string;
}

export interface Mentions {
  byPlace: MentionIndex;
  /** Per clause: every mention of every place, sorted by position. */
  byClause: ReadonlyMap<string, ClauseMention[]>;
}

export function indexMentions(byPlace: MentionIndex): Mentions {
  const byClause = new Map<string, ClauseMention[]>();
  for (const [place, list] of Object.entries(byPlace)) {
    for (const m of list) {
      const arr = byClause.get(m.clause) ?? [];
      arr.push({ ...m, place });
      byClause.set(m.clause, arr);
    }
  }
  for (const arr of byClause.values())
    arr.sort((a, b) => a.start - b.start || a.place.localeCompare(b.place));
  return { byPlace, byClause };
}

/** A place's mentions grouped by clause: direct ones (name, alias) first, then group mentions, each in plan order. */
export function placeClauses(
  mentions: readonly Mention[],
  order: ReadonlyMap<string, number>,
): { direct: [string, Mention[]][]; group: [string, Mention[]][] } {
  const byClause = (list: readonly Mention[]) => {
    const m = new Map<string, Mention[]>();
    for (const x of list) m.set(x.clause, [...(m.get(x.clause) ?? []), x]);
    return [...m.entries()].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
  };
  const direct = byClause(mentions.filter((m) => m.via !== 'group'));
  const directIds = new Set(direct.map(([id]) => id));
  const group = byClause(mentions.filter((m) => m.via === 'group' && !directIds.has(m.clause)));
  return { direct, group };
}

const SENTENCE_END = /[。;;!?!?]/;

/** The sentence of `text` around [start, end): from after the previous sentence end to its own end. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1] ?? '')) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b] ?? '')) b++;
  return { start: a, end: Math.min(text.length, b + 1) };
}
