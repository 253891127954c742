// The curated facts of the compare view (content/<plan>/compare/*.json), read and checked: the file's shape (every
// figure cites its source records, says whether they were verified and whether the value is derived; a missing
// figure says what is known), one entry for
// each town of the plan's compare config, and every quote the plan's exact text at its offsets.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROW_KINDS, type CompareConfig } from '../../../src/data/compare/config';
import { FIGURE_UNITS, type Quote, type SourcedFigure, type Strength } from '../../../src/data/compare/model';
import { KEBAB_RE } from '../../../src/data/feature-schema';
import type { ClauseUnit, SourceRecord } from '../../../src/data/types';

const quoteSchema = z.strictObject({
  clause: z.string().regex(/^\d+(\.\d+)*$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
});

const figureSchema = z
  .strictObject({
    value: z.number().positive().nullable(),
    unit: z.enum(FIGURE_UNITS, { error: `must be one of ${FIGURE_UNITS.join(', ')}` }),
    text_zh: z.string(),
    text_en: z.string(),
    sources: z.array(z.string().regex(KEBAB_RE)).min(1, { error: 'must cite the document that states it' }),
    verified: z.boolean({ error: 'must say whether a trustworthy copy of its source was read' }),
    derived: z.boolean({ error: 'must say whether the value is computed from its sources’ figures' }),
    note_zh: z.string().min(1).exactOptional(),
    note_en: z.string().min(1).exactOptional(),
  })
  .refine((f) => f.value === null || (f.text_zh.length > 0 && f.text_en.length > 0), {
    error: 'a figure needs its text in both languages',
  })
  .refine((f) => f.value !== null || !!f.note_zh, {
    error: 'a missing figure needs a note saying what is known',
  })
  .refine((f) => (f.note_zh === undefined) === (f.note_en === undefined), {
    error: 'note_zh and note_en: give both or neither',
  });

/** A caveat on a town's value in a row, in both languages. */
const rowNoteSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** The file's shape, for the towns of one config: one entry per town, in any order. */
function contentSchema(config: CompareConfig) {
  const keys = config.towns.map((t) => t.key);
  return z.strictObject({
    $comment: z.string(),
    shared: z.strictObject({
      millionTarget: quoteSchema,
      regionalLinkage: quoteSchema,
      aggregate2025: figureSchema,
    }),
    towns: z
      .array(
        z.strictObject({
          key: z
            .string()
            .refine((k) => keys.includes(k), { error: `not a town of the config (${keys.join(', ')})` }),
          rowNotes: z.partialRecord(z.enum(ROW_KINDS), rowNoteSchema).exactOptional(),
          positioning: quoteSchema,
          industries: z.array(quoteSchema).min(1),
          linkages: z.array(quoteSchema),
          area: figureSchema,
          population: z.strictObject({ '2025': figureSchema, '2035': figureSchema }),
          delivered: z.strictObject({ population: figureSchema }),
        }),
      )
      .length(keys.length),
  });
}

export type CompareContent = z.infer<ReturnType<typeof contentSchema>>;

export type CuratedFigure = z.infer<typeof figureSchema>;

/** How far a figure can be trusted: derived, or the kind of its first source. */
export function strengthOf(f: CuratedFigure, sources: readonly SourceRecord[]): Strength {
  if (f.derived) return 'derived';
  const kind = sources[0]?.kind ?? 'secondary';
  return kind === 'dataset' ? 'secondary' : kind;
}

/** A curated figure as served: its source ids replaced by their records (an unknown id is a problem). */
export function figure(
  f: CuratedFigure,
  records: ReadonlyMap<string, SourceRecord>,
  where: string,
  problems: string[],
): SourcedFigure {
  const sources: SourceRecord[] = [];
  for (const id of f.sources) {
    const r = records.get(id);
    if (r) sources.push(r);
    else problems.push(`${where}.sources: no source record ${JSON.stringify(id)}`);
  }
  return { ...f, sources, strength: strengthOf(f, sources) };
}

/** Reads and checks the curated facts at `file` (relative to `root`) for the towns of `config`. */
export function readCompareContent(root: string, file: string, config: CompareConfig): CompareContent {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const parsed = contentSchema(config).safeParse(JSON.parse(text));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${file}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`compare: invalid curated facts\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Problems with a quote: not the plan's text at its offsets, or outside the passage it must lie in. */
export function checkQuote(
  q: Quote,
  units: ReadonlyMap<string, ClauseUnit>,
  where: string,
  within?: Quote,
): string[] {
  const unit = units.get(q.clause);
  if (!unit) return [`${where}: no unit ${q.clause}`];
  const actual = unit.text.slice(q.start, q.end);
  if (actual !== q.text)
    return [`${where}: ${q.clause}[${q.start}, ${q.end}) reads “${actual}”, not “${q.text}”`];
  if (within && (q.clause !== within.clause || q.start < within.start || q.end > within.end))
    return [`${where}: “${q.text}” is not inside ${within.clause}[${within.start}, ${within.end})`];
  return [];
}

/** Problems with a config: duplicate town keys, feature ids or row ids, fewer than two towns, no rows. */
export function checkConfig(config: CompareConfig): string[] {
  const dup = (what: string, list: readonly string[]) =>
    list.filter((x, i) => list.indexOf(x) !== i).map((x) => `config: ${what} ${x} appears twice`);
  return [
    ...(config.towns.length < 2 ? ['config: fewer than two towns'] : []),
    ...(config.rows.length < 1 ? ['config: no rows'] : []),
    ...(config.nearKm > 0 ? [] : ['config: nearKm must be positive']),
    ...(/^\d{4}-(0[1-9]|1[0-2])$/.test(config.deliveredBy) ? [] : ['config: deliveredBy must be YYYY-MM']),
    ...dup(
      'town key',
      config.towns.map((t) => t.key),
    ),
    ...dup(
      'town id',
      config.towns.map((t) => t.id),
    ),
    ...dup(
      'row',
      config.rows.map((r) => r.id),
    ),
  ];
}
