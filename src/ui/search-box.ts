// One search box for the whole plan (clauses now, places too): `/` focuses it, arrow keys move through the
// results, Enter opens one. Results show the id, where it is, and a snippet with the match highlighted.

import type { SearchHit, SearchIndex } from '../data/search';
import { search } from '../data/search';
import { h, highlighted } from './dom';
import { t } from '../i18n/i18n';
import { store } from '../state/store';

export interface SearchBoxOptions {
  getIndex: () => Promise<SearchIndex>;
  /** Secondary line of a hit (e.g. the clause's breadcrumb, a place's kind). */
  describe: (hit: SearchHit) => { label: string; context: string };
  open: (hit: SearchHit) => void;
}

export function mountSearchBox(host: HTMLElement, opts: SearchBoxOptions): HTMLInputElement {
  const input = h('input', {
    type: 'search',
    id: 'search',
    className: 'search-input',
    placeholder: t('search.placeholder'),
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    'aria-label': t('search.label'),
  });
  const list = h('ul', { id: 'search-results', className: 'search-results', role: 'listbox', hidden: true });
  host.append(h('div', { className: 'search', role: 'search' }, input, list));

  let hits: SearchHit[] = [];
  let active = -1;
  let index: SearchIndex | null = null;
  let seq = 0;

  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const el = list.children[i] as HTMLElement | undefined;
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.blur();
    opts.open(hit);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const d = opts.describe(hit);
        return h(
          'li',
          {
            id: `search-hit-${i}`,
            role: 'option',
            className: `search-hit search-hit-${hit.type}`,
            'aria-selected': 'false',
            'data-hit-id': hit.id,
            onmousedown: (e: Event) => {
              e.preventDefault();
              choose(hit);
            },
          },
          h('span', { className: 'hit-label' }, d.label),
          h('span', { className: 'hit-context' }, d.context),
          h('span', { className: 'hit-snippet' }, ...highlighted(hit.snippet.text, hit.snippet.highlights)),
        );
      }),
    );
    if (!hits.length && input.value.trim()) {
      list.append(h('li', { className: 'search-empty', role: 'presentation' }, t('search.none')));
    }
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
    setActive(hits.length ? 0 : -1);
  };
  const run = async () => {
    const mine = ++seq;
    index ??= await opts.getIndex();
    if (mine !== seq) return;
    hits = search(index, input.value, 12);
    render();
    list.dataset['query'] = input.value;
  };

  store.subscribe(
    (s) => s.lang,
    () => {
      input.placeholder = t('search.placeholder');
      input.setAttribute('aria-label', t('search.label'));
      if (!list.hidden) void run();
    },
  );
  input.addEventListener('focus', () => void opts.getIndex().then((i) => (index = i)));
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  return input;
}
