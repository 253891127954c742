// The tour session as data, and every way it changes, as pure functions: moving between steps (clamped), showing
// a step the route names (an out-of-range one corrected), a tour replaced or received from the other window, and
// the editor's operations on steps and captions. No DOM, no store, no map: the view modules apply the results, and
// tests/unit/tour-session.test.ts checks them. The types the tour's modules share live here too (this file imports
// nothing of the tour's), so that no two tour modules import each other.

import { isQuote, type CaptionPart, type Tour, type TourStep, type TourView } from '../../data/tour-schema';

export type TourSource = 'built-in' | 'link' | 'local';

export interface Session {
  tour: Tour;
  source: TourSource;
  /** The built-in tour of the same id, if any (to revert to). */
  builtIn?: Tour;
  /** 1-based; 0 until the route's step is first shown. */
  step: number;
  /** Edited, and not yet kept as the user's copy (the tour has problems): the tab's draft only (draft.ts). */
  unsaved?: true;
}

/** What the tour view shows: `data-state` on its root. */
export type Status = 'loading' | 'ready' | 'error';

export interface TourState {
  session: Session | null;
  status: Status;
  /** The user has moved the map or switched layers since the step was shown. */
  explored: boolean;
  /** A step another window asked for: reaching it is not announced back. */
  remoteStep: number | null;
}

/**
 * What the tour needs to know of the plan it presents: its themes (layer ids, in the order of the legend's labels)
 * and the camera of a step made without a map. One object, built where the view is mounted.
 */
export interface PlanFacts {
  themes: readonly string[];
  themeLabels: readonly { theme: string; zh: string; en: string }[];
  defaultView: TourView;
}

export const initialState = (): TourState => ({
  session: null,
  status: 'loading',
  explored: false,
  remoteStep: null,
});

export const currentStep = (s: Session | null | undefined): TourStep | undefined =>
  s ? s.tour.steps[s.step - 1] : undefined;

export const clampStep = (tour: Tour, n: number): number => Math.min(Math.max(1, n), tour.steps.length);

/** The step to move to for step `n` (clamped to the tour); null when there is nothing to do. */
export function goToTarget(s: Session | null, n: number): number | null {
  if (!s) return null;
  const c = clampStep(s.tour, n);
  return c === s.step ? null : c;
}

/** The step to move to `delta` steps away; null when there is nothing to do. */
export const goTarget = (s: Session | null, delta: number): number | null =>
  s ? goToTarget(s, s.step + delta) : null;

export type ShowResult =
  /** `n` is not a step of the tour: the route is to be corrected to `step`. */
  | { kind: 'corrected'; step: number; total: number }
  /** `moved`: another step than before (its camera to apply); `announce`: tell the other window. */
  | { kind: 'shown'; state: TourState; moved: boolean; announce: boolean };

/** Shows step `n` of the session's tour (the route says which); null without a session. */
export function showStep(state: TourState, n: number): ShowResult | null {
  const s = state.session;
  if (!s) return null;
  const total = s.tour.steps.length;
  if (n < 1 || n > total) return { kind: 'corrected', step: clampStep(s.tour, n), total };
  const moved = n !== s.step || state.status !== 'ready';
  const remote = state.remoteStep === n;
  return {
    kind: 'shown',
    state: {
      ...state,
      session: { ...s, step: n },
      status: 'ready',
      remoteStep: remote ? null : state.remoteStep,
    },
    moved,
    announce: !remote && moved,
  };
}

/** A loaded tour as a new session (a copy: the cached built-in is never the session's). */
export function loadedSession(loaded: { tour: Tour; source: TourSource; builtIn?: Tour }): Session {
  return { ...loaded, tour: structuredClone(loaded.tour), step: 0 };
}

/** Another tour in place of the session's (step 0: whatever the route says next is shown afresh). */
export function replacedSession(s: Session | null, tour: Tour, source: TourSource): Session {
  const builtIn = s?.builtIn?.id === tour.id ? s.builtIn : undefined;
  return { tour, source, step: 0, ...(builtIn ? { builtIn } : {}) };
}

/** The session once kept as the user's copy; `dropLink`: the tour no longer is the link's. */
export function persistedSession(s: Session): { session: Session; dropLink: boolean } {
  const { unsaved: _kept, ...rest } = s;
  return { session: { ...rest, source: 'local' }, dropLink: s.source === 'link' };
}

/** The session as edited: unsaved until it is kept as the user's copy. */
export const editedSession = (s: Session): Session => ({ ...s, unsaved: true });

// --- the other window ---

/** Whether the presenter's window takes a tour the audience window sent (its own, or it has none on screen). */
export const acceptsRemoteTour = (state: TourState, id: string): boolean =>
  !state.session || state.session.tour.id === id || state.status !== 'ready';

/**
 * The audience window's tour and step, received in the presenter's window. `next`: `'replace'` (another tour: the
 * route corrected to it), `'go'` (the same tour, another step: a move through the route), `'render'` (only redraw).
 */
export function receiveTour(
  state: TourState,
  tour: Tour,
  step: number,
): { state: TourState; next: 'replace' | 'go' | 'render' } {
  const prev = state.session;
  const session: Session = { tour, source: prev?.source ?? 'local', step: prev?.step ?? 1 };
  if (prev?.tour.id !== tour.id) return { state: { ...state, session, remoteStep: step }, next: 'replace' };
  if (step !== session.step) return { state: { ...state, session, remoteStep: step }, next: 'go' };
  return { state: { ...state, session }, next: 'render' };
}

/** The other window moved to `step` of `tourId`: the state to go there with; null when it is not for us. */
export function receiveStep(state: TourState, tourId: string, step: number): TourState | null {
  const s = state.session;
  if (!s || tourId !== s.tour.id || step === s.step) return null;
  return { ...state, remoteStep: step };
}

// --- editing: every operation returns a new session (the step number unchanged) ---

/** An edit that moves to another step: `goTo`, through the route. */
export interface Edit {
  session: Session;
  goTo?: number;
}

/** A text field's value for an optional field: nothing when blank. */
export const optional = (v: string): string | undefined => (v.trim() ? v : undefined);

/** `obj` with `patch` applied; a key patched to `undefined` is removed. */
function patched<T extends object>(obj: T, patch: Record<string, unknown>): T {
  const out = { ...obj } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as unknown as T;
}

const withSteps = (s: Session, steps: TourStep[]): Session => ({ ...s, tour: { ...s.tour, steps } });

/** The session with its current step changed by `f` (unchanged without a current step). */
function mapStep(s: Session, f: (step: TourStep) => TourStep): Session {
  const step = currentStep(s);
  if (!step) return s;
  return withSteps(
    s,
    s.tour.steps.map((x, i) => (i === s.step - 1 ? f(step) : x)),
  );
}

export function setTourText(s: Session, field: 'title' | 'title_en', v: string): Session {
  return { ...s, tour: patched(s.tour, { [field]: field === 'title' ? v : optional(v) }) };
}

export function setStepText(s: Session, field: 'title' | 'title_en' | 'notes' | 'at', v: string): Session {
  const value = field === 'title_en' || field === 'at' ? optional(field === 'at' ? v.trim() : v) : v;
  return mapStep(s, (st) => patched(st, { [field]: value }));
}

/** The current step plays the timeline from its date, or not. */
export const setStepPlay = (s: Session, on: boolean): Session =>
  mapStep(s, (st) => patched(st, { play: on ? true : undefined }));

/** The current step's caption part `i` with its fields patched (`undefined` removes an optional one). */
export function patchPart(
  s: Session,
  i: number,
  patch: Record<string, string | string[] | undefined>,
): Session {
  return mapStep(s, (st) => ({
    ...st,
    caption: st.caption.map((p, k) => (k === i ? patched(p, patch) : p)),
  }));
}

/** Part `i` turned into a quote or a summary, its text and clauses kept. */
export function setPartKind(s: Session, i: number, kind: 'quote' | 'summary'): Session {
  return mapStep(s, (st) => ({
    ...st,
    caption: st.caption.map((p, k): CaptionPart => {
      if (k !== i) return p;
      const text = isQuote(p) ? p.quote : p.summary;
      return kind === 'quote'
        ? { quote: text, clause: isQuote(p) ? p.clause : (p.cites[0] ?? '') }
        : { summary: text, cites: isQuote(p) ? [p.clause].filter(Boolean) : p.cites };
    }),
  }));
}

export const addPart = (s: Session, part: CaptionPart): Session =>
  mapStep(s, (st) => ({ ...st, caption: [...st.caption, part] }));

export const removePart = (s: Session, i: number): Session =>
  mapStep(s, (st) => ({ ...st, caption: st.caption.filter((_, k) => k !== i) }));

/** A place highlighted in the current step (once). */
export const highlightPlace = (s: Session, id: string): Session =>
  mapStep(s, (st) => (st.highlight.includes(id) ? st : { ...st, highlight: [...st.highlight, id] }));

/** The current step's highlighted place `k` no longer highlighted. */
export const unhighlightPlace = (s: Session, k: number): Session =>
  mapStep(s, (st) => ({ ...st, highlight: st.highlight.filter((_, j) => j !== k) }));

/** Theme `theme` shown or not in the current step; the step's layers in the order of `themes`. */
export function setLayer(s: Session, theme: string, on: boolean, themes: readonly string[]): Session {
  return mapStep(s, (st) => ({
    ...st,
    layers: themes.filter((id) => (id === theme ? on : st.layers.includes(id))),
  }));
}

/** The current step takes the view, layers and places of `captured` (the map as it is). */
export const useView = (s: Session, captured: TourStep): Session =>
  mapStep(s, (st) => ({
    ...st,
    view: captured.view,
    layers: captured.layers,
    highlight: captured.highlight,
    ...(captured.at ? { at: captured.at } : {}),
  }));

/** A step inserted after the current one, which it becomes. */
export function addStep(s: Session, step: TourStep): Edit {
  const steps = [...s.tour.steps];
  steps.splice(s.step, 0, step);
  return { session: withSteps(s, steps), goTo: s.step + 1 };
}

/** Step `i` (0-based) moved by `d`; the current step follows it if it was the one moved. Null when out of range. */
export function moveStep(s: Session, i: number, d: number): Edit | null {
  const steps = [...s.tour.steps];
  if (i < 0 || i >= steps.length || i + d < 0 || i + d >= steps.length) return null;
  const [st] = steps.splice(i, 1);
  steps.splice(i + d, 0, st!);
  return { session: withSteps(s, steps), ...(s.step === i + 1 ? { goTo: i + d + 1 } : {}) };
}

/** Step `i` (0-based) removed; the current step kept (or the one before). Null for the last step left. */
export function removeStep(s: Session, i: number): (Edit & { removed: TourStep }) | null {
  const removed = s.tour.steps[i];
  if (s.tour.steps.length <= 1 || !removed) return null;
  const steps = s.tour.steps.filter((_, k) => k !== i);
  const target = Math.min(s.step > i + 1 ? s.step - 1 : s.step, steps.length);
  return { session: withSteps(s, steps), removed, ...(target !== s.step ? { goTo: target } : {}) };
}
