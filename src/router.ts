// Keeps the URL hash and the store in step: the route and the camera both ways, the view added back to links
// that carry only a route (e.g. a clause link in the text), so that every URL restores what the user saw.

import { viewLimits } from './data/active-plan';
import { parseAt } from './data/timeline';
import { setAt, setHiddenLayers, setRoute, store } from './state/store';
import { formatHash, parseHash as parseWith, type HashState, type View } from './url-state';

/** The URL's state, with a camera only where the plan's map may go. */
const parseHash = (hash: string): HashState => parseWith(hash, viewLimits());

/** Called with a view the URL asks for (initial load or a pasted link). */
export type ApplyView = (view: View) => void;

export function currentHash(): HashState {
  return parseHash(location.hash);
}

let applyView: ApplyView | null = null;

/** The map registers how to move the camera once it exists. */
export function setViewApplier(fn: ApplyView): void {
  applyView = fn;
}

let allLayers: readonly string[] = [];

/**
 * The themes' ids, so that the URL can list the visible ones (only when some are hidden); called once at start, before
 * the map's first style is built, it shows the themes the URL names. Not on a tour's route: there the URL's list is
 * the step's, which the tour shows itself, and leaving the tour brings back every theme, as on any tour link.
 */
export function setLayerIds(ids: readonly string[]): void {
  allLayers = ids;
  const { route, layers: asked, at } = parseHash(location.hash);
  if (asked && route[0] !== 'tour') setHiddenLayers(ids.filter((id) => !asked.includes(id)));
  startDate(at, route[0] === 'tour');
}

/**
 * The timeline's date at start: the hash's (`#/?at=2023-06`), or a page address's (`?at=2023-06`), which moves into
 * the hash (where the app keeps it from then on, so that a stale one in the address never comes back). Not on a
 * tour's route, like the layers: there the date is the step's, and leaving the tour brings back today.
 */
function startDate(inHash: string | undefined, tour: boolean): void {
  const url = new URL(location.href);
  const asked = url.searchParams.get('at');
  if (asked !== null) {
    url.searchParams.delete('at');
    history.replaceState(history.state, '', url);
  }
  if (!tour) setAt(inHash ?? parseAt(asked));
}

/** The URL's state with what the store says of the themes shown and the timeline's date. */
function withLayers(state: HashState): HashState {
  const { hiddenLayers: hidden, at } = store.getState();
  const { layers: _ignored, at: _at, ...rest } = state;
  const dated = at ? { ...rest, at } : rest;
  return hidden.length ? { ...dated, layers: allLayers.filter((l) => !hidden.includes(l)) } : dated;
}

export function startRouter(): void {
  // Following a hash link fires popstate and then hashchange for the same URL: act once per URL.
  let synced = '';
  const sync = () => {
    if (location.href === synced) return;
    synced = location.href;
    const parsed = parseHash(location.hash);
    setRoute(parsed.route);
    if (parsed.view && applyView) applyView(parsed.view);
    // A full link of the app (it has a camera) says the date too: none is today. A bare link (a clause's) keeps it.
    if (parsed.view || parsed.at) setAt(parsed.at ?? null);
    const view = store.getState().view;
    if (!parsed.view && view) history.replaceState(null, '', formatHash(withLayers({ ...parsed, view })));
    synced = location.href;
  };
  window.addEventListener('hashchange', sync);
  window.addEventListener('popstate', sync);
  setRoute(parseHash(location.hash).route);
  store.subscribe(
    (s) => [s.view, s.hiddenLayers, s.at] as const,
    ([view]) => {
      if (!view) return;
      history.replaceState(null, '', formatHash(withLayers({ ...parseHash(location.hash), view })));
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
}

export function navigate(route: string[]): void {
  const view = store.getState().view;
  const hash = formatHash(withLayers({ ...parseHash(location.hash), route, ...(view ? { view } : {}) }));
  if (hash === location.hash) return;
  // The route changes now, in the same task (a hashchange event would wait for the next frame); the URL gets
  // a history entry, so Back returns to the previous route (popstate → sync).
  history.pushState(null, '', hash);
  setRoute(parseHash(hash).route);
}
