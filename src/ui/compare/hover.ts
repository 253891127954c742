// Hovering (or focusing) a place on one small map or in the table highlights it on every map and in the table,
// and says on how many of the maps it is drawn. The listeners are the root's, removed with `signal`.

import type { CompareChoice, CompareData } from '../../data/compare';
import { t } from '../../i18n/i18n';
import { nameText } from './names';

export interface Hover {
  /** Forgets the highlighted place (after the content was drawn anew). */
  reset(): void;
}

const idOf = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null) : null;

/** On how many of the small maps a place is drawn. */
function mapsWith(root: HTMLElement, id: string): number {
  const maps = [...root.querySelectorAll(`.cmp-map [data-id="${CSS.escape(id)}"]`)].map((el) =>
    el.closest('.cmp-map')?.getAttribute('data-town'),
  );
  return new Set(maps).size;
}

export function hoverHighlight(
  root: HTMLElement,
  note: HTMLElement,
  read: () => { data: CompareData | null; choice: CompareChoice },
  signal: AbortSignal,
): Hover {
  let hovered: string | null = null;
  const set = (id: string | null) => {
    if (id === hovered) return;
    hovered = id;
    for (const el of root.querySelectorAll('.pl.is-hl, .cmp-place.is-hl')) el.classList.remove('is-hl');
    const { data, choice } = read();
    if (!id || !data) {
      note.textContent = '';
      root.dataset['hover'] = '';
      return;
    }
    for (const el of root.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) el.classList.add('is-hl');
    const p = data.places[id];
    root.dataset['hover'] = id;
    note.textContent = p
      ? t('cmp.hover', {
          name: nameText(p.name_zh, p.name_en),
          n: mapsWith(root, id),
          total: choice.towns.length,
        })
      : '';
  };
  root.addEventListener('pointerover', (e) => set(idOf(e.target)), { signal });
  root.addEventListener('pointerleave', () => set(null), { signal });
  root.addEventListener('focusin', (e) => set(idOf(e.target)), { signal });
  return {
    reset: () => {
      hovered = null;
      note.textContent = '';
    },
  };
}
