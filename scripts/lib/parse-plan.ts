// Turns the plan's content file (content/shanghai-14fyp/text/*.txt, format in content/shanghai-14fyp/text/README.md) into clause units.
// Pure: no file access here, so build scripts and tests run the same rules; bad input fails with every problem listed.
import type { ClauseUnit, DamagedSpan, Title } from '../../src/data/types';

export interface PlanProblem {
  file: string;
  /** 1-based line in the content file. */
  line: number;
  problem: string;
}

/** Thrown once per parse with all problems; `file`, `line` and `problem` are those of the first. */
export class PlanParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
  readonly problems: readonly PlanProblem[];

  constructor(problems: [PlanProblem, ...PlanProblem[]]) {
    const list = problems.map((p) => `${p.file}:${p.line}: ${p.problem}`).join('\n');
    super(`${problems.length} problem(s) in the plan text:\n${list}`);
    this.name = 'PlanParseError';
    this.file = problems[0].file;
    this.line = problems[0].line;
    this.problem = problems[0].problem;
    this.problems = problems;
  }
}

const DIGITS = '一二三四五六七八九';
/** Chapter numerals 一 … 九十九 → their number. */
const NUMERALS = new Map<string, number>();
for (let n = 1; n < 100; n++) {
  const tens = Math.floor(n / 10);
  const ones = n % 10 ? (DIGITS[(n % 10) - 1] ?? '') : '';
  NUMERALS.set(tens === 0 ? ones : `${tens > 1 ? DIGITS[tens - 1] : ''}十${ones}`, n);
}

const HEADING_FORM =
  '`# <numeral> | <title> | official|working-label` or `## <id> | <title> | official|working-label`';
const NOTE_RE = /^@note ([a-z0-9][a-z0-9.-]*) \| (\S.*)$/;
const CLAUSE_RE = /^(\d+)\.(\d+)\.(\d+)/;
const NOTE_REF_RE = /\{([a-z0-9][a-z0-9.-]*)\}/y;
const MARKUP_RE = /[⟦⟧{}]/;

interface Chapter {
  n: number;
  id: string;
  numeral: string;
  title: Title;
}
interface Section {
  n: number;
  id: string;
  title: Title;
}

type Report = (line: number, problem: string) => void;
type Notes = Map<string, { line: number; text: string; used: boolean }>;

/** The `@note <id> | <note>` lines, by id. */
function readNotes(lines: readonly string[], report: Report): Notes {
  const notes: Notes = new Map();
  lines.forEach((raw, i) => {
    if (!raw.startsWith('@')) return;
    const m = NOTE_RE.exec(raw);
    if (!m) return report(i + 1, 'malformed note line (expected `@note <note-id> | <note>`)');
    const [, id = '', text = ''] = m;
    const first = notes.get(id);
    if (first) return report(i + 1, `duplicate note id ${id} (first at line ${first.line})`);
    notes.set(id, { line: i + 1, text: text.trim(), used: false });
  });
  return notes;
}

/** Strips the ⟦…⟧{note-id} markup of one paragraph; returns the text and its damaged spans. */
function parseInline(
  raw: string,
  at: { line: number; col0: number },
  notes: Notes,
  report: Report,
): { text: string; damaged: DamagedSpan[] } {
  const { line, col0 } = at;
  let text = '';
  const damaged: DamagedSpan[] = [];
  const plain = (s: string, from: number): void => {
    const stray = MARKUP_RE.exec(s);
    if (stray) report(line, `stray markup character ${stray[0]} at column ${col0 + from + stray.index + 1}`);
    text += s;
  };
  let i = 0;
  for (let open = raw.indexOf('⟦'); open >= 0; open = raw.indexOf('⟦', i)) {
    plain(raw.slice(i, open), i);
    const close = raw.indexOf('⟧', open);
    const nested = raw.indexOf('⟦', open + 1);
    if (close < 0 || (nested >= 0 && nested < close)) {
      report(line, `unclosed damaged passage: ⟦ at column ${col0 + open + 1} has no ⟧`);
      return { text, damaged };
    }
    NOTE_REF_RE.lastIndex = close + 1;
    const ref = NOTE_REF_RE.exec(raw);
    const inner = raw.slice(open + 1, close);
    if (!ref) report(line, `damaged passage at column ${col0 + open + 1} lacks its {note-id} after ⟧`);
    else if (!inner) report(line, `empty damaged passage at column ${col0 + open + 1}`);
    const id = ref?.[1] ?? '';
    const note = notes.get(id);
    if (ref && !note) report(line, `unknown note id ${id}`);
    if (note) note.used = true;
    const start = text.length;
    plain(inner, open + 1);
    damaged.push({ start, end: text.length, note: note?.text ?? '' });
    i = ref ? close + 1 + ref[0].length : close + 1;
  }
  plain(raw.slice(i), i);
  return { text, damaged };
}

/** Where the parse stands: the chapter and section it is in, what it has seen and made. */
interface ParseState {
  report: Report;
  notes: Notes;
  units: ClauseUnit[];
  unitLines: Map<string, number>;
  headingLines: Map<string, number>;
  chapter?: Chapter | undefined;
  section?: Section | undefined;
  lastSection: number;
  lastClause: string;
  lastClauseN: number;
}

/** A `# <numeral> | …` chapter or `## <id> | …` section heading. */
function heading(st: ParseState, raw: string, line: number): void {
  const { report } = st;
  const level = /^#+/.exec(raw)?.[0].length ?? 0;
  if (level > 2) return report(line, `unknown heading level ${'#'.repeat(level)} (expected ${HEADING_FORM})`);
  const parts = raw.slice(level).split(' | ');
  const [key = '', title = '', status = ''] = parts.map((p) => p.trim());
  if (
    !raw.startsWith(' ', level) ||
    parts.length !== 3 ||
    !key ||
    !title ||
    !/^(official|working-label)$/.test(status)
  ) {
    return report(line, `malformed heading line (expected ${HEADING_FORM})`);
  }
  const t: Title = { text: title, official: status === 'official' };
  const first = st.headingLines.get(key);
  if (level === 1) {
    const n = NUMERALS.get(key);
    if (n === undefined) return report(line, `unknown chapter numeral ${key}`);
    if (first) return report(line, `duplicate chapter ${key} (first at line ${first})`);
    if (st.chapter && n !== st.chapter.n + 1)
      report(line, `chapter ${key} (${n}) out of sequence after ${st.chapter.numeral}`);
    st.headingLines.set(key, line);
    Object.assign(st, { chapter: { n, id: String(n), numeral: key, title: t }, section: undefined });
    Object.assign(st, { lastSection: 0, lastClause: '', lastClauseN: 0 });
    return;
  }
  const { chapter } = st;
  const m = /^(\d+)\.(\d+)$/.exec(key);
  if (!m) return report(line, `unknown section id ${key} (expected <chapter>.<section>, e.g. 10.2)`);
  if (!chapter) return report(line, `section ${key} before any chapter heading`);
  if (Number(m[1]) !== chapter.n)
    return report(line, `section ${key} is not in chapter ${chapter.numeral} (${chapter.id})`);
  if (first) return report(line, `duplicate section ${key} (first at line ${first})`);
  const n = Number(m[2]);
  if (n !== st.lastSection + 1)
    report(line, `section ${key} out of sequence (expected ${chapter.id}.${st.lastSection + 1})`);
  st.headingLines.set(key, line);
  Object.assign(st, { section: { n, id: key, title: t }, lastSection: n, lastClause: '', lastClauseN: 0 });
}

/** The id of a paragraph: its clause number, or its section's or chapter's for an intro; null when it is wrong. */
function paragraphId(st: ParseState, p: string, line: number, chapter: Chapter): string | null {
  const { report, section } = st;
  const m = CLAUSE_RE.exec(p);
  if (!m) {
    const id = section?.id ?? chapter.id;
    if (st.lastClause)
      return (
        report(line, `unnumbered paragraph after clause ${st.lastClause} (not a clause, not an intro)`),
        null
      );
    const first = st.unitLines.get(id);
    if (first)
      return (
        report(line, `duplicate id ${id}: a second unnumbered paragraph (first at line ${first})`),
        null
      );
    return id;
  }
  const id = m[0];
  const [, c, s, n] = m.map(Number);
  if (c !== chapter.n)
    return (report(line, `clause ${id} is not in chapter ${chapter.numeral} (${chapter.id})`), null);
  if (!section)
    return (report(line, `clause ${id} before any section heading of chapter ${chapter.numeral}`), null);
  if (s !== section.n) return (report(line, `clause ${id} is not in section ${section.id}`), null);
  const first = st.unitLines.get(id);
  if (first) return (report(line, `duplicate id ${id} (first at line ${first})`), null);
  if (n !== st.lastClauseN + 1)
    report(line, `clause ${id} out of sequence (expected ${section.id}.${st.lastClauseN + 1})`);
  st.lastClause = id;
  st.lastClauseN = n ?? 0;
  return id;
}

/** A paragraph: a numbered clause, or the intro of a section or chapter. */
function paragraph(st: ParseState, raw: string, line: number): void {
  const { report, chapter, section } = st;
  if (!chapter) return report(line, 'paragraph before any chapter heading');
  const p = raw.trim();
  if (raw !== p) report(line, 'leading or trailing whitespace around the paragraph');
  const isClause = CLAUSE_RE.test(p);
  const id = paragraphId(st, p, line, chapter);
  if (id === null) return;
  st.unitLines.set(id, line);
  const body = p.slice(isClause ? id.length : 0);
  const gap = body.length - body.trimStart().length;
  if (gap) report(line, `whitespace between clause number ${id} and its text`);
  const col0 = raw.indexOf(p) + p.length - body.length + gap;
  const { text, damaged } = parseInline(body.trimStart(), { line, col0 }, st.notes, report);
  if (!text) return report(line, `unit ${id} has no text`);
  const stop = text.indexOf('。');
  if (isClause && stop <= 0) report(line, `clause ${id} has no lead title (text before the first 。)`);
  const { id: chapterId, numeral, title } = chapter;
  st.units.push({
    id,
    kind: isClause ? 'clause' : section ? 'section' : 'chapter',
    chapter: { id: chapterId, numeral, title: { ...title } },
    ...(section ? { section: { id: section.id, title: { ...section.title } } } : {}),
    ...(isClause && stop > 0 ? { lead: text.slice(0, stop) } : {}),
    text,
    damaged,
  });
}

export function parsePlan(source: string, file: string): ClauseUnit[] {
  const problems: PlanProblem[] = [];
  const report: Report = (line, problem) => void problems.push({ file, line, problem });
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const st: ParseState = {
    report,
    notes: readNotes(lines, report),
    units: [],
    unitLines: new Map(),
    headingLines: new Map(),
    lastSection: 0,
    lastClause: '',
    lastClauseN: 0,
  };
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('//') || raw.startsWith('@')) return;
    if (raw.startsWith('#')) heading(st, raw, i + 1);
    else paragraph(st, raw, i + 1);
  });
  for (const [id, note] of st.notes)
    if (!note.used) report(note.line, `note ${id} is not used by any damaged passage`);
  if (!st.units.length && !problems.length) report(1, 'no plan units found');
  const [first, ...rest] = problems.sort((a, b) => a.line - b.line);
  if (first) throw new PlanParseError([first, ...rest]);
  return st.units;
}
