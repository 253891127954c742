// One search index for the plan's clauses now and its places later: pure code, runs in the browser and in Node.
// Chinese matches by Intl.Segmenter words plus character 1-3-grams (so partial names match), Latin by lower-cased
// words and their prefixes. Exact occurrences of the query rank first, then BM25 over words and n-grams.
import type { ClauseUnit, PlaceProperties } from './types';

export type SearchDocType = 'clause' | 'place';

export interface SearchDoc {
  id: string;
  type: SearchDocType;
  /** Clause: its lead; place: its Chinese name. Matches here weigh more than in `text`. */
  title: string;
  text: string;
  /** More names (place aliases, English name) or keywords. */
  extra?: string[];
  /** Of `extra`, those that are the place's name as much as `title` is (its English name); the others are aliases. */
  names?: string[];
  /** How much the plan says of a place (the clauses that name it): of places matching a query alike, more first. */
  prominence?: number;
  /** Score multiplier, default 1. */
  boost?: number;
}

export interface SearchHit {
  id: string;
  type: SearchDocType;
  score: number;
  /** About 60 characters of `text` around the best match; highlight ranges are offsets into `snippet.text`. */
  snippet: { text: string; highlights: [number, number][] };
}

export interface IndexedDoc {
  doc: SearchDoc;
  /** Normalised fields, same length as the originals (offsets carry over). */
  title: string;
  text: string;
  extra: string[];
  /** Normalised `doc.names`. */
  names: string[];
  len: number;
}

export interface SearchIndex {
  readonly docs: readonly IndexedDoc[];
  readonly postings: ReadonlyMap<string, readonly { d: number; tf: number }[]>;
  readonly avgLen: number;
}

const SNIPPET_LEN = 60;
const K1 = 1.2;
const B = 0.75;
/** Weight of the exact query string relative to one word or n-gram term. */
const PHRASE_WEIGHT = 8;
const FIELD_WEIGHT = { title: 3, extra: 2, text: 1 } as const;
const TERM_WEIGHT: Record<string, number> = { w: 1, p: 0.6, g3: 1, g2: 0.8, g1: 0.25 };

let segmenter: Intl.Segmenter | null | undefined;
function words(s: string): string[] {
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (const seg of segmenter.segment(s)) if (seg.isWordLike) out.push(seg.segment);
  return out;
}

/** Full-width ASCII to ASCII, ideographic space to space, lower case; keeps the length so offsets carry over. */
export function normalize(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const n = c >= 0xff01 && c <= 0xff5e ? String.fromCodePoint(c - 0xfee0) : c === 0x3000 ? ' ' : ch;
    const lower = n.toLowerCase();
    out += lower.length === n.length ? lower : n;
  }
  return out;
}

const HAN_RUN = /[\p{Script=Han}0-9]+/gu;
const LATIN = /^[\p{L}\p{N}]*\p{Script=Latin}[\p{L}\p{N}]*$/u;

/** Terms of a normalised string with their counts: `w:` words, `p:` Latin prefixes, `gN:` Han n-grams. */
function terms(s: string, weight: number, into = new Map<string, number>()): Map<string, number> {
  const add = (t: string): void => void into.set(t, (into.get(t) ?? 0) + weight);
  for (const w of words(s)) {
    if (w.length > 1 || LATIN.test(w)) add(`w:${w}`);
    if (LATIN.test(w)) for (let k = 2; k < w.length; k++) add(`p:${w.slice(0, k)}`);
  }
  for (const [run] of s.matchAll(HAN_RUN)) {
    for (let n = 1; n <= 3; n++)
      for (let i = 0; i + n <= run.length; i++) add(`g${n}:${run.slice(i, i + n)}`);
  }
  return into;
}

export function buildIndex(docs: SearchDoc[]): SearchIndex {
  const postings = new Map<string, { d: number; tf: number }[]>();
  const indexed = docs.map((doc, d): IndexedDoc => {
    const title = normalize(doc.title);
    const text = normalize(doc.text);
    const extra = (doc.extra ?? []).map(normalize);
    const tf = terms(text, FIELD_WEIGHT.text, terms(title, FIELD_WEIGHT.title));
    for (const e of extra) terms(e, FIELD_WEIGHT.extra, tf);
    for (const [t, n] of tf) {
      const list = postings.get(t) ?? [];
      list.push({ d, tf: n });
      postings.set(t, list);
    }
    const names = (doc.names ?? []).map(normalize);
    return { doc, title, text, extra, names, len: text.length + title.length + extra.join('').length };
  });
  const avgLen = indexed.reduce((sum, x) => sum + x.len, 0) / Math.max(1, indexed.length);
  return { docs: indexed, postings, avgLen };
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

function bm25(tf: number, idf: number, len: number, avgLen: number): number {
  return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avgLen));
}

const idfOf = (df: number, total: number): number => Math.log(1 + (total - df + 0.5) / (df + 0.5));

/**
 * How a place's names match the query, best first: 4 its name (Chinese or English) is the query, 3 starts with it,
 * 2 an alias is the query, 1 an alias starts with it; 0 anything else (and every clause).
 */
export function placeTier(x: IndexedDoc, q: string): number {
  if (x.doc.type !== 'place') return 0;
  const names = [x.title, ...x.names];
  const aliases = x.extra.filter((e) => !names.includes(e));
  if (names.includes(q)) return 4;
  if (names.some((n) => n.startsWith(q))) return 3;
  if (aliases.includes(q)) return 2;
  return aliases.some((n) => n.startsWith(q)) ? 1 : 0;
}

/** When the query does not occur as such: its words and every Han substring of 2+ characters. */
function partialNeedles(q: string): string[] {
  const out = words(q).filter((w) => w.length > 1 || LATIN.test(w));
  for (const [run] of q.matchAll(HAN_RUN)) {
    const r = run.slice(0, 16);
    for (let i = 0; i < r.length; i++) for (let j = i + 2; j <= r.length; j++) out.push(r.slice(i, j));
  }
  return out;
}

const byLength = (needles: string[]): string[] => [...new Set(needles)].sort((a, b) => b.length - a.length);

/** ~60 characters of `orig` (`text` normalised) around the best match; needles longest first, the first preferred. */
function snippet(text: string, orig: string, needles: string[]): SearchHit['snippet'] {
  const ranges: { a: number; b: number; whole: boolean }[] = [];
  needles.forEach((n, k) => {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      if (!ranges.some(({ a, b }) => i < b && i + n.length > a))
        ranges.push({ a: i, b: i + n.length, whole: k === 0 });
    }
  });
  ranges.sort((x, y) => x.a - y.a);
  // Best occurrence: of the first needle if it occurs, the one whose window holds the most matched characters.
  const anyWhole = ranges.some((r) => r.whole);
  let best: { a: number; b: number } | undefined;
  let bestCover = -1;
  for (const r of ranges) {
    if (anyWhole && !r.whole) continue;
    const from = r.a - SNIPPET_LEN / 3;
    const cover = ranges.reduce((s, { a, b }) => s + (a >= from && b <= from + SNIPPET_LEN ? b - a : 0), 0);
    if (cover > bestCover) [best, bestCover] = [r, cover];
  }
  const lead = best ? Math.max(0, Math.floor((SNIPPET_LEN - (best.b - best.a)) / 3)) : 0;
  const start = best ? Math.max(0, Math.min(best.a - lead, text.length - SNIPPET_LEN)) : 0;
  const end = Math.max(Math.min(text.length, start + SNIPPET_LEN), best?.b ?? 0);
  const pre = start > 0 ? '…' : '';
  const highlights = ranges
    .filter(({ a, b }) => a >= start && b <= end)
    .map(({ a, b }): [number, number] => [a - start + pre.length, b - start + pre.length]);
  return { text: pre + orig.slice(start, end) + (end < text.length ? '…' : ''), highlights };
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = normalize(query)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!q) return [];
  const total = index.docs.length;
  const scores = new Float64Array(total);
  for (const [t] of terms(q, 1)) {
    const list = index.postings.get(t);
    if (!list) continue;
    const idf = idfOf(list.length, total) * (TERM_WEIGHT[t.slice(0, t.indexOf(':'))] ?? 1);
    for (const { d, tf } of list)
      scores[d] = (scores[d] ?? 0) + bm25(tf, idf, index.docs[d]?.len ?? 0, index.avgLen);
  }
  const parts = q.split(' ').filter((p) => /[\p{L}\p{N}]/u.test(p));
  const phrases = parts.length > 1 ? [q, ...parts] : [q];
  const hits: { x: IndexedDoc; score: number; tier: number }[] = [];
  index.docs.forEach((x, d) => {
    let score = scores[d] ?? 0;
    if (score <= 0) return;
    phrases.forEach((p, i) => {
      const inExtra = x.extra.reduce((s, e) => s + count(e, p), 0);
      const tf = count(x.text, p) + FIELD_WEIGHT.title * count(x.title, p) + FIELD_WEIGHT.extra * inExtra;
      if (tf > 0) score += (i === 0 ? PHRASE_WEIGHT : PHRASE_WEIGHT / 2) * bm25(tf, 1, x.len, index.avgLen);
    });
    hits.push({ x, score: score * (x.doc.boost ?? 1), tier: placeTier(x, q) });
  });
  // Places whose names match first (by how well, then by how much the plan says of them), then by score.
  const prominence = (x: IndexedDoc) => x.doc.prominence ?? 0;
  hits.sort(
    (a, b) => b.tier - a.tier || (a.tier > 0 ? prominence(b.x) - prominence(a.x) : 0) || b.score - a.score,
  );
  const fallback = partialNeedles(q);
  return hits.slice(0, limit).map(({ x, score }) => {
    const [text, orig] = x.text ? [x.text, x.doc.text] : [x.title, x.doc.title];
    const needles = phrases.some((p) => text.includes(p)) ? phrases : fallback;
    return { id: x.doc.id, type: x.doc.type, score, snippet: snippet(text, orig, byLength(needles)) };
  });
}

/** The search document of one plan unit: its lead (clause) or heading title (intro) as title. */
export function unitSearchDoc(unit: ClauseUnit): SearchDoc {
  const title =
    unit.lead ?? (unit.kind === 'section' ? unit.section?.title.text : unit.chapter.title.text) ?? '';
  return { id: unit.id, type: 'clause', title, text: unit.text };
}

/**
 * The search document of one place: its Chinese name as title, English name and aliases as extra names, and as its
 * prominence the number of the plan's clauses that name it (from its `mentions`, data/mentions.json).
 */
export function placeSearchDoc(
  p: Pick<PlaceProperties, 'id' | 'name_zh' | 'name_en' | 'aliases'>,
  mentions: readonly { clause: string }[] = [],
): SearchDoc {
  return {
    id: p.id,
    type: 'place',
    title: p.name_zh,
    text: [p.name_zh, p.name_en, ...p.aliases].join(' · '),
    extra: [...p.aliases, p.name_en],
    names: [p.name_en],
    prominence: new Set(mentions.map((m) => m.clause)).size,
  };
}
