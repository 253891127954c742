// Bar charts of the compare table's numeric rows: one chart per row, one scale per chart, a bar per town and
// series on a common baseline, the value written at the end of every bar (never colour alone), and missing figures
// said in words rather than drawn as zero.

import { h } from '../dom';
import type { CompareConfig, ProfileRow, TownProfile } from '../../data/compare';
import { pick, t } from '../../i18n/i18n';
import { svg } from './minimap';

const LABEL_W = 150;
const BAR_W = 220;
const VALUE_W = 110;
const BAR_H = 14;
const GAP = 4;
const GROUP_GAP = 10;

/** The town's short name (the chart's label column is narrow): its name without the config's suffix. */
function shortName(town: TownProfile, config: CompareConfig): string {
  const name = pick({ zh: town.name_zh, en: town.name_en });
  const suffix = pick(config.chartNameSuffix);
  return (suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name) || town.name_zh;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export function renderChart(
  row: ProfileRow,
  towns: readonly TownProfile[],
  config: CompareConfig,
): HTMLElement | null {
  const series = row.series;
  if (!series?.length) return null;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const lineH = BAR_H + GAP;
  const groupH = series.length * lineH + GROUP_GAP;
  const height = towns.length * groupH;
  const width = LABEL_W + BAR_W + VALUE_W;
  const parts: SVGElement[] = [];
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
      const v = s.values[ti] ?? null;
      parts.push(
        svg('text', { x: LABEL_W - 6, y: y + BAR_H - 3, 'text-anchor': 'end', class: 'ch-series' }, s.label),
      );
      if (v === null) {
        parts.push(
          svg('text', { x: LABEL_W + 6, y: y + BAR_H - 3, class: 'ch-missing' }, t('view.notFound')),
        );
        return;
      }
      const w = (v / max) * BAR_W;
      parts.push(
        svg('rect', { x: LABEL_W, y, width: Math.max(w, 0.5), height: BAR_H, class: `ch-bar ch-bar-${si}` }),
        svg(
          'text',
          { x: LABEL_W + w + 5, y: y + BAR_H - 3, class: 'ch-value' },
          `${fmt(v)}${s.unit ? ` ${s.unit}` : ''}`,
        ),
      );
    });
  });
  const desc = towns
    .map(
      (town, ti) =>
        `${shortName(town, config)}: ${series.map((s) => `${s.label} ${s.values[ti] === null || s.values[ti] === undefined ? t('view.notFound') : fmt(s.values[ti])}${s.unit ? ` ${s.unit}` : ''}`).join(', ')}`,
    )
    .join('; ');
  return h(
    'figure',
    { className: 'cmp-chart', 'data-row': row.def.id },
    h('figcaption', {}, h('strong', {}, row.name), ` · ${t('cmp.chartCaption')}`),
    svg(
      'svg',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-label': `${row.name}: ${desc}`,
      },
      ...parts,
    ),
  );
}
