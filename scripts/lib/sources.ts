// A plan's source records (content/<plan>/sources/*.json) and vocabulary (content/<plan>/vocabulary.json): the
// documents and datasets its places and figures cite, and the labels of its kinds and groups, both languages each.
// Read and checked at build time; a record on a host the plan does not trust, a text in one language only or an id
// defined twice stops the build, naming the file and the path.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KEBAB_RE } from '../../src/data/feature-schema';
import { formatPath } from '../../src/data/json-path';
import { SOURCE_KINDS, type Label, type SourceRecord } from '../../src/data/types';

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const text = () => z.string().regex(/\S/, { error: 'must not be empty' });
const kind = z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` });
const date = z.string().regex(DATE_RE, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const readAtSchema = z.strictObject({
  site_zh: text(),
  site_en: text(),
  url,
  kind,
  date: date.exactOptional(),
});

const recordSchema = z
  .strictObject({
    kind,
    title_zh: text(),
    title_en: text(),
    publisher_zh: text(),
    publisher_en: text(),
    date: date.exactOptional(),
    url: url.exactOptional(),
    read_at: z.array(readAtSchema).min(1).exactOptional(),
    note_zh: text().exactOptional(),
    note_en: text().exactOptional(),
  })
  .refine((r) => (r.note_zh === undefined) === (r.note_en === undefined), {
    error: 'note_zh and note_en: give both or neither',
    path: ['note_zh'],
  });

const fileSchema = z.strictObject({
  $comment: z.string().exactOptional(),
  sources: z.record(z.string().regex(KEBAB_RE, { error: 'a source id is ASCII kebab-case' }), recordSchema),
});

const labelSchema = z.strictObject({ zh: text(), en: text() });
const vocabularySchema = z.strictObject({
  $comment: z.string().exactOptional(),
  kinds: z.record(z.string().regex(KEBAB_RE), labelSchema),
  groups: z.record(z.string().regex(KEBAB_RE), labelSchema),
});

export interface Vocabulary {
  kinds: Record<string, Label>;
  groups: Record<string, Label>;
}

/** The host of `u` is `host` or one of its subdomains, for a host of `hosts`. */
export function trustedHost(u: string, hosts: readonly string[]): boolean {
  const h = new URL(u).hostname.toLowerCase();
  return hosts.some((t) => h === t || h.endsWith(`.${t}`));
}

function issuesOf(file: string, error: z.ZodError): string[] {
  return error.issues.map(
    (i) =>
      `${file}: ${formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol'))}: ${i.message}`,
  );
}

function readJson(root: string, file: string): { json?: unknown; error?: string } {
  try {
    return { json: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown };
  } catch (err) {
    return { error: `${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Every record of the plan's sources folder, by id, checked; `hosts` are the hosts a url may name. */
export function loadSources(
  root: string,
  dir: string,
  hosts: readonly string[],
): { sources: Map<string, SourceRecord>; errors: string[] } {
  const sources = new Map<string, SourceRecord>();
  const where = new Map<string, string>();
  const errors: string[] = [];
  const names = readdirSync(join(root, dir))
    .filter((n) => n.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = `${dir}/${name}`;
    const read = readJson(root, file);
    if (read.error) {
      errors.push(read.error);
      continue;
    }
    const parsed = fileSchema.safeParse(read.json);
    if (!parsed.success) {
      errors.push(...issuesOf(file, parsed.error));
      continue;
    }
    for (const [id, r] of Object.entries(parsed.data.sources)) {
      const first = where.get(id);
      if (first) {
        errors.push(`${file}: sources.${id}: defined twice (also in ${first})`);
        continue;
      }
      const urls = [
        ...(r.url ? [{ path: `sources.${id}.url`, url: r.url }] : []),
        ...(r.read_at ?? []).map((a, k) => ({ path: `sources.${id}.read_at[${k}].url`, url: a.url })),
      ];
      for (const u of urls) {
        if (!trustedHost(u.url, hosts))
          errors.push(
            `${file}: ${u.path}: host ${new URL(u.url).hostname} is not one the plan trusts (its config's sourceHosts); name the original document instead`,
          );
      }
      where.set(id, file);
      sources.set(id, { id, ...r });
    }
  }
  return { sources, errors };
}

/** The plan's vocabulary, checked. */
export function loadVocabulary(root: string, file: string): { vocabulary: Vocabulary; errors: string[] } {
  const empty = { kinds: {}, groups: {} };
  const read = readJson(root, file);
  if (read.error) return { vocabulary: empty, errors: [read.error] };
  const parsed = vocabularySchema.safeParse(read.json);
  if (!parsed.success) return { vocabulary: empty, errors: issuesOf(file, parsed.error) };
  return { vocabulary: { kinds: parsed.data.kinds, groups: parsed.data.groups }, errors: [] };
}

/** Source ids that no place or figure cites: a record nobody reads is a mistake or a leftover. */
export function uncited(sources: ReadonlyMap<string, SourceRecord>, cited: ReadonlySet<string>): string[] {
  return [...sources.keys()].filter((id) => !cited.has(id));
}

/** The records of `ids`, in order (ids were checked against `sources` when the places were validated). */
export function recordsOf(
  ids: readonly string[],
  sources: ReadonlyMap<string, SourceRecord>,
): SourceRecord[] {
  return ids.map((id) => {
    const r = sources.get(id);
    if (!r) throw new Error(`unknown source ${JSON.stringify(id)}`);
    return r;
  });
}
