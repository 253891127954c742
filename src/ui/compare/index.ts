// The compare view (#/compare[/<towns>[/<rows>]]): a plan's towns side by side, a column per town in the plan's
// order, small maps at one scale, a profile table whose every cell cites its clause or source, bar charts of the
// numeric rows, CSV export and a print layout. The choice of towns and the order of rows live in the URL. Which
// towns and rows there are, and the plan's own words, come with the data (data/compare.json's `config`), so the
// controls are drawn once it has loaded. This module composes: the bar (bar.ts), the controls (controls.ts), the
// content (content.ts), the hover highlight (hover.ts), over one state object; `unmount` removes every listener and
// the store subscription it added, and a load that ends after it changes nothing.

import './compare.css';
import { loadPlanData } from '../../data/load';
import {
  compareRoute,
  parseCompareRoute,
  toCsv,
  type CompareChoice,
  type CompareData,
} from '../../data/compare';
import { lang } from '../../i18n/i18n';
import { navigate } from '../../router';
import { store } from '../../state/store';
import { download, h } from '../dom';
import type { ViewHandle } from '../views';
import { compareBar, type Bar } from './bar';
import { contentParts, planText } from './content';
import { renderControls } from './controls';
import { hoverHighlight, type Hover } from './hover';

const loadCompare = () => loadPlanData<CompareData>('compare.json');

/** What the view shows: the route, the data once loaded, the choice read from the route against it. */
interface CompareState {
  route: string[];
  data: CompareData | null;
  /** The route read against the plan's towns and rows (none before the data has loaded). */
  choice: CompareChoice;
  rowsOpen: boolean;
  failure: string | null;
  disposed: boolean;
}

/** Esc closes the open rows list when inside it, else the view (but Esc in the header's search box is its own). */
function escapeHandler(root: HTMLElement, state: CompareState) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target && !root.contains(target) && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA'))
      return;
    const rows = root.querySelector<HTMLDetailsElement>('details.cmp-rows');
    if (rows?.open && target && rows.contains(target)) {
      rows.open = false;
      state.rowsOpen = false;
      rows.querySelector('summary')?.focus();
      return;
    }
    navigate([]);
  };
}

/** The view's elements and the helpers its parts share. */
interface CompareDom {
  root: HTMLElement;
  bar: Bar;
  controls: HTMLElement;
  status: HTMLElement;
  content: HTMLElement;
  hoverNote: HTMLElement;
  hover: Hover;
  go: (next: CompareChoice) => void;
}

/** Builds the view's elements (not yet in the document); the root's listeners end with `signal`. */
function buildDom(state: CompareState, signal: AbortSignal): CompareDom {
  const go = (next: CompareChoice) => {
    if (state.data) navigate(compareRoute(next, state.data.config));
  };
  const bar = compareBar({
    close: () => navigate([]),
    csv: () => {
      const { data, choice } = state;
      if (data) download(toCsv(data, choice, lang()), data.config.csvFile, 'text/csv;charset=utf-8');
    },
    print: () => window.print(),
  });
  const status = h('p', { className: 'cmp-status', role: 'status' });
  const hoverNote = h('p', { className: 'cmp-hover', 'aria-live': 'polite' });
  const controls = h('div', { className: 'cmp-controls' });
  const content = h('div', { className: 'cmp-content' }, bar.loadingNote);
  const root = h(
    'section',
    { className: 'cmp', 'aria-labelledby': 'cmp-title', 'data-state': 'loading' },
    bar.header,
    controls,
    status,
    content,
  );
  const hover = hoverHighlight(root, hoverNote, () => state, signal);
  return { root, bar, controls, status, content, hoverNote, hover, go };
}

/** Draws the controls and the content for the choice, keeping the focused control focused. */
function render(dom: CompareDom, state: CompareState): void {
  const { data, choice } = state;
  if (!data) return;
  const { root, controls, content } = dom;
  const active = document.activeElement as HTMLElement | null;
  const key = active && root.contains(active) ? active.dataset['key'] : undefined;
  controls.replaceChildren(
    ...renderControls({
      config: data.config,
      choice,
      townsLegend: planText(data.config.text.towns),
      rowsOpen: state.rowsOpen,
      go: dom.go,
      say: (text) => (dom.status.textContent = text),
      rowsToggled: (open) => (state.rowsOpen = open),
    }),
  );
  content.replaceChildren(...contentParts(data, choice));
  content.querySelector('.cmp-scale-cell')?.append(dom.hoverNote);
  dom.hover.reset();
  root.dataset['towns'] = choice.towns.join(',');
  root.dataset['rows'] = choice.rows.join(',');
  if (key) root.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus();
}

/** Loads the data and draws it, or says why it could not; nothing once the view is gone. */
function load(dom: CompareDom, state: CompareState): void {
  loadCompare()
    .then((d) => {
      if (state.disposed) return;
      state.data = d;
      state.choice = parseCompareRoute(state.route, d.config);
      dom.bar.words(d, null);
      render(dom, state);
      dom.root.dataset['state'] = 'ready';
    })
    .catch((e: unknown) => {
      if (state.disposed) return;
      dom.root.dataset['state'] = 'error';
      state.failure = e instanceof Error ? e.message : String(e);
      dom.bar.words(null, state.failure);
      dom.content.replaceChildren(dom.bar.errorNote);
    });
}

export function mount(host: HTMLElement, initialRoute: string[]): ViewHandle {
  const state: CompareState = {
    route: initialRoute,
    data: null,
    choice: { towns: [], rows: [] },
    rowsOpen: false,
    failure: null,
    disposed: false,
  };
  const listening = new AbortController();
  const dom = buildDom(state, listening.signal);
  dom.bar.words(null, null);
  host.append(dom.root);
  document.addEventListener('keydown', escapeHandler(dom.root, state), { signal: listening.signal });
  dom.bar.title.focus();
  load(dom, state);
  // The language changes: every word again, the same towns, rows, open rows list and focus.
  const offLang = store.subscribe(
    (s) => s.lang,
    () => {
      dom.bar.words(state.data, state.failure);
      render(dom, state);
    },
  );
  return {
    update(next: string[]) {
      state.route = next;
      if (!state.data) return;
      state.choice = parseCompareRoute(next, state.data.config);
      render(dom, state);
    },
    unmount() {
      if (state.disposed) return;
      state.disposed = true;
      offLang();
      listening.abort();
      dom.root.remove();
    },
  };
}
