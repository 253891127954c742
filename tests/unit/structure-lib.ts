// The measurements behind tests/unit/structure.test.ts, kept apart so the test can run them on small in-memory
// fixtures as well as on the real tree: file lengths, function lengths, the relative-import graph and its cycles,
// and imports that cross a layer. Files are read with the TypeScript parser only (no type-check).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';

/** One source file: its path relative to the repository root (with `/`), and its text. */
export interface Source {
  path: string;
  text: string;
}

/** Every `.ts` file under the given folders of `root`, sorted by path. */
export function readSources(root: string, folders: readonly string[]): Source[] {
  const out: Source[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) {
        out.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const parsed = new Map<string, ts.SourceFile>();

function parse(source: Source): ts.SourceFile {
  const key = `${source.path}\0${source.text}`;
  let file = parsed.get(key);
  if (!file) {
    file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    parsed.set(key, file);
  }
  return file;
}

/** The number of lines of a text (a final newline does not start a line). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

export interface LongFile {
  file: string;
  lines: number;
}

/** The files of more than `max` lines. */
export function longFiles(sources: readonly Source[], max: number): LongFile[] {
  return sources.map((s) => ({ file: s.path, lines: lineCount(s.text) })).filter((f) => f.lines > max);
}

export interface FunctionSpan {
  file: string;
  /** Its name within the file, e.g. `render`, `Editor.constructor`, `mount › addEventListener callback`. */
  name: string;
  /** Its first line, from 1. */
  line: number;
  /** Lines from its first to its last, both counted. */
  lines: number;
}

type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ConstructorDeclaration;

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

function nameText(
  name: ts.PropertyName | ts.BindingName | undefined,
  file: ts.SourceFile,
): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return name.getText(file);
}

function className(node: ts.Node, file: ts.SourceFile): string | undefined {
  const parent = node.parent;
  if (parent && (ts.isClassDeclaration(parent) || ts.isClassExpression(parent))) {
    return parent.name?.text ?? '<class>';
  }
  if (parent && ts.isObjectLiteralExpression(parent)) return ownName(parent, file);
  return undefined;
}

/** A name for a function or object literal from where it stands: its declaration, variable, property or call. */
function ownName(node: ts.Node, file: ts.SourceFile): string | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name?.text ?? 'default';
  if (ts.isConstructorDeclaration(node)) return `${className(node, file) ?? '<class>'}.constructor`;
  if (
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  ) {
    const owner = className(node, file);
    const prefix = ts.isGetAccessorDeclaration(node)
      ? 'get '
      : ts.isSetAccessorDeclaration(node)
        ? 'set '
        : '';
    const own = nameText(node.name, file) ?? '<method>';
    return `${prefix}${owner ? `${owner}.` : ''}${own}`;
  }
  if (ts.isFunctionExpression(node) && node.name) return node.name.text;
  let at: ts.Node = node;
  while (at.parent && (ts.isParenthesizedExpression(at.parent) || ts.isAsExpression(at.parent)))
    at = at.parent;
  const parent = at.parent;
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent)) return nameText(parent.name, file);
  if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    const owner = className(parent, file);
    const own = nameText(parent.name, file) ?? '<property>';
    return owner ? `${owner}.${own}` : own;
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return parent.left.getText(file);
  }
  if (ts.isExportAssignment(parent)) return 'default';
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression;
    const calleeName = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(file);
    return `${calleeName} callback`;
  }
  return undefined;
}

/** Every function of a file with its length; nested functions are listed too, each named within its parents. */
export function functionSpans(source: Source): FunctionSpan[] {
  const file = parse(source);
  const out: FunctionSpan[] = [];
  const seen = new Map<string, number>();
  const line = (pos: number): number => file.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node, path: string[]): void => {
    let inner = path;
    if (isFunctionLike(node)) {
      const base = [...path, ownName(node, file) ?? '<anonymous>'].join(' › ');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const name = n === 1 ? base : `${base} #${n}`;
      const first = line(node.getStart(file));
      out.push({ file: source.path, name, line: first, lines: line(node.getEnd()) - first + 1 });
      inner = [name];
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(file, []);
  return out;
}

/** The functions of more than `max` lines. */
export function longFunctions(sources: readonly Source[], max: number): FunctionSpan[] {
  return sources.flatMap(functionSpans).filter((f) => f.lines > max);
}

export interface ImportEdge {
  from: string;
  to: string;
  /** The line of the import, from 1. */
  line: number;
  /** `import type`, `export type … from`, or a type `import('…')`: nothing is loaded at run time. */
  typeOnly: boolean;
}

/** The source a relative specifier names: itself, with `.ts`, `.js` read as `.ts`, or its `/index.ts`. */
export function resolveSpecifier(
  from: string,
  specifier: string,
  known: ReadonlySet<string>,
): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, '');
  for (const candidate of [base, `${stem}.ts`, `${base}.ts`, `${base}/index.ts`]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** The relative imports of each source that name another source: static, re-exports, type-only and dynamic. */
export function importEdges(sources: readonly Source[]): ImportEdge[] {
  const known = new Set(sources.map((s) => s.path));
  const edges: ImportEdge[] = [];
  for (const source of sources) {
    const file = parse(source);
    const add = (spec: ts.Node | undefined, typeOnly: boolean): void => {
      if (!spec || !ts.isStringLiteralLike(spec)) return;
      const to = resolveSpecifier(source.path, spec.text, known);
      if (!to) return;
      const line = file.getLineAndCharacterOfPosition(spec.getStart(file)).line + 1;
      edges.push({ from: source.path, to, line, typeOnly });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node)) {
        add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
      } else if (ts.isExportDeclaration(node)) {
        add(node.moduleSpecifier, node.isTypeOnly);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
        add(node.moduleReference.expression, node.isTypeOnly);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        add(node.arguments[0], false);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        add(node.argument.literal, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return edges;
}

/**
 * The import cycles: for each group of files that import one another (a strongly connected component of the
 * graph), one shortest cycle through its first file, as a list of files starting from its alphabetically first.
 */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    next.set(e.from, list);
  }
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  for (const list of next.values()) list.sort();
  const components = stronglyConnected(nodes, next);
  const cycles: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const selfLoop = next.get(start)?.includes(start) ?? false;
    if (component.length < 2 && !selfLoop) continue;
    cycles.push(selfLoop ? [start] : shortestCycle(start, next, members));
  }
  return cycles.sort((a, b) => a.join().localeCompare(b.join()));
}

function stronglyConnected(nodes: readonly string[], next: ReadonlyMap<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      out.push(component.sort());
    }
  };
  for (const v of nodes) if (!indexOf.has(v)) connect(v);
  return out;
}

/** A shortest path from `start` back to itself within `members` (breadth first, neighbours in order). */
function shortestCycle(
  start: string,
  next: ReadonlyMap<string, string[]>,
  members: ReadonlySet<string>,
): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const v = queue[i]!;
    for (const w of next.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/** A layer rule: files under `from` import nothing under `forbidden`, except type-only imports if allowed. */
export interface LayerRule {
  from: string;
  forbidden: string;
  allowTypeOnly?: boolean;
}

export interface LayerBreach {
  file: string;
  line: number;
  imports: string;
  typeOnly: boolean;
}

/** The imports that break a layer rule, once each. */
export function layerBreaches(edges: readonly ImportEdge[], rules: readonly LayerRule[]): LayerBreach[] {
  return edges
    .filter((e) =>
      rules.some(
        (r) => e.from.startsWith(r.from) && e.to.startsWith(r.forbidden) && !(r.allowTypeOnly && e.typeOnly),
      ),
    )
    .map((e) => ({ file: e.from, line: e.line, imports: e.to, typeOnly: e.typeOnly }));
}
