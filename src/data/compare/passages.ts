// What follows from the plan's text and the mention index alone: each town's passage of the clause that positions
// the towns (from its name to the next town's), the places a passage names, and the clauses that mention a place.
// Pure functions, used by the build (scripts/lib/compare/).

import { placeClauses, type Mention, type MentionIndex } from '../mentions';
import type { ClauseUnit } from '../types';
import type { CompareTown } from './config';
import type { Quote, TownKey } from './model';

/**
 * Each town's passage of `unit`: from its name (its first mention by name) to the next town's name, or the end.
 * Throws when a town is not named in the clause.
 */
export function townPassages(
  unit: ClauseUnit,
  mentions: MentionIndex,
  towns: readonly CompareTown[],
): Map<TownKey, Quote> {
  const starts = towns
    .map(({ key, id }) => {
      const m = (mentions[id] ?? []).find((x) => x.clause === unit.id && x.via === 'name');
      if (!m) throw new Error(`compare: ${id} is not named in ${unit.id}`);
      return { key, start: m.start };
    })
    .sort((a, b) => a.start - b.start);
  const out = new Map<TownKey, Quote>();
  starts.forEach(({ key, start }, i) => {
    const end = starts[i + 1]?.start ?? unit.text.length;
    out.set(key, { clause: unit.id, start, end, text: unit.text.slice(start, end) });
  });
  return out;
}

/** Places mentioned (by name or alias, not as a group) inside a passage, with the mention's exact text. */
export function placesInPassage(passage: Quote, mentions: MentionIndex): { id: string; quote: Quote }[] {
  const out: { id: string; quote: Quote }[] = [];
  for (const [id, list] of Object.entries(mentions)) {
    const m = list.find(
      (x) =>
        x.clause === passage.clause && x.via !== 'group' && x.start >= passage.start && x.end <= passage.end,
    );
    if (m) out.push({ id, quote: { clause: m.clause, start: m.start, end: m.end, text: m.text } });
  }
  return out.sort((a, b) => a.quote.start - b.quote.start || a.id.localeCompare(b.id));
}

/** The clauses naming a place directly, and those naming it only through a group term, each in plan order. */
export function clauseLists(
  list: readonly Mention[],
  order: ReadonlyMap<string, number>,
): { direct: string[]; group: string[] } {
  const { direct, group } = placeClauses(list, order);
  return { direct: direct.map(([id]) => id), group: group.map(([id]) => id) };
}
