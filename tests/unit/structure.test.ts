// Structural checks on src/ and scripts/: no file over 400 lines, no function over 120, no import cycle, and the
// layers (data and state know nothing of the UI or the map; scripts know nothing of the UI, and of the map only its
// types). The refactor is under way, so each check has a KNOWN list of today's offenders: a new offender fails, a
// listed one that grows fails, and a listed one that no longer offends fails too, so the lists only shrink.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importEdges,
  layerBreaches,
  longFiles,
  longFunctions,
  readSources,
  type LayerRule,
  type Source,
} from './structure-lib';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 120;

const LAYERS: LayerRule[] = [
  { from: 'src/data/', forbidden: 'src/ui/' },
  { from: 'src/data/', forbidden: 'src/map/' },
  { from: 'src/state/', forbidden: 'src/ui/' },
  { from: 'src/state/', forbidden: 'src/map/' },
  { from: 'scripts/', forbidden: 'src/ui/' },
  // scripts/lib/basemap-data.ts writes the data the basemap style reads, typed by that style's BasemapData:
  // a type-only import, erased at build, so it is allowed; nothing of the map runs in a script.
  { from: 'scripts/', forbidden: 'src/map/', allowTypeOnly: true },
];

// Today's files over 400 lines, with their length: each may shrink, not grow; remove it once under 400.
const KNOWN_LONG_FILES: Record<string, number> = {};

// Today's functions over 120 lines ("file: name", nested ones named within their parent), with their length.
const KNOWN_LONG_FUNCTIONS: Record<string, number> = {};

// Today's import cycles, each from its alphabetically first file.
const KNOWN_CYCLES: string[] = [];

// Today's imports across a layer ("importer → imported").
const KNOWN_LAYER_BREACHES: string[] = [];

interface Finding {
  key: string;
  /** What to say of it: where it is and how long. */
  says: string;
  length?: number;
}

/** What differs from a KNOWN list: a new offender, a listed one grown past its length, or a listed one fixed. */
function compareWithKnown(
  findings: readonly Finding[],
  known: Readonly<Record<string, number | null>>,
): string[] {
  const problems: string[] = [];
  const found = new Set<string>();
  for (const f of findings) {
    found.add(f.key);
    const listed = known[f.key];
    if (listed === undefined) problems.push(`new: ${f.says}`);
    else if (listed !== null && f.length !== undefined && f.length > listed) {
      problems.push(`grown: ${f.says}, was ${listed} in KNOWN (shorten it, or raise its KNOWN entry)`);
    }
  }
  for (const key of Object.keys(known)) {
    if (!found.has(key)) problems.push(`fixed: ${key} no longer offends; remove it from KNOWN`);
  }
  return problems;
}

function fileProblems(
  sources: readonly Source[],
  known: Record<string, number>,
  max = MAX_FILE_LINES,
): string[] {
  const findings = longFiles(sources, max).map((f) => ({
    key: f.file,
    says: `${f.file} is ${f.lines} lines (max ${max})`,
    length: f.lines,
  }));
  return compareWithKnown(findings, known);
}

function functionProblems(
  sources: readonly Source[],
  known: Record<string, number>,
  max = MAX_FUNCTION_LINES,
): string[] {
  const findings = longFunctions(sources, max).map((f) => ({
    key: `${f.file}: ${f.name}`,
    says: `${f.file}:${f.line} function ${f.name} is ${f.lines} lines (max ${max})`,
    length: f.lines,
  }));
  return compareWithKnown(findings, known);
}

function cycleProblems(sources: readonly Source[], known: readonly string[]): string[] {
  const findings = importCycles(importEdges(sources)).map((cycle) => {
    const key = cycle.join(' → ');
    return { key, says: `import cycle ${key} → ${cycle[0]}` };
  });
  return compareWithKnown(findings, Object.fromEntries(known.map((k) => [k, null])));
}

function layerProblems(
  sources: readonly Source[],
  known: readonly string[],
  rules: readonly LayerRule[] = LAYERS,
): string[] {
  const findings = layerBreaches(importEdges(sources), rules).map((b) => ({
    key: `${b.file} → ${b.imports}`,
    says: `${b.file}:${b.line} imports ${b.typeOnly ? 'types from ' : ''}${b.imports} across a layer`,
  }));
  const unique = [...new Map(findings.map((f) => [f.key, f])).values()];
  return compareWithKnown(unique, Object.fromEntries(known.map((k) => [k, null])));
}

describe('the structure of src/ and scripts/', () => {
  const sources = readSources(resolve(import.meta.dirname, '../..'), ['src', 'scripts']);

  it('reads the sources', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it(`has no file over ${MAX_FILE_LINES} lines but the known ones`, () => {
    const problems = fileProblems(sources, KNOWN_LONG_FILES);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines but the known ones`, () => {
    const problems = functionProblems(sources, KNOWN_LONG_FUNCTIONS);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has no import cycle but the known ones', () => {
    const problems = cycleProblems(sources, KNOWN_CYCLES);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('keeps its layers but for the known breaches', () => {
    const problems = layerProblems(sources, KNOWN_LAYER_BREACHES);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// The same checks on small files made here, to show each can fail.
describe('the structural checks', () => {
  const lines = (n: number, body = 'x;'): string => Array.from({ length: n }, () => body).join('\n') + '\n';
  const fn = (name: string, total: number): string => `function ${name}() {\n${lines(total - 2)}}\n`;

  it('catch a file of 401 lines, and not one of 400', () => {
    const files = [
      { path: 'src/long.ts', text: lines(401) },
      { path: 'src/ok.ts', text: lines(400) },
    ];
    expect(fileProblems(files, {})).toEqual(['new: src/long.ts is 401 lines (max 400)']);
    expect(fileProblems(files, { 'src/long.ts': 401 })).toEqual([]);
    expect(fileProblems(files, { 'src/long.ts': 500, 'src/gone.ts': 450 })).toEqual([
      'fixed: src/gone.ts no longer offends; remove it from KNOWN',
    ]);
    expect(fileProblems(files, { 'src/long.ts': 400 })).toEqual([
      'grown: src/long.ts is 401 lines (max 400), was 400 in KNOWN (shorten it, or raise its KNOWN entry)',
    ]);
  });

  it('catch a function of 121 lines of any kind, nested ones within their parent', () => {
    const text = [
      '// A comment line.',
      fn('long', 121),
      fn('ok', 120),
      `const arrow = () => {\n${lines(119)}};`,
      `class Box {\n  constructor() {\n${lines(119)}  }\n  get size() {\n${lines(119)}  }\n  m() { return 1; }\n}`,
      `export function outer() {\n  el.addEventListener('click', function () {\n${lines(119)}  });\n}`,
    ].join('\n');
    const problems = functionProblems([{ path: 'src/f.ts', text }], {});
    expect(problems).toEqual([
      'new: src/f.ts:2 function long is 121 lines (max 120)',
      'new: src/f.ts:245 function arrow is 121 lines (max 120)',
      'new: src/f.ts:367 function Box.constructor is 121 lines (max 120)',
      'new: src/f.ts:488 function get Box.size is 121 lines (max 120)',
      'new: src/f.ts:611 function outer is 123 lines (max 120)',
      'new: src/f.ts:612 function outer › addEventListener callback is 121 lines (max 120)',
    ]);
    expect(
      functionProblems([{ path: 'src/f.ts', text: fn('long', 121) }], { 'src/f.ts: gone': 130 }),
    ).toEqual([
      'new: src/f.ts:1 function long is 121 lines (max 120)',
      'fixed: src/f.ts: gone no longer offends; remove it from KNOWN',
    ]);
  });

  it('catch a two-file cycle through any kind of import, and not a chain', () => {
    const cycle = (a: string, b: string): string[] =>
      cycleProblems(
        [
          { path: 'src/a.ts', text: a },
          { path: 'src/b/index.ts', text: b },
          { path: 'src/c.ts', text: "import { a } from './a';\n" },
        ],
        [],
      );
    const found = ['new: import cycle src/a.ts → src/b/index.ts → src/a.ts'];
    expect(cycle("import { b } from './b';", "import { a } from '../a';")).toEqual(found);
    expect(cycle("import type { B } from './b/index';", "export { a } from '../a.ts';")).toEqual(found);
    expect(cycle("const b = await import('./b');", "export type { A } from '../a.js';")).toEqual(found);
    expect(cycle("type B = import('./b').B;", "import '../a';")).toEqual(found);
    expect(cycle("import { b } from './b';", "import { c } from '../c';")).toEqual([
      'new: import cycle src/a.ts → src/b/index.ts → src/c.ts → src/a.ts',
    ]);
    expect(cycle("import { b } from './b';", 'export const b = 1;')).toEqual([]);
    expect(cycle('', '')).toEqual([]);
    expect(cycleProblems([{ path: 'src/a.ts', text: '' }], ['src/a.ts → src/b.ts'])).toEqual([
      'fixed: src/a.ts → src/b.ts no longer offends; remove it from KNOWN',
    ]);
  });

  it('catch an import across a layer, and a type-only one where only types are allowed', () => {
    const files = [
      { path: 'src/data/a.ts', text: "import type { P } from '../map/places';" },
      { path: 'src/state/s.ts', text: "import { show } from '../ui/panel';" },
      { path: 'src/ui/panel.ts', text: "import { plan } from '../data/a';\nexport const show = 1;" },
      { path: 'src/map/places.ts', text: "import { show } from '../ui/panel';" },
      { path: 'scripts/lib/x.ts', text: "import type { P } from '../../src/map/places';" },
      { path: 'scripts/lib/y.ts', text: "import { P } from '../../src/map/places';" },
      { path: 'scripts/z.ts', text: "\nconst m = await import('../src/ui/panel');" },
    ];
    expect(layerProblems(files, [])).toEqual([
      'new: src/data/a.ts:1 imports types from src/map/places.ts across a layer',
      'new: src/state/s.ts:1 imports src/ui/panel.ts across a layer',
      'new: scripts/lib/y.ts:1 imports src/map/places.ts across a layer',
      'new: scripts/z.ts:2 imports src/ui/panel.ts across a layer',
    ]);
    expect(layerProblems(files.slice(2, 5), ['src/state/s.ts → src/ui/panel.ts'])).toEqual([
      'fixed: src/state/s.ts → src/ui/panel.ts no longer offends; remove it from KNOWN',
    ]);
  });
});
