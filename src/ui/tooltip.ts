// The hover tooltip: the hovered feature's names (zh, en), placed next to the pointer. Text only, never HTML.

import { store } from '../state/store';

export type TooltipLines = (layer: string, id: string) => string[] | null;

export function mountTooltip(container: HTMLElement, describe: TooltipLines): void {
  const el = document.createElement('div');
  el.className = 'map-tooltip';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  container.append(el);
  store.subscribe(
    (s) => s.hover,
    (hover) => {
      const lines = hover ? describe(hover.layer, hover.id) : null;
      if (!hover || !lines) {
        el.hidden = true;
        return;
      }
      el.replaceChildren(
        ...lines.map((line, i) => {
          const div = document.createElement('div');
          div.className = i === 0 ? 'tt-title' : 'tt-line';
          div.textContent = line;
          return div;
        }),
      );
      el.hidden = false;
      const maxX = container.clientWidth - el.offsetWidth - 8;
      el.style.transform = `translate(${Math.min(hover.x + 14, maxX)}px, ${Math.max(hover.y - 10 - el.offsetHeight, 4)}px)`;
    },
  );
}
