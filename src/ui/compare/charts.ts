// Bar charts of the compare table's numeric rows: one chart per row, one scale per chart, a bar per town and
// series on a common baseline, the value written at the end of every bar (never colour alone), and missing figures
// said in words rather than drawn as zero. What a value's source allows is said beside its bar, in words: a value
// computed from its sources' figures is hatched and marked 推算 / computed, an unverified one marked 未核实 /
// unverified, and a caveat numbered (注1 / note 1) with its text under the chart, visible, with a key of the marks.

import { h } from '../dom';
import type { CompareConfig, ProfileRow, Series, SeriesPoint, TownProfile } from '../../data/compare';
import { pick, t } from '../../i18n/i18n';
import { svg } from './minimap';

const LABEL_W = 150;
const BAR_W = 220;
const MIN_VALUE_W = 110;
const BAR_H = 14;
const GAP = 4;
const GROUP_GAP = 10;
/** Estimated advance of a character at the chart's 11px: wide for CJK and full-width forms, narrow otherwise. */
const WIDE_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const charW = (c: string): number => (WIDE_CHAR.test(c) ? 11 : 6.3);
const textW = (s: string): number => [...s].reduce((w, c) => w + charW(c), 0);

/** The town's short name (the chart's label column is narrow): its name up to the config's suffix (which drops
 * what follows it too, e.g. Nanhui New Town (Lingang New City) is Nanhui). */
function shortName(town: TownProfile, config: CompareConfig): string {
  const name = pick({ zh: town.name_zh, en: town.name_en });
  const suffix = pick(config.chartNameSuffix);
  const at = suffix ? name.indexOf(suffix) : -1;
  return (at >= 0 ? name.slice(0, at) : name) || town.name_zh;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** A bar's words: its value (or that there is none) and its marks, each a word, never a colour alone. */
interface BarWords {
  value: string;
  derived: string | null;
  unverified: string | null;
  noteRef: string | null;
}

/** The chart's caveats, numbered in reading order; the same text on two bars is one note. */
function numberNotes(series: readonly Series[], towns: readonly TownProfile[]): Map<string, number> {
  const numbers = new Map<string, number>();
  towns.forEach((_, ti) => {
    for (const s of series) {
      const note = s.points[ti]?.note;
      if (note && !numbers.has(note)) numbers.set(note, numbers.size + 1);
    }
  });
  return numbers;
}

function barWords(p: SeriesPoint, unit: string, notes: ReadonlyMap<string, number>): BarWords {
  const n = p.note ? notes.get(p.note) : undefined;
  return {
    value: p.value === null ? t('view.notFound') : `${fmt(p.value)}${unit ? ` ${unit}` : ''}`,
    derived: p.derived ? t('compare.chart.derived') : null,
    unverified: p.verified ? null : t('cmp.unverified'),
    noteRef: n === undefined ? null : t('compare.chart.noteRef', { n }),
  };
}

const SEP = ' · ';
const marksOf = (w: BarWords): string[] =>
  [w.derived, w.unverified, w.noteRef].filter((x): x is string => x !== null);
const wordsText = (w: BarWords): string => [w.value, ...marksOf(w)].join(SEP);

/** The text at the end of a bar: the value, then each mark in a span of its own class. */
function barLabel(w: BarWords, x: number, y: number, missing: boolean): SVGTextElement {
  const mark = (word: string | null, cls: string) =>
    word === null ? [] : [svg('tspan', {}, SEP), svg('tspan', { class: `ch-mark ${cls}` }, word)];
  return svg(
    'text',
    { x, y, class: missing ? 'ch-missing' : 'ch-value' },
    svg('tspan', { class: 'ch-num' }, w.value),
    ...mark(w.derived, 'ch-mark-derived'),
    ...mark(w.unverified, 'ch-mark-unverified'),
    ...mark(w.noteRef, 'ch-note-ref'),
  );
}

const hatchId = (row: ProfileRow, si: number) => `ch-hatch-${row.def.id}-${si}`;

/** The hatching of a computed bar, one per series (in the series' colour). */
function hatchPatterns(row: ProfileRow): SVGElement {
  return svg(
    'defs',
    {},
    ...(row.series ?? []).map((_, si) =>
      svg(
        'pattern',
        {
          id: hatchId(row, si),
          patternUnits: 'userSpaceOnUse',
          width: 5,
          height: 5,
          patternTransform: 'rotate(45)',
        },
        svg('rect', { width: 5, height: 5, class: 'ch-hatch-ground' }),
        svg('line', { x1: 1, y1: 0, x2: 1, y2: 5, class: `ch-hatch ch-hatch-${si}` }),
      ),
    ),
  );
}

/** One bar (or the words for a missing value) of a town in a series, with its marks, in a group of its own. */
function barGroup(
  row: ProfileRow,
  town: TownProfile,
  si: number,
  p: SeriesPoint,
  w: BarWords,
  y: number,
  max: number,
) {
  const width = p.value === null ? 0 : (p.value / max) * BAR_W;
  const attrs: Record<string, string | number> = {
    class: 'ch-point',
    'data-town': town.key,
    'data-series': si,
  };
  if (p.derived) attrs['data-derived'] = '';
  if (!p.verified) attrs['data-unverified'] = '';
  const bar =
    p.value === null
      ? null
      : svg('rect', {
          x: LABEL_W,
          y,
          width: Math.max(width, 0.5),
          height: BAR_H,
          class: `ch-bar ch-bar-${si}${p.derived ? ' ch-derived' : ''}${p.verified ? '' : ' ch-unverified'}`,
          ...(p.derived ? { fill: `url(#${hatchId(row, si)})` } : {}),
        });
  const x = p.value === null ? LABEL_W + 6 : LABEL_W + width + 5;
  return {
    el: svg('g', attrs, bar, barLabel(w, x, y + BAR_H - 3, p.value === null)),
    right: x + textW(wordsText(w)),
  };
}

/** The chart's drawing: per town its name, an axis, and a bar per series; and how wide its words make it. */
function drawBars(
  row: ProfileRow,
  towns: readonly TownProfile[],
  config: CompareConfig,
  notes: ReadonlyMap<string, number>,
) {
  const series = row.series ?? [];
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.value ?? 0)));
  const lineH = BAR_H + GAP;
  const groupH = series.length * lineH + GROUP_GAP;
  const parts: SVGElement[] = [hatchPatterns(row)];
  let right = LABEL_W + BAR_W + MIN_VALUE_W;
  towns.forEach((town, ti) => {
    const y0 = ti * groupH;
    parts.push(
      svg('text', { x: 0, y: y0 + BAR_H - 2, class: 'ch-town' }, shortName(town, config)),
      svg('line', {
        x1: LABEL_W,
        x2: LABEL_W,
        y1: y0,
        y2: y0 + series.length * lineH - GAP,
        class: 'ch-axis',
      }),
    );
    series.forEach((s, si) => {
      const y = y0 + si * lineH;
      const p = s.points[ti] ?? { value: null, derived: false, verified: true };
      parts.push(
        svg('text', { x: LABEL_W - 6, y: y + BAR_H - 3, 'text-anchor': 'end', class: 'ch-series' }, s.label),
      );
      const bar = barGroup(row, town, si, p, barWords(p, s.unit, notes), y, max);
      parts.push(bar.el);
      right = Math.max(right, Math.ceil(bar.right + 4));
    });
  });
  return { parts, width: right, height: towns.length * groupH };
}

/** The key of the marks this chart uses (none: no key). */
function chartKey(row: ProfileRow, points: readonly SeriesPoint[], hasNotes: boolean): HTMLElement | null {
  const swatch = svg(
    'svg',
    { width: 22, height: 12, viewBox: '0 0 22 12', 'aria-hidden': 'true', class: 'ch-key-swatch' },
    svg('rect', {
      x: 0.5,
      y: 0.5,
      width: 21,
      height: 11,
      class: 'ch-bar ch-bar-0 ch-derived',
      fill: `url(#${hatchId(row, 0)})`,
    }),
  );
  const items = [
    points.some((p) => p.derived)
      ? h('li', { className: 'ch-key-derived' }, swatch, ` ${t('compare.chart.keyDerived')}`)
      : null,
    points.some((p) => !p.verified)
      ? h('li', { className: 'ch-key-unverified' }, t('compare.chart.keyUnverified'))
      : null,
    hasNotes ? h('li', { className: 'ch-key-note' }, t('compare.chart.keyNote')) : null,
  ].filter((x): x is HTMLLIElement => x !== null);
  if (!items.length) return null;
  return h(
    'div',
    { className: 'ch-key' },
    h('span', { className: 'ch-key-title' }, `${t('compare.chart.key')}:`),
    h('ul', {}, ...items),
  );
}

/** The chart's caveats, numbered, each naming the bars it is about; shown, not folded away. */
function chartNotes(
  row: ProfileRow,
  towns: readonly TownProfile[],
  config: CompareConfig,
  notes: ReadonlyMap<string, number>,
): HTMLElement | null {
  if (!notes.size) return null;
  const about = new Map<string, string[]>();
  towns.forEach((town, ti) => {
    for (const s of row.series ?? []) {
      const note = s.points[ti]?.note;
      if (note) about.set(note, [...(about.get(note) ?? []), `${shortName(town, config)} ${s.label}`]);
    }
  });
  return h(
    'ol',
    { className: 'ch-notes', 'aria-label': t('compare.chart.notes') },
    ...[...notes].map(([note, n]) =>
      h(
        'li',
        { 'data-note': n },
        h('span', { className: 'ch-note-no' }, t('compare.chart.noteRef', { n })),
        ' ',
        h('span', { className: 'ch-note-about' }, (about.get(note) ?? []).join(', ')),
        `: ${note}`,
      ),
    ),
  );
}

export function renderChart(
  row: ProfileRow,
  towns: readonly TownProfile[],
  config: CompareConfig,
): HTMLElement | null {
  const series = row.series;
  if (!series?.length) return null;
  const notes = numberNotes(series, towns);
  const { parts, width, height } = drawBars(row, towns, config, notes);
  const desc = towns
    .map((town, ti) => {
      const values = series.map((s) => {
        const p = s.points[ti] ?? { value: null, derived: false, verified: true };
        const w = barWords(p, s.unit, notes);
        const marks = marksOf(w);
        return `${s.label} ${w.value}${marks.length ? ` (${marks.join(', ')})` : ''}`;
      });
      return `${shortName(town, config)}: ${values.join(', ')}`;
    })
    .join('; ');
  return h(
    'figure',
    { className: 'cmp-chart', 'data-row': row.def.id, style: `--ch-w:${width}px` },
    h('figcaption', {}, h('strong', {}, row.name), ` · ${t('cmp.chartCaption')}`),
    svg(
      'svg',
      { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${row.name}: ${desc}` },
      ...parts,
    ),
    chartKey(
      row,
      series.flatMap((s) => s.points),
      notes.size > 0,
    ),
    chartNotes(row, towns, config, notes),
  );
}
