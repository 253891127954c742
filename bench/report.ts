// The benchmark's report: each figure judged on its budget (on the upper end of its 95% interval), the table, the
// GPU mode's summary, and the results file.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { est, REPO, SIDES, upper, type Rounds, type Row, type Side, type Unit, type Value } from './common';
import type { BytesDetails } from './measures/bytes';
import type { Drift } from './probes';
import { BUDGETS, FRAME_BUDGET_MS, type Budget } from './settings';

export interface Judged {
  row: Row;
  /** The ratio app/floor: with its interval when measured in pairs. */
  ratio: Value | null;
  /** The rounds of the measure the figure came from, when it repeats. */
  rounds?: Rounds | undefined;
  budget?: Budget;
  /** What the budget is judged on: the upper end of the app's interval, or of the ratio's. */
  value?: number;
  pass?: boolean;
}

export function judge(row: Row, rounds?: Rounds): Judged {
  const ratio =
    row.ratio ?? (row.floor !== undefined && est(row.floor) ? est(row.app) / est(row.floor) : null);
  const budget = BUDGETS[row.figure];
  if (!budget) return { row, ratio, rounds };
  const value = budget.on === 'ratio' ? (ratio === null ? Infinity : upper(ratio)) : upper(row.app);
  return { row, ratio, rounds, budget, value, pass: value <= budget.max };
}

export const fmt = (n: number, unit: Unit): string => {
  if (!Number.isFinite(n)) return '—';
  if (unit === 'ratio') return n.toFixed(2);
  if (unit === 'ms') return Math.abs(n) < 100 ? n.toFixed(1) : n.toFixed(0);
  return n.toFixed(1);
};

/** `1.18 [1.14, 1.22]` for an estimate with its interval, `1.18` for an exact value. */
export const fmtValue = (v: Value, unit: Unit): string =>
  typeof v === 'number' ? fmt(v, unit) : `${fmt(v.est, unit)} [${fmt(v.lo, unit)}, ${fmt(v.hi, unit)}]`;

export function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

/** The figures' table: each value with its 95% interval, the rounds and why they stopped, the budget's verdict. */
export function printFigures(judged: Judged[]): void {
  printTable(
    ['figure', 'unit', 'app', 'floor', 'app/floor', 'rounds', 'budget', 'result'],
    judged.map(({ row, ratio, rounds, budget, pass }) => [
      row.figure,
      row.unit,
      fmtValue(row.app, row.unit),
      row.floor === undefined ? '—' : fmtValue(row.floor, row.unit),
      ratio === null ? '—' : fmtValue(ratio, 'ratio'),
      rounds ? `${rounds.rounds}, ${rounds.stoppedBy}` : '—',
      budget ? `${budget.on === 'ratio' ? 'ratio' : row.unit} ≤ ${+budget.max.toFixed(2)}` : '—',
      pass === undefined ? '—' : pass ? 'pass' : 'FAIL',
    ]),
  );
  console.log(
    '\n[lo, hi]: 95% bootstrap interval over the rounds. A budget is judged on the upper end (hi) of the app’s ' +
      'interval, or of the ratio’s. Rounds: how many, and what stopped them (interval: within its target; ' +
      'time: the time limit).',
  );
}

/** The files of each page fetched up to the ready signal. */
export function printFiles(bytes: BytesDetails | undefined): void {
  for (const side of bytes ? SIDES : []) {
    console.log(`\nFiles fetched up to the ready signal, ${side} (KiB):`);
    printTable(
      ['path', 'class', 'status', 'raw', 'gzip'],
      bytes![side].files.map((f) => [
        f.path,
        f.class,
        String(f.status),
        fmt(f.raw / 1024, 'KiB'),
        fmt(f.gzip / 1024, 'KiB'),
      ]),
    );
  }
}

export function printDrift(d: Drift): void {
  const sign = d.changePct >= 0 ? '+' : '';
  console.log(
    `\nDrift: the reference workload took ${d.before.ms.toFixed(0)} ms before the first measure, ` +
      `${d.after.ms.toFixed(0)} ms after the last (${sign}${d.changePct.toFixed(1)}%).`,
  );
  if (Math.abs(d.changePct) > 10)
    console.log(
      '  Over 10%: the machine’s speed changed during the run; absolute figures measured at different ' +
        'times do not compare (the ratios, app and floor interleaved, hold better). Run again on a quiet machine.',
    );
}

/** GPU mode: the absolute times that matter on a real display, and the renderer they were measured with. */
export function printGpuSummary(judged: Judged[], renderer: string): void {
  const find = (figure: string) => judged.find((j) => j.row.figure === figure)?.row;
  const show = (r: Row, side: Side = 'app') => {
    const v = r[side];
    return v === undefined ? '—' : `${fmtValue(v, r.unit)} ${r.unit}`;
  };
  console.log(`\nGPU mode. GL renderer: ${renderer}`);
  if (/swiftshader|llvmpipe|software/i.test(renderer))
    console.log('  (software rendering: no usable GPU was found, so these are not a GPU’s figures)');
  const mean = find('flight frame time, mean');
  const p95 = find('flight frame time, p95');
  if (mean && p95) {
    const verdict = (v: Value) => (upper(v) < FRAME_BUDGET_MS ? 'under' : 'NOT under');
    console.log(`  flight frame time, app: mean ${show(mean)}, p95 ${show(p95)}`);
    console.log(
      `  against ${FRAME_BUDGET_MS.toFixed(1)} ms a frame (60 frames a second), on the intervals' upper ends: ` +
        `mean ${verdict(mean.app)}, p95 ${verdict(p95.app)}`,
    );
  }
  const click = find('click to panel, p95');
  if (click) console.log(`  click to panel, p95: ${show(click)}`);
  const cold = find('cold load, median');
  if (cold) console.log(`  cold load, median: app ${show(cold)}, floor ${show(cold, 'floor')}`);
}

export interface Results {
  mode: 'software' | 'gpu';
  quick: boolean;
  chromium: string;
  glRenderer: string;
  viewport: unknown;
  drift: Drift | null;
  sections: Record<string, unknown>;
  judged: Judged[];
}

/** Writes the results: every figure with its interval and rounds, the budgets, the drift, the raw samples. */
export async function writeResults(file: string, r: Results): Promise<void> {
  const results = {
    date: new Date().toISOString(),
    mode: r.mode,
    quick: r.quick,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      chromium: r.chromium,
      glRenderer: r.glRenderer,
    },
    viewport: r.viewport,
    drift: r.drift,
    ...r.sections,
    figures: Object.fromEntries(
      r.judged.map(({ row, ratio, rounds }) => [
        row.figure,
        {
          unit: row.unit,
          app: row.app,
          floor: row.floor ?? null,
          ratio,
          rounds: rounds?.rounds ?? null,
          stoppedBy: rounds?.stoppedBy ?? null,
        },
      ]),
    ),
    budgets: Object.fromEntries(
      r.judged.flatMap(({ row, budget, value, pass }) =>
        budget ? [[row.figure, { ...budget, judgedOn: 'upper end of the 95% interval', value, pass }]] : [],
      ),
    ),
    pass: r.judged.every((j) => j.pass !== false),
  };
  const round = (_: string, v: unknown) =>
    typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v;
  let text = `${JSON.stringify(results, round, 2)}\n`;
  // results.json is left out of the format check; any other results file is written as the formatter would.
  if (path.basename(file) !== 'results.json')
    text = await format(text, { ...(await resolveConfig(file)), filepath: file });
  fs.writeFileSync(file, text);
  console.log(`\nWrote ${path.relative(REPO, file)}.`);
}
