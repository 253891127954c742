// The compare view (#/compare[/<towns>[/<rows>]]): a plan's towns side by side, a column per town in the plan's
// order, small maps at one scale, a profile table whose every cell cites its clause or source, bar charts of the
// numeric rows, CSV export and a print layout. The choice of towns and the order of rows live in the URL. Which
// towns and rows there are, and the plan's own words, come with the data (data/compare.json's `config`), so the
// controls are drawn once it has loaded.

import './compare.css';
import { activePlan } from '../../data/active-plan';
import { loadPlanData } from '../../data/load';
import { sourceLine } from '../../data/labels';
import {
  STRENGTH_LABELS,
  chosenTowns,
  compareRoute,
  defaultChoice,
  parseCompareRoute,
  profileRows,
  rowName,
  toCsv,
  type CompareChoice,
  type CompareData,
  type RowId,
} from '../../data/compare';
import { fillMessage } from '../../i18n/messages-tour';
import { lang, pick, t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { store } from '../../state/store';
import { download, h } from '../dom';
import type { ViewHandle } from '../views';
import { renderChart } from './charts';
import { nameText } from './names';
import { renderTable } from './table';

const loadCompare = () => loadPlanData<CompareData>('compare.json');

/** A text of the plan's compare config in the current language, `{name}` placeholders filled in. */
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

const planText = (text: { zh: string; en: string }, vars: Record<string, string | number> = {}): string =>
  fillMessage(pick(text), vars);

export function mount(host: HTMLElement, initialRoute: string[]): ViewHandle {
  let route = initialRoute;
  let data: CompareData | null = null;
  // The route is read against the plan's towns and rows once the data (with its config) has loaded.
  let choice: CompareChoice = { towns: [], rows: [] };
  let rowsOpen = false;

  const title = h('h2', { id: 'cmp-title', className: 'cmp-title', tabindex: -1 });
  const status = h('p', { className: 'cmp-status', role: 'status' });
  const hoverNote = h('p', { className: 'cmp-hover', 'aria-live': 'polite' });
  const controls = h('div', { className: 'cmp-controls' });
  const loadingNote = h('p', { className: 'cmp-loading' });
  const content = h('div', { className: 'cmp-content' }, loadingNote);
  const close = h('button', {
    type: 'button',
    className: 'btn cmp-close',
    'data-key': 'close',
    onclick: () => navigate([]),
  });
  const csvButton = h('button', {
    type: 'button',
    className: 'btn cmp-csv',
    'data-key': 'csv',
    onclick: () => {
      if (data) download(toCsv(data, choice, lang()), data.config.csvFile, 'text/csv;charset=utf-8');
    },
  });
  const printButton = h('button', {
    type: 'button',
    className: 'btn cmp-print',
    'data-key': 'print',
    onclick: () => window.print(),
  });
  let failure: string | null = null;
  const errorNote = h('p', { className: 'cmp-error', role: 'alert' });
  /** The bar's fixed words, in the current language. */
  const renderBar = () => {
    // Before the data (and with it the plan's title) has loaded: the name of the link that opened the view.
    title.textContent = data
      ? planText(data.config.text.title)
      : pick(activePlan().compare?.button ?? { zh: '', en: '' });
    loadingNote.textContent = t('view.loading');
    close.textContent = `× ${t('view.back')}`;
    csvButton.textContent = t('cmp.csv');
    printButton.textContent = t('cmp.print');
    errorNote.textContent = failure === null ? '' : t('cmp.loadFailed', { error: failure });
  };
  renderBar();
  const actions = h('div', { className: 'cmp-actions' }, csvButton, printButton);
  const root = h(
    'section',
    { className: 'cmp', 'aria-labelledby': 'cmp-title', 'data-state': 'loading' },
    h('header', { className: 'cmp-bar' }, title, actions, close),
    controls,
    status,
    content,
  );
  host.append(root);

  const go = (next: CompareChoice) => {
    if (data) navigate(compareRoute(next, data.config));
  };

  const say = (text: string) => {
    status.textContent = text;
  };

  function renderControls(): void {
    if (!data) return;
    const { config } = data;
    const keys = config.towns.map((town) => town.key);
    const towns = h(
      'fieldset',
      { className: 'cmp-towns' },
      h(
        'legend',
        {},
        `${planText(config.text.towns)} `,
        h('span', { className: 'cmp-hint' }, t('cmp.townsHint', { max: keys.length })),
      ),
      ...config.towns.map(({ key: k, name }) => {
        const checked = choice.towns.includes(k);
        return h(
          'label',
          { className: 'cmp-check' },
          h('input', {
            type: 'checkbox',
            'data-key': `town-${k}`,
            'data-town': k,
            checked,
            onchange: (e: Event) => {
              const box = e.target as HTMLInputElement;
              const next = box.checked ? [...choice.towns, k] : choice.towns.filter((t) => t !== k);
              if (next.length < 2) {
                box.checked = true;
                say(t('cmp.atLeastTwo'));
                return;
              }
              say('');
              go({ ...choice, towns: keys.filter((t) => next.includes(t)) });
            },
          }),
          ` ${nameText(name.zh, name.en)}`,
        );
      }),
    );

    const hidden = config.rows.map((r) => r.id).filter((r) => !choice.rows.includes(r));
    const move = (id: RowId, by: -1 | 1) => {
      const rows = [...choice.rows];
      const i = rows.indexOf(id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= rows.length) return;
      [rows[i], rows[j]] = [rows[j] as RowId, rows[i] as RowId];
      go({ ...choice, rows });
    };
    const rowItem = (id: RowId, shown: boolean, i: number) => {
      const label = rowName(config, id, lang());
      return h(
        'li',
        { 'data-row': id },
        h(
          'label',
          { className: 'cmp-check' },
          h('input', {
            type: 'checkbox',
            checked: shown,
            'data-key': `show-${id}`,
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const rows = on ? [...choice.rows, id] : choice.rows.filter((r) => r !== id);
              if (rows.length === 0) {
                (e.target as HTMLInputElement).checked = true;
                say(t('cmp.atLeastOneRow'));
                return;
              }
              go({ ...choice, rows });
            },
          }),
          ` ${label}`,
        ),
        shown
          ? h(
              'span',
              { className: 'cmp-move' },
              h(
                'button',
                {
                  type: 'button',
                  className: 'btn cmp-up',
                  'data-key': `up-${id}`,
                  'aria-label': t('cmp.moveUp', { row: label }),
                  disabled: i === 0,
                  onclick: () => move(id, -1),
                },
                '↑',
              ),
              h(
                'button',
                {
                  type: 'button',
                  className: 'btn cmp-down',
                  'data-key': `down-${id}`,
                  'aria-label': t('cmp.moveDown', { row: label }),
                  disabled: i === choice.rows.length - 1,
                  onclick: () => move(id, 1),
                },
                '↓',
              ),
            )
          : null,
      );
    };
    const rows = h(
      'details',
      { className: 'cmp-rows', open: rowsOpen },
      h('summary', { className: 'btn', 'data-key': 'rows-summary' }, t('cmp.rows')),
      h(
        'div',
        { className: 'cmp-rows-pop' },
        h(
          'ol',
          {},
          ...choice.rows.map((id, i) => rowItem(id, true, i)),
          ...hidden.map((id, i) => rowItem(id, false, choice.rows.length + i)),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'btn',
            'data-key': 'rows-reset',
            onclick: () => go({ ...choice, rows: defaultChoice(config).rows }),
          },
          t('cmp.rowsReset'),
        ),
      ),
    );
    rows.addEventListener('toggle', () => (rowsOpen = rows.open));

    controls.replaceChildren(towns, rows);
  }

  function renderContent(): void {
    if (!data) return;
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
      h('p', { className: 'cmp-attrib' }, planText(data.config.text.attrib)),
    );
    content.replaceChildren(...parts);
    content.querySelector('.cmp-scale-cell')?.append(hoverNote);
    hovered = null;
    hoverNote.textContent = '';
    root.dataset['towns'] = choice.towns.join(',');
    root.dataset['rows'] = choice.rows.join(',');
  }

  function render(): void {
    const active = document.activeElement as HTMLElement | null;
    const key = active && root.contains(active) ? active.dataset['key'] : undefined;
    renderControls();
    renderContent();
    if (key) root.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus();
  }

  // Hovering (or focusing) a place on one map or in the table highlights it on every map.
  let hovered: string | null = null;
  const setHovered = (id: string | null) => {
    if (id === hovered) return;
    hovered = id;
    for (const el of root.querySelectorAll('.pl.is-hl, .cmp-place.is-hl')) el.classList.remove('is-hl');
    if (!id || !data) {
      hoverNote.textContent = '';
      root.dataset['hover'] = '';
      return;
    }
    const els = root.querySelectorAll(`[data-id="${CSS.escape(id)}"]`);
    for (const el of els) el.classList.add('is-hl');
    const maps = new Set(
      [...root.querySelectorAll(`.cmp-map [data-id="${CSS.escape(id)}"]`)].map((el) =>
        el.closest('.cmp-map')?.getAttribute('data-town'),
      ),
    );
    const p = data.places[id];
    root.dataset['hover'] = id;
    hoverNote.textContent = p
      ? t('cmp.hover', { name: nameText(p.name_zh, p.name_en), n: maps.size, total: choice.towns.length })
      : '';
  };
  const idOf = (t: EventTarget | null) =>
    t instanceof Element ? (t.closest('[data-id]')?.getAttribute('data-id') ?? null) : null;
  root.addEventListener('pointerover', (e) => setHovered(idOf(e.target)));
  root.addEventListener('pointerleave', () => setHovered(null));
  root.addEventListener('focusin', (e) => setHovered(idOf(e.target)));

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const t = e.target as HTMLElement | null;
    // Esc in the header's search box belongs to the search box.
    if (t && !root.contains(t) && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA')) return;
    const rows = root.querySelector<HTMLDetailsElement>('details.cmp-rows');
    if (rows?.open && t && rows.contains(t)) {
      rows.open = false;
      rowsOpen = false;
      rows.querySelector('summary')?.focus();
      return;
    }
    navigate([]);
  };
  document.addEventListener('keydown', onKey);

  title.focus();
  loadCompare()
    .then((d) => {
      data = d;
      choice = parseCompareRoute(route, d.config);
      renderBar();
      render();
      root.dataset['state'] = 'ready';
    })
    .catch((e: unknown) => {
      root.dataset['state'] = 'error';
      failure = e instanceof Error ? e.message : String(e);
      renderBar();
      content.replaceChildren(errorNote);
    });

  // The language changes: every word again, the same towns, rows, open rows list and focus.
  const offLang = store.subscribe(
    (s) => s.lang,
    () => {
      renderBar();
      render();
    },
  );

  return {
    update(next: string[]) {
      route = next;
      if (!data) return;
      choice = parseCompareRoute(route, data.config);
      render();
    },
    unmount() {
      offLang();
      document.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}
