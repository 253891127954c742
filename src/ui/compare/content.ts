// The compare view's content for a choice: the table, the charts of its numeric rows, the note on the towns'
// shared figure and the attribution, in the current language.

import { sourceLine } from '../../data/labels';
import {
  STRENGTH_LABELS,
  chosenTowns,
  profileRows,
  type CompareChoice,
  type CompareData,
} from '../../data/compare';
import { fillMessage } from '../../i18n/messages-tour';
import { lang, pick, t } from '../../i18n/i18n';
import { h } from '../dom';
import { renderChart } from './charts';
import { renderTable } from './table';

/** A text of the plan's compare config in the current language, `{name}` placeholders filled in. */
export const planText = (
  text: { zh: string; en: string },
  vars: Record<string, string | number> = {},
): string => fillMessage(pick(text), vars);

/** The note on the towns' shared figure: the figure, its sources, their strength and the note, in the reader's language. */
function aggregateNote(data: CompareData): string {
  const agg = data.shared.aggregate2025;
  const sep = lang() === 'zh' ? ';' : '; ';
  const note = agg.note_zh && agg.note_en ? `${sep}${pick({ zh: agg.note_zh, en: agg.note_en })}` : '';
  return planText(data.config.text.aggregate, {
    text: pick({ zh: agg.text_zh, en: agg.text_en }),
    source: agg.sources.map((r) => sourceLine(r, lang())).join(sep),
    strength: pick(STRENGTH_LABELS[agg.strength]),
    note,
  });
}

/** The parts of the content for `choice`: the table, the charts (if a row has numbers), the notes. */
export function contentParts(data: CompareData, choice: CompareChoice): HTMLElement[] {
  const { config } = data;
  const towns = chosenTowns(data, choice);
  const rows = profileRows(data, choice, lang());
  const charts = rows.flatMap((r) => renderChart(r, towns, config) ?? []);
  const parts: HTMLElement[] = [h('div', { className: 'cmp-table-wrap' }, renderTable(data, towns, rows))];
  if (charts.length)
    parts.push(
      h(
        'section',
        { className: 'cmp-charts', 'aria-label': t('cmp.charts') },
        h('h3', {}, t('cmp.chartsTitle')),
        h('div', { className: 'cmp-chart-grid' }, ...charts),
      ),
    );
  parts.push(
    h('p', { className: 'cmp-note' }, aggregateNote(data)),
    h('p', { className: 'cmp-attrib' }, planText(config.text.attrib)),
  );
  return parts;
}
