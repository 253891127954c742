// Loads the English aids for readers of the plan (content/shanghai-14fyp/translations/*.en.json: unofficial glosses of every
// heading and clause title, unofficial summaries of chapters 10 and 12) and checks them against the plan, so that a
// stale id, a missing or empty entry, or an untranslated string stops the build. Every problem is collected, each
// naming its file and key, and thrown once. The build writes the result to data/translations.en.json.

import fs from 'node:fs';
import path from 'node:path';
import type { ClauseUnit } from '../../src/data/types';

/**
 * Where a plan's English aids are (its config's `files.translations`), and the chapters whose every unit has a
 * summary. Summaries are required for these and rejected for any other chapter, so a summary is never shown for one
 * chapter while its neighbours have none by accident: extend the list (and write the summaries) to cover another.
 */
export interface TranslationFiles {
  headings: string;
  summaries: string;
  summaryChapters: readonly string[];
}
/** Bounds of a summary's length, in characters (code points). */
export const SUMMARY_MIN = 80;
export const SUMMARY_MAX = 900;

/** What the app loads in English mode: glosses keyed by chapter/section/clause id, summaries keyed by unit id. */
export type Translations = { titles: Record<string, string>; summaries: Record<string, string> };

/** One file's text, with the repository-relative name used in messages. */
export interface TranslationSource {
  file: string;
  text: string;
}

export class TranslationsError extends Error {
  readonly errors: readonly string[];

  constructor(errors: readonly string[]) {
    super(`${errors.length} problem(s) in the English translations:\n${errors.join('\n')}`);
    this.name = 'TranslationsError';
    this.errors = errors;
  }
}

type PlanUnit = Pick<ClauseUnit, 'id' | 'kind' | 'chapter' | 'section' | 'lead' | 'damaged'>;

/** Every id that needs a title gloss, in document order, with the Chinese it glosses. */
export function titleTargets(units: readonly PlanUnit[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const u of units) {
    if (!targets.has(u.chapter.id)) targets.set(u.chapter.id, u.chapter.title.text);
    if (u.section && !targets.has(u.section.id)) targets.set(u.section.id, u.section.title.text);
    if (u.kind === 'clause' && u.lead) targets.set(u.id, u.lead);
  }
  return targets;
}

/** Every unit id that needs a summary, in document order. */
export function summaryTargets(units: readonly PlanUnit[], chapters: readonly string[]): string[] {
  return units.filter((u) => chapters.includes(u.chapter.id)).map((u) => u.id);
}

// ---- JSON with positions -------------------------------------------------------------------------------------

class JsonSyntax extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** `line L, column C` (1-based) of an offset. */
function where(text: string, at: number): string {
  const before = text.slice(0, at);
  return `line ${before.split('\n').length}, column ${at - before.lastIndexOf('\n')}`;
}

/**
 * Checks JSON syntax with a position for the first error (Node's own messages do not always give one) and finds
 * duplicate keys, which JSON.parse silently resolves by keeping the last value.
 */
function scanJson(text: string): { error?: string; duplicates: string[] } {
  const duplicates: string[] = [];
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const fail = (message: string): never => {
    throw new JsonSyntax(i, i >= text.length ? 'unexpected end of input' : message);
  };
  const str = (): string => {
    const start = i++;
    for (;;) {
      if (i >= text.length) throw new JsonSyntax(start, 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('control character (such as a raw line break) inside a string');
      if (c === 0x5c) {
        i++;
        if (text.charAt(i) === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail('bad escape');
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') return void i++;
      const seen = new Set<string>();
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail(`expected a property name in double quotes, found ${show()}`);
        const keyAt = i;
        const key = str();
        const keyPath = path ? `${path}[${JSON.stringify(key)}]` : key;
        if (seen.has(key))
          duplicates.push(
            `${keyPath}: duplicate key (${where(text, keyAt)}): only its last value would be kept`,
          );
        seen.add(key);
        ws();
        if (text.charAt(i) !== ':') fail(`expected ':' after a property name, found ${show()}`);
        i++;
        value(keyPath);
        ws();
        if (text.charAt(i) === '}') return void i++;
        if (text.charAt(i) !== ',') fail(`expected ',' or '}' after a property value, found ${show()}`);
        i++;
        ws();
        if (text.charAt(i) === '}') fail('trailing comma before }');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        ws();
        if (text.charAt(i) === ']') return void i++;
        if (text.charAt(i) !== ',') fail(`expected ',' or ']' after an array element, found ${show()}`);
        i++;
        ws();
        if (text.charAt(i) === ']') fail('trailing comma before ]');
      }
    }
    if (c === '"') return void str();
    const lit = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    lit.lastIndex = i;
    if (lit.exec(text)) return void (i = lit.lastIndex);
    fail(`unexpected ${show()}`);
  };
  const show = (): string => (i >= text.length ? 'end of input' : JSON.stringify(text.charAt(i)));
  try {
    value('');
    ws();
    if (i < text.length) fail(`unexpected ${show()} after the JSON value`);
  } catch (e) {
    if (e instanceof JsonSyntax)
      return { error: `not valid JSON (${where(text, e.at)}): ${e.message}`, duplicates };
    throw e;
  }
  return { duplicates };
}

// ---- checks ----------------------------------------------------------------------------------------------------

const LATIN = /[A-Za-z]/;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses one translation file: `{ "note": "...", "<field>": { "<id>": "<English>", … } }`. Returns the entries
 * (undefined when the file cannot be used at all) and the problems, each prefixed with `<file>: `.
 */
function readEntries(
  src: TranslationSource,
  field: 'titles' | 'summaries',
): { entries?: Map<string, string>; keys?: Set<string>; errors: string[] } {
  const errors: string[] = [];
  const err = (key: string, message: string): void =>
    void errors.push(`${src.file}: ${key ? `${key}: ` : ''}${message}`);
  const text = src.text.replace(/^\uFEFF/, '');
  const scan = scanJson(text);
  if (scan.error) return { errors: [`${src.file}: ${scan.error}`] };
  for (const d of scan.duplicates) err('', d);
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) {
    err('', `expected an object { "note": …, "${field}": { "<id>": "<English>", … } }`);
    return { errors };
  }
  for (const k of Object.keys(value))
    if (k !== 'note' && k !== field) err(k, `unknown field (expected only "note" and "${field}")`);
  const note = value['note'];
  if (typeof note !== 'string' || !note.trim()) err('note', 'required: a note saying what these texts are');
  else if (!/unofficial/i.test(note)) err('note', 'must say that these texts are unofficial');
  const body = value[field];
  if (!isRecord(body)) {
    err(field, `required: an object mapping plan ids to English text`);
    return { errors };
  }
  const entries = new Map<string, string>();
  for (const [id, v] of Object.entries(body)) {
    const key = `${field}[${JSON.stringify(id)}]`;
    if (typeof v === 'string') entries.set(id, v);
    else
      err(key, `expected a string, found ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`);
  }
  return { entries, keys: new Set(Object.keys(body)), errors };
}

/** Problems common to every English string: empty, padded, or with no Latin letter (untranslated). */
function textProblem(s: string): string | undefined {
  if (!s.trim()) return 'empty string';
  if (s !== s.trim()) return 'leading or trailing whitespace';
  if (!LATIN.test(s)) return `has no Latin letters: must be English, not only Chinese (${JSON.stringify(s)})`;
  return undefined;
}

/**
 * Checks both files against the plan and returns the translations (only ids of the plan) with every problem found
 * (empty when valid). Pure: the files' text is passed in, so tests can check inline fixtures.
 */
export function checkTranslations(
  headings: TranslationSource,
  summaries: TranslationSource,
  units: readonly PlanUnit[],
  summaryChapters: readonly string[],
): { translations: Translations; errors: string[] } {
  const titles = titleTargets(units);
  const wanted = summaryTargets(units, summaryChapters);
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: Translations = { titles: {}, summaries: {} };

  const h = readEntries(headings, 'titles');
  const errors = [...h.errors];
  if (h.entries) {
    const key = (id: string): string => `${headings.file}: titles[${JSON.stringify(id)}]`;
    for (const [id, gloss] of h.entries) {
      if (!titles.has(id))
        errors.push(`${key(id)}: unknown id: not a chapter, section or clause of the plan`);
      const p = textProblem(gloss);
      if (p) errors.push(`${key(id)}: ${p}`);
    }
    for (const [id, zh] of titles) {
      const gloss = h.entries.get(id);
      if (gloss === undefined) {
        if (!h.keys?.has(id))
          errors.push(`${key(id)}: missing: every heading and clause title needs a gloss (“${zh}”)`);
      } else out.titles[id] = gloss;
    }
  }

  const s = readEntries(summaries, 'summaries');
  errors.push(...s.errors);
  if (s.entries) {
    const key = (id: string): string => `${summaries.file}: summaries[${JSON.stringify(id)}]`;
    const chapters = summaryChapters.join(' and ');
    for (const [id, summary] of s.entries) {
      const unit = byId.get(id);
      if (!unit) errors.push(`${key(id)}: unknown id: not a unit of the plan`);
      else if (!summaryChapters.includes(unit.chapter.id))
        errors.push(`${key(id)}: chapter ${unit.chapter.id} has no summaries (only chapters ${chapters} do)`);
      const p = textProblem(summary);
      const length = [...summary].length;
      if (p) errors.push(`${key(id)}: ${p}`);
      else if (length < SUMMARY_MIN || length > SUMMARY_MAX)
        errors.push(`${key(id)}: ${length} characters: a summary has ${SUMMARY_MIN} to ${SUMMARY_MAX}`);
      if (unit?.damaged.length && !/damaged/i.test(summary))
        errors.push(
          `${key(id)}: the unit has a damaged passage: the summary must say so (“damaged in the text as obtained”)`,
        );
    }
    for (const id of wanted) {
      const summary = s.entries.get(id);
      if (summary === undefined) {
        if (!s.keys?.has(id))
          errors.push(`${key(id)}: missing: every unit of chapters ${chapters} needs a summary`);
      } else out.summaries[id] = summary;
    }
  }
  return { translations: out, errors };
}

/** Reads and checks both files; throws one TranslationsError listing every problem. */
export function loadTranslations(
  repoRoot: string,
  units: readonly PlanUnit[],
  files: TranslationFiles,
): Translations {
  const read = (file: string): TranslationSource | string => {
    try {
      return { file, text: fs.readFileSync(path.join(repoRoot, file), 'utf8') };
    } catch (e) {
      return `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    }
  };
  const headings = read(files.headings);
  const summaries = read(files.summaries);
  if (typeof headings === 'string' || typeof summaries === 'string')
    throw new TranslationsError([headings, summaries].filter((x): x is string => typeof x === 'string'));
  const { translations, errors } = checkTranslations(headings, summaries, units, files.summaryChapters);
  if (errors.length) throw new TranslationsError(errors);
  return translations;
}
