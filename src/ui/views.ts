// Full views that take over the main area for a route: `#/compare…` (the five new towns side by side) and
// `#/tour/<id>/<step>` (presenting). Each is loaded only when its route is first opened.

import { store } from '../state/store';

export interface ViewHandle {
  /** The route changed within the same view (e.g. the next tour step). */
  update(route: string[]): void;
  unmount(): void;
}

export interface ViewModule {
  mount(host: HTMLElement, route: string[]): ViewHandle;
}

const VIEWS: Record<string, () => Promise<ViewModule>> = {};

/** Registers a view for a route's first segment; `load` is a dynamic import so its code is split. */
export function registerView(kind: string, load: () => Promise<ViewModule>): void {
  VIEWS[kind] = load;
}

export function isViewRoute(route: readonly string[]): boolean {
  return route[0] !== undefined && Object.hasOwn(VIEWS, route[0]);
}

export function mountViews(host: HTMLElement): void {
  let current: { kind: string; handle: ViewHandle } | null = null;
  let seq = 0;
  const show = async (route: string[]) => {
    const mine = ++seq;
    const kind = route[0];
    if (current && current.kind !== kind) {
      current.handle.unmount();
      current = null;
      host.replaceChildren();
      host.hidden = true;
      document.body.dataset['view'] = '';
    }
    if (!kind || !Object.hasOwn(VIEWS, kind)) return;
    if (current) {
      current.handle.update(route);
      return;
    }
    const mod = await VIEWS[kind]!();
    if (mine !== seq) return;
    host.hidden = false;
    document.body.dataset['view'] = kind;
    current = { kind, handle: mod.mount(host, route) };
  };
  store.subscribe(
    (s) => s.route,
    (route) => void show(route),
  );
  void show(store.getState().route);
}
