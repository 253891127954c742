// The targets view (#/targets[/<chapter>]): every quantitative target of the plan, by chapter, each quoted from its
// clause (its value highlighted) with its value, unit and year, a link to it in the reader, the places it names
// and its outcome with the source that reports it; filtered by words and by chapter (the chapter lives in the
// URL), downloadable as CSV in the interface's language.

import './targets.css';
import {
  loadPlaces,
  loadPlan,
  loadTargets,
  loadTranslations,
  type Places,
  type Targets,
} from '../../data/load';
import type { Plan } from '../../data/plan';
import { filterTargets, targetsCsv, type PlaceNames, type TargetFilter } from '../../data/targets/view';
import { lang, t } from '../../i18n/i18n';
import { navigate } from '../../router';
import { store } from '../../state/store';
import { download, h } from '../dom';
import type { ViewHandle } from '../views';
import { renderList, type ListContext } from './list';

interface Loaded {
  targets: Targets;
  plan: Plan;
  places: Places;
  titles: Record<string, string>;
}

async function load(): Promise<Loaded> {
  const [targets, plan, places] = await Promise.all([loadTargets(), loadPlan(), loadPlaces()]);
  const titles = lang() === 'en' ? (await loadTranslations()).titles : {};
  return { targets, plan, places, titles };
}

/** The filter's controls: the words (applied as typed) and the chapter (a route, so a link keeps it). */
function filterControls(filter: TargetFilter, changed: () => void) {
  const filterLabel = h('span', {});
  const input = h('input', { type: 'search', className: 'tg-filter', 'aria-describedby': 'tg-shown' });
  input.addEventListener('input', () => {
    filter.text = input.value;
    changed();
  });
  const chapterLabel = h('span', {});
  const select = h('select', { className: 'tg-chapter' });
  select.addEventListener('change', () => navigate(select.value ? ['targets', select.value] : ['targets']));
  const el = h(
    'div',
    { className: 'tg-controls' },
    h('label', {}, filterLabel, input),
    h('label', {}, chapterLabel, select),
  );
  const renderWords = () => {
    filterLabel.textContent = `${t('tg.filter')} `;
    input.placeholder = t('tg.filter.placeholder');
    chapterLabel.textContent = `${t('tg.chapter')} `;
  };
  return { el, input, select, renderWords };
}

export function mount(host: HTMLElement, initialRoute: string[]): ViewHandle {
  const filter: TargetFilter = { text: '', chapter: initialRoute[1] ?? '' };
  let data: Loaded | null = null;
  let failure: string | null = null;

  const title = h('h2', { id: 'tg-title', className: 'tg-title', tabindex: -1 });
  const count = h('p', { className: 'tg-count' });
  const intro = h('p', { className: 'tg-intro' });
  const csv = h('button', { type: 'button', className: 'btn tg-csv', onclick: () => saveCsv() });
  const close = h('button', { type: 'button', className: 'btn tg-close', onclick: () => navigate([]) });
  const controls = filterControls(filter, () => renderBody());
  const { select } = controls;
  const shown = h('p', { className: 'tg-shown', id: 'tg-shown', role: 'status' });
  const list = h('div', { className: 'tg-list' });
  const root = h(
    'section',
    { className: 'tg', 'aria-labelledby': 'tg-title', 'data-state': 'loading' },
    h('header', { className: 'tg-bar' }, title, csv, close),
    intro,
    count,
    controls.el,
    shown,
    list,
  );
  host.append(root);

  const names: PlaceNames = (id) => {
    const p = data?.places.byId.get(id)?.properties;
    return p ? { zh: p.name_zh, en: p.name_en } : undefined;
  };
  const listed = () => (data ? filterTargets(data.targets.targets, filter, names) : []);

  function saveCsv(): void {
    if (data) download(targetsCsv(listed(), lang(), names), t('tg.csvFile'), 'text/csv;charset=utf-8');
  }

  /** The chapters that have targets, for the select. */
  function renderSelect(d: Loaded): void {
    const chapters = [...new Set(d.targets.targets.map((x) => x.chapter))];
    select.replaceChildren(
      h('option', { value: '' }, t('tg.chapter.all')),
      ...chapters.map((id) => {
        const ch = d.plan.units.find((u) => u.chapter.id === id)?.chapter;
        const label = ch ? `${ch.numeral}、${ch.title.text}` : id;
        const working = ch && !ch.title.official ? ` (${t('reader.workingLabel')})` : '';
        return h('option', { value: id }, label + working);
      }),
    );
    // A chapter the route names that has no targets (or is no chapter) shows them all.
    if (!chapters.includes(filter.chapter)) filter.chapter = '';
    select.value = filter.chapter;
  }

  function renderBar(): void {
    title.textContent = t('tg.title');
    intro.textContent = t('tg.intro');
    csv.textContent = t('tg.csv');
    close.textContent = `× ${t('view.back')}`;
    controls.renderWords();
    const all = data?.targets.targets ?? [];
    count.textContent = data ? t('tg.count', { n: all.length, m: all.filter((x) => x.outcome).length }) : '';
    if (failure !== null)
      list.replaceChildren(
        h('p', { className: 'tg-error', role: 'alert' }, t('tg.loadFailed', { error: failure })),
      );
    else if (!data) list.replaceChildren(h('p', { className: 'tg-loading' }, t('view.loading')));
  }

  function renderBody(): void {
    if (!data) return;
    const rows = listed();
    shown.textContent = t('tg.shown', { n: rows.length, total: data.targets.targets.length });
    const ctx: ListContext = { plan: data.plan, places: data.places, titles: data.titles };
    list.replaceChildren(
      rows.length ? renderList(rows, ctx) : h('p', { className: 'tg-none' }, t('tg.none')),
    );
  }

  const start = () => {
    load().then(
      (d) => {
        data = d;
        failure = null;
        renderBar();
        renderSelect(d);
        renderBody();
        root.dataset['state'] = 'ready';
      },
      (e: unknown) => {
        failure = e instanceof Error ? e.message : String(e);
        root.dataset['state'] = 'error';
        renderBar();
      },
    );
  };
  renderBar();
  start();
  const unsubscribe = store.subscribe(
    (s) => s.lang,
    () => start(),
  );
  title.focus();

  return {
    update(route) {
      filter.chapter = route[1] ?? '';
      if (data) renderSelect(data);
      renderBody();
    },
    unmount() {
      unsubscribe();
    },
  };
}
