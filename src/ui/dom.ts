// A tiny element builder: every string becomes a text node, never HTML, so nothing in the data can inject markup.

import { setOverMap } from '../state/store';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'className') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Text with some ranges wrapped in `<mark>` (ranges sorted or not, may not overlap). */
export function highlighted(
  text: string,
  ranges: readonly (readonly [number, number])[],
  cls?: string,
): Node[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Node[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (a < at || b <= a) continue;
    if (a > at) out.push(document.createTextNode(text.slice(at, a)));
    out.push(h('mark', cls ? { className: cls } : {}, text.slice(a, b)));
    at = b;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** Saves `data` as a file called `name`, of media type `type` (a string's is plain text unless told). */
export function download(data: Blob | string, name: string, type?: string): void {
  const blob =
    typeof data === 'string' || type ? new Blob([data], { type: type ?? 'text/plain;charset=utf-8' }) : data;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies `text` to the clipboard; false when the browser does not let us. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps the store told what `el` covers of the map (`host` is the map's frame), as it opens, closes or is
 * resized, so that the camera fits places beside it without reading the page. Returns the disposer.
 */
export function reportOverMap(name: string, el: HTMLElement, host: HTMLElement): () => void {
  const measure = () => {
    const r = el.getBoundingClientRect();
    const h0 = host.getBoundingClientRect();
    setOverMap(
      name,
      el.isConnected && r.width > 0 && r.height > 0
        ? { x: r.left - h0.left, y: r.top - h0.top, width: r.width, height: r.height }
        : null,
    );
  };
  const ro = new ResizeObserver(measure);
  ro.observe(el);
  ro.observe(host);
  measure();
  return () => {
    ro.disconnect();
    setOverMap(name, null);
  };
}
