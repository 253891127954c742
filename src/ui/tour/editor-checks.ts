// The editor's live list of the tour's problems: the same checks as the build (shape, then clauses, quotes,
// places, layers), in the current language.

import {
  checkTourRefs,
  formatTourProblem,
  parseTourValue,
  type Tour,
  type TourRefs,
} from '../../data/tour-schema';
import { lang, t as msg } from '../../i18n/i18n';
import { h } from '../dom';

/** Every problem of the tour as it stands; references checked once `refs` are known. */
export function problemsOf(t: Tour, refs: TourRefs | null): string[] {
  const shape = parseTourValue(t);
  const out = shape.ok ? [] : shape.problems;
  if (refs) out.push(...checkTourRefs(t, refs));
  return [...new Set(out.map((p) => formatTourProblem(p, lang())))];
}

/** Lists the problems in `el` (its `data-count` says how many); returns them. */
export function showProblems(el: HTMLElement, t: Tour, refs: TourRefs | null): string[] {
  const list = problemsOf(t, refs);
  el.dataset['count'] = String(list.length);
  el.replaceChildren(
    list.length
      ? h('ul', { className: 'te-problem-list' }, ...list.slice(0, 20).map((p) => h('li', {}, p)))
      : h('p', { className: 'te-ok' }, msg('te.ok')),
  );
  return list;
}
