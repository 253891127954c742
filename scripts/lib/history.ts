// The places' status histories (geo/<plan>/history.json, keyed by place id): read and checked at build time. Every
// history starts from the plan's own status (dated the plan's month, citing the plan, the status the place is drawn
// with) and goes on in date order; every event is told in both languages and cites source records of the plan. A
// bad file stops the build with every problem named by file, place and JSON path.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KEBAB_RE, CJK_RE } from '../../src/data/feature-schema';
import { formatPath } from '../../src/data/json-path';
import { dateStart, datePrecision, drawnStatusOf } from '../../src/data/history';
import { HISTORY_STATUSES, type HistoryEvent, type Status } from '../../src/data/types';

/** Where a plan's histories are and what their first event must be. */
export interface HistoryConfig {
  /** The file, e.g. `geo/<plan>/history.json`. */
  file: string;
  /** The source id of the plan itself: every history's first event cites it. */
  planSource: string;
  /** The plan's adoption, YYYY-MM: the date of every history's first event. */
  planDate: string;
}

export interface HistoryRefs {
  /** Every place's drawn status (as of the plan), by id. */
  places: ReadonlyMap<string, Status>;
  sources: ReadonlySet<string>;
}

const eventSchema = z.strictObject(
  {
    date: z.string({ error: 'must be a date, YYYY, YYYY-MM or YYYY-MM-DD' }),
    status: z.enum(HISTORY_STATUSES, {
      error: (iss) =>
        iss.input === undefined
          ? 'missing required property'
          : `invalid value ${JSON.stringify(iss.input)}: expected one of ${HISTORY_STATUSES.join(', ')}`,
    }),
    note_zh: z.string({ error: 'missing: every event is told in Chinese and in English' }),
    note_en: z.string({ error: 'missing: every event is told in Chinese and in English' }),
    sources: z.array(z.string(), { error: 'must list the ids of the sources that report the event' }),
    partial: z.boolean().exactOptional(),
    reported: z.boolean().exactOptional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? undefined : 'an event must be an object {date, status, …}',
  },
);

const fileSchema = z.strictObject({
  $comment: z.string().exactOptional(),
  history: z.record(z.string(), z.array(z.unknown(), { error: 'a history is a list of events' })),
});

/** The status an event may set as a place's first, for each drawn status. */
const BASELINE: Readonly<Record<Status, string>> = {
  existing: 'opened or completed',
  'under-construction': 'under-construction',
  planned: 'planned',
  proposed: 'planned',
};

/** Reads and checks the histories; `history` holds those of the places whose history is valid. */
export function loadHistory(
  root: string,
  config: HistoryConfig,
  refs: HistoryRefs,
): { history: Map<string, HistoryEvent[]>; errors: string[] } {
  const file = config.file;
  const history = new Map<string, HistoryEvent[]>();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (err) {
    return { history, errors: [`${file}: ${err instanceof Error ? err.message : String(err)}`] };
  }
  return checkHistory(file, json, config, refs);
}

/** Checks a parsed history file (see `loadHistory`). */
export function checkHistory(
  file: string,
  json: unknown,
  config: Pick<HistoryConfig, 'planSource' | 'planDate'>,
  refs: HistoryRefs,
): { history: Map<string, HistoryEvent[]>; errors: string[] } {
  const history = new Map<string, HistoryEvent[]>();
  const errors: string[] = [];
  const shell = fileSchema.safeParse(json);
  if (!shell.success) {
    for (const i of shell.error.issues)
      errors.push(`${file}: ${formatPath(i.path) || '(top level)'}: ${i.message}`);
    return { history, errors };
  }
  for (const [id, raw] of Object.entries(shell.data.history)) {
    const err = (path: PropertyKey[], message: string) =>
      errors.push(`${file} (${id}): ${formatPath(['history', id, ...path])}: ${message}`);
    const before = errors.length;
    const status = refs.places.get(id);
    if (!KEBAB_RE.test(id) || status === undefined) {
      err([], `unknown place ${JSON.stringify(id)}: no place of the plan has this id`);
      continue;
    }
    if (raw.length === 0) err([], 'empty: a history starts with the plan’s own status');
    const events: HistoryEvent[] = [];
    raw.forEach((value, k) => {
      const parsed = eventSchema.safeParse(value);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          err(
            [k, ...i.path],
            i.code === 'unrecognized_keys' ? `unknown property: ${i.keys.join(', ')}` : i.message,
          );
        return;
      }
      const e = parsed.data;
      if (datePrecision(e.date) === null)
        err([k, 'date'], `${JSON.stringify(e.date)} is not a date: YYYY, YYYY-MM or YYYY-MM-DD, a real day`);
      if (!CJK_RE.test(e.note_zh))
        err([k, 'note_zh'], 'must be Chinese: every event is told in both languages');
      if (e.note_en.trim().length < 10)
        err([k, 'note_en'], 'must say the event in English (at least 10 characters)');
      if (e.sources.length === 0)
        err([k, 'sources'], 'must cite at least one source: an event without one is not added');
      e.sources.forEach((s, j) => {
        if (!refs.sources.has(s))
          err([k, 'sources', j], `unknown source ${JSON.stringify(s)}: not defined in the plan's sources`);
      });
      const prev = events.at(-1);
      if (
        prev &&
        datePrecision(e.date) &&
        datePrecision(prev.date) &&
        dateStart(e.date) < dateStart(prev.date)
      )
        err([k, 'date'], `out of order: ${e.date} comes before the previous event's ${prev.date}`);
      events.push(e);
    });
    const first = events[0];
    if (first && raw.length === events.length) {
      const want = BASELINE[status];
      const drawn = drawnStatusOf(first.status);
      if (first.date !== config.planDate || !first.sources.includes(config.planSource))
        err(
          [0],
          `the first event is the plan's own status: dated ${config.planDate} and citing ${JSON.stringify(config.planSource)}`,
        );
      if ((status === 'proposed' ? 'planned' : status) !== drawn || first.partial)
        err(
          [0, 'status'],
          `the place is drawn ${JSON.stringify(status)} as of the plan: its first event's status must be ${want}, not ${JSON.stringify(first.status)}`,
        );
    }
    if (errors.length === before) history.set(id, events);
  }
  return { history, errors };
}
