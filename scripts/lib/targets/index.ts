// A plan's curated targets (content/<plan>/targets.json, optional per plan), read and checked at build time: the
// file's shape, every quote and value the plan's exact words at their offsets, every place and source it names
// known, and the list against the text both ways (./compare.ts over the rule of ./extract.ts). Served as
// data/<plan>/targets.json, with each outcome's source records.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KEBAB_RE } from '../../../src/data/feature-schema';
import { formatPath } from '../../../src/data/json-path';
import { amountOf, type Target, type TargetsData } from '../../../src/data/targets/model';
import type { ClauseUnit, SourceRecord } from '../../../src/data/types';
import { recordsOf } from '../sources';
import { compareTargets, type CuratedEntry } from './compare';
import { extractTargets, unitEn, type Candidate } from './extract';

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const text = () => z.string().regex(/\S/, { error: 'must not be empty' });
const range = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: text(),
});
const clauseId = z.string().regex(/^\d+(\.\d+)*$/, { error: 'must be a unit id of the plan, e.g. 12.1.1' });

const outcomeSchema = z
  .strictObject({
    value: z.number().nonnegative(),
    date: z.string().regex(DATE_RE, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }),
    text_zh: text(),
    text_en: text(),
    sources: z.array(z.string().regex(KEBAB_RE)).min(1, { error: 'must cite the source that reports it' }),
    note_zh: text().exactOptional(),
    note_en: text().exactOptional(),
  })
  .refine((o) => (o.note_zh === undefined) === (o.note_en === undefined), {
    error: 'note_zh and note_en: give both or neither',
    path: ['note_zh'],
  });

const targetSchema = z.strictObject({
  id: z.string().regex(/^\d+(\.\d+)*-\d+$/, { error: 'must be <clause>-<n>, e.g. 12.1.1-1' }),
  clause: clauseId,
  quote: range,
  value: range,
  number: z.string(),
  unit: z.string(),
  year: z.number().int().min(1990).max(2100).nullable(),
  gloss_en: text(),
  places: z.array(z.string().regex(KEBAB_RE)),
  outcome: outcomeSchema.exactOptional(),
});

const fileSchema = z.strictObject({
  $comment: z.string().exactOptional(),
  targets: z.array(targetSchema),
  not_targets: z.array(z.strictObject({ clause: clauseId, value: range, why_zh: text(), why_en: text() })),
});

type Curated = z.infer<typeof fileSchema>;

export interface TargetRefs {
  units: readonly ClauseUnit[];
  places: ReadonlySet<string>;
  sources: ReadonlyMap<string, SourceRecord>;
}

/** The problems of one target beyond its shape: its clause, its words at their offsets, its places and sources. */
function targetProblems(
  file: string,
  i: number,
  t: Curated['targets'][number],
  refs: TargetRefs,
  byId: Map<string, ClauseUnit>,
): string[] {
  const at = `${file}: targets[${i}]`;
  const unit = byId.get(t.clause);
  if (!unit) return [`${at}.clause: the plan has no unit ${t.clause}`];
  const out: string[] = [];
  if (!t.id.startsWith(`${t.clause}-`))
    out.push(`${at}.id: ${t.id} does not start with its clause ${t.clause}-`);
  for (const k of ['quote', 'value'] as const) {
    const r = t[k];
    const words = unit.text.slice(r.start, r.end);
    if (words !== r.text)
      out.push(
        `${at}.${k}: 「${r.text}」 at ${r.start}–${r.end}, but clause ${t.clause} reads 「${words}」 there`,
      );
  }
  if (t.value.start < t.quote.start || t.value.end > t.quote.end)
    out.push(`${at}.quote: does not contain the value 「${t.value.text}」`);
  if (t.number + t.unit !== t.value.text)
    out.push(`${at}: number and unit 「${t.number}${t.unit}」 are not the value 「${t.value.text}」`);
  for (const d of unit.damaged)
    if (d.start < t.quote.end && t.quote.start < d.end)
      out.push(`${at}.quote: overlaps a damaged passage of ${t.clause}`);
  t.places.forEach((p, k) => {
    if (!refs.places.has(p)) out.push(`${at}.places[${k}]: no place ${p}`);
  });
  t.outcome?.sources.forEach((s, k) => {
    if (!refs.sources.has(s)) out.push(`${at}.outcome.sources[${k}]: no source record ${s}`);
  });
  return out;
}

export interface LoadedTargets {
  data: TargetsData;
  /** The source ids the outcomes cite. */
  cited: string[];
  errors: string[];
}

/** The curated targets of `file` checked against the plan's text, places and sources. */
export function loadTargets(root: string, file: string, refs: TargetRefs): LoadedTargets {
  const empty: LoadedTargets = { data: { targets: [], not_targets: [] }, cited: [], errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  } catch (err) {
    return { ...empty, errors: [`${file}: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map(
      (i) =>
        `${file}: ${formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol'))}: ${i.message}`,
    );
    return { ...empty, errors };
  }
  const curated = parsed.data;
  const byId = new Map(refs.units.map((u) => [u.id, u]));
  const errors: string[] = [];
  const ids = new Set<string>();
  curated.targets.forEach((t, i) => {
    if (ids.has(t.id)) errors.push(`${file}: targets[${i}].id: ${t.id} is used twice`);
    ids.add(t.id);
    errors.push(...targetProblems(file, i, t, refs, byId));
  });
  curated.not_targets.forEach((n, i) => {
    if (!byId.has(n.clause))
      errors.push(`${file}: not_targets[${i}].clause: the plan has no unit ${n.clause}`);
  });
  const extraction = extractTargets(refs.units);
  errors.push(
    ...extraction.unknown.map(
      (u) =>
        `${file}: clause ${u.clause} ${u.value.start}–${u.value.end}: the number 「${u.value.text}」 has no unit the target rule knows ` +
        '(scripts/lib/targets/extract.ts, UNITS) and is no name, line, ordinal, formula or year: extend the rule',
    ),
  );
  const entries: CuratedEntry[] = [
    ...curated.targets.map((t, i) => ({
      path: `targets[${i}]`,
      clause: t.clause,
      value: t.value,
      number: t.number,
      unit: t.unit,
    })),
    ...curated.not_targets.map((n, i) => ({ path: `not_targets[${i}]`, clause: n.clause, value: n.value })),
  ];
  errors.push(...compareTargets(file, extraction.candidates, entries));
  if (errors.length) return { ...empty, errors };
  const found = new Map(extraction.candidates.map((c) => [`${c.clause}:${c.value.start}`, c]));
  const targets = curated.targets.map((t) =>
    served(t, found.get(`${t.clause}:${t.value.start}`)!, byId.get(t.clause)!, refs),
  );
  const cited = curated.targets.flatMap((t) => t.outcome?.sources ?? []);
  return { data: { targets, not_targets: curated.not_targets }, cited, errors: [] };
}

function served(t: Curated['targets'][number], c: Candidate, unit: ClauseUnit, refs: TargetRefs): Target {
  const { outcome, ...rest } = t;
  return {
    ...rest,
    chapter: unit.chapter.id,
    amount: amountOf(t.number),
    ...unitEn(t.unit),
    qualifier: c.qualifier,
    ...(outcome ? { outcome: { ...outcome, sources: recordsOf(outcome.sources, refs.sources) } } : {}),
  };
}
