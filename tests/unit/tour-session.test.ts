// Tests of the tour session model (src/ui/tour/session.ts): moving between steps, a route's step shown or
// corrected, tours replaced and received from the other window, and the editor's operations on steps and captions.
// Each operation leaves the session it was given as it was.
import { describe, expect, it } from 'vitest';
import type { Tour, TourStep } from '../../src/data/tour-schema';
import {
  acceptsRemoteTour,
  addPart,
  addStep,
  clampStep,
  currentStep,
  editedSession,
  goTarget,
  goToTarget,
  highlightPlace,
  initialState,
  loadedSession,
  moveStep,
  patchPart,
  persistedSession,
  receiveStep,
  receiveTour,
  removePart,
  removeStep,
  replacedSession,
  setLayer,
  setPartKind,
  setStepPlay,
  setStepText,
  setTourText,
  showStep,
  unhighlightPlace,
  useView,
  type Session,
  type TourState,
} from '../../src/ui/tour/session';

const step = (title: string, extra: Partial<TourStep> = {}): TourStep => ({
  title,
  view: { center: [121.4, 31.2], zoom: 10, bearing: 0, pitch: 0 },
  layers: ['centre'],
  highlight: [],
  caption: [{ quote: '原文', clause: '10.1' }],
  notes: '',
  ...extra,
});

const tour = (n: number, id = 'demo'): Tour => ({
  id,
  title: 'Demo',
  steps: Array.from({ length: n }, (_, i) => step(`S${i + 1}`)),
});

const session = (n: number, at: number, extra: Partial<Session> = {}): Session => ({
  tour: tour(n),
  source: 'built-in',
  step: at,
  ...extra,
});

const ready = (s: Session): TourState => ({ ...initialState(), session: s, status: 'ready' });
const titles = (s: Session) => s.tour.steps.map((x) => x.title);

describe('moving between steps', () => {
  it('goTo clamps to the tour and does nothing at the step already shown', () => {
    const s = session(5, 2);
    expect(goToTarget(s, 9)).toBe(5);
    expect(goToTarget(s, -3)).toBe(1);
    expect(goToTarget(s, 4)).toBe(4);
    expect(goToTarget(s, 2)).toBeNull();
    expect(goToTarget(null, 3)).toBeNull();
    expect(clampStep(s.tour, 0)).toBe(1);
  });

  it('go moves by a delta, not past either end', () => {
    expect(goTarget(session(5, 2), +1)).toBe(3);
    expect(goTarget(session(5, 2), -1)).toBe(1);
    expect(goTarget(session(5, 5), +1)).toBeNull();
    expect(goTarget(session(5, 1), -1)).toBeNull();
    expect(goTarget(null, 1)).toBeNull();
  });
});

describe('showing the route’s step', () => {
  it('an out-of-range step is corrected to the nearest one, the state unchanged', () => {
    const state = ready(session(4, 2));
    expect(showStep(state, 9)).toEqual({ kind: 'corrected', step: 4, total: 4 });
    expect(showStep(state, 0)).toEqual({ kind: 'corrected', step: 1, total: 4 });
    expect(state.session!.step).toBe(2);
  });

  it('another step: shown, moved, announced to the other window', () => {
    const r = showStep(ready(session(4, 2)), 3);
    expect(r).toMatchObject({ kind: 'shown', moved: true, announce: true });
    if (r?.kind !== 'shown') throw new Error('not shown');
    expect(r.state.session!.step).toBe(3);
    expect(r.state.status).toBe('ready');
  });

  it('the same step again: not moved, not announced; the first showing moves even to the same number', () => {
    expect(showStep(ready(session(4, 2)), 2)).toMatchObject({ moved: false, announce: false });
    const loading = { ...initialState(), session: session(4, 2) };
    expect(showStep(loading, 2)).toMatchObject({ moved: true, announce: true });
  });

  it('a step the other window asked for is reached without announcing it back', () => {
    const state = receiveStep(ready(session(4, 1)), 'demo', 3)!;
    expect(state.remoteStep).toBe(3);
    const r = showStep(state, 3);
    expect(r).toMatchObject({ kind: 'shown', moved: true, announce: false });
    if (r?.kind === 'shown') expect(r.state.remoteStep).toBeNull();
  });

  it('without a session there is nothing to show', () => {
    expect(showStep(initialState(), 1)).toBeNull();
  });
});

describe('the other window', () => {
  it('a step of another tour, or the step shown, is ignored', () => {
    expect(receiveStep(ready(session(4, 1)), 'other', 3)).toBeNull();
    expect(receiveStep(ready(session(4, 3)), 'demo', 3)).toBeNull();
    expect(receiveStep(initialState(), 'demo', 3)).toBeNull();
  });

  it('the presenter takes the audience’s tour: another tour replaces, the same tour goes or redraws', () => {
    const other = tour(2, 'other');
    expect(acceptsRemoteTour(ready(session(4, 1)), 'other')).toBe(false);
    expect(acceptsRemoteTour({ ...ready(session(4, 1)), status: 'loading' }, 'other')).toBe(true);
    expect(acceptsRemoteTour(initialState(), 'other')).toBe(true);

    const replaced = receiveTour(ready(session(4, 1)), other, 2);
    expect(replaced.next).toBe('replace');
    expect(replaced.state.session!.tour.id).toBe('other');
    expect(replaced.state.remoteStep).toBe(2);

    const edited = tour(4);
    edited.title = 'Edited';
    const went = receiveTour(ready(session(4, 1)), edited, 3);
    expect(went.next).toBe('go');
    expect(went.state.session).toMatchObject({ step: 1, tour: { title: 'Edited' } });
    expect(receiveTour(ready(session(4, 3)), edited, 3).next).toBe('render');
  });
});

describe('sessions replaced', () => {
  it('a loaded tour is a copy, at step 0', () => {
    const t = tour(2);
    const s = loadedSession({ tour: t, source: 'built-in', builtIn: t });
    expect(s.step).toBe(0);
    expect(s.tour).toEqual(t);
    expect(s.tour).not.toBe(t);
  });

  it('a replacing tour keeps the built-in to revert to only when it has the same id', () => {
    const builtIn = tour(3);
    const s = session(3, 2, { builtIn, source: 'local' });
    expect(replacedSession(s, tour(1), 'local')).toEqual({
      tour: tour(1),
      source: 'local',
      step: 0,
      builtIn,
    });
    expect(replacedSession(s, tour(1, 'mine'), 'local').builtIn).toBeUndefined();
  });

  it('kept as the user’s copy: a built-in or a link’s tour becomes local (the link dropped)', () => {
    expect(persistedSession(session(2, 1))).toMatchObject({ session: { source: 'local' }, dropLink: false });
    expect(persistedSession(session(2, 1, { source: 'link' }))).toMatchObject({
      session: { source: 'local' },
      dropLink: true,
    });
  });

  it('an edited session is unsaved until kept as the user’s copy; a replacing tour starts afresh', () => {
    const s = session(2, 1);
    const edited = editedSession(setTourText(s, 'title', 'Mine'));
    expect(edited.unsaved).toBe(true);
    expect(s.unsaved).toBeUndefined();
    expect(setStepText(edited, 'notes', 'x').unsaved).toBe(true); // the edits keep it
    const kept = persistedSession(edited).session;
    expect(kept).toEqual({ ...s, tour: { ...s.tour, title: 'Mine' }, source: 'local' });
    expect('unsaved' in kept).toBe(false);
    expect('unsaved' in replacedSession(edited, tour(1), 'local')).toBe(false);
  });
});

describe('editing steps', () => {
  it('moving the current step 3 up keeps the current step on the moved step', () => {
    const s = session(4, 3);
    const e = moveStep(s, 2, -1)!;
    expect(titles(e.session)).toEqual(['S1', 'S3', 'S2', 'S4']);
    expect(e.goTo).toBe(2);
    expect(titles(s)).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('moving another step leaves the step number; moving past either end is refused', () => {
    const e = moveStep(session(4, 1), 2, +1)!;
    expect(titles(e.session)).toEqual(['S1', 'S2', 'S4', 'S3']);
    expect(e.goTo).toBeUndefined();
    expect(moveStep(session(4, 1), 0, -1)).toBeNull();
    expect(moveStep(session(4, 1), 3, +1)).toBeNull();
  });

  it('removing the last step left is refused', () => {
    expect(removeStep(session(1, 1), 0)).toBeNull();
  });

  it('removing a step before the current one keeps the current step; removing the current last goes back', () => {
    const before = removeStep(session(4, 3), 0)!;
    expect(titles(before.session)).toEqual(['S2', 'S3', 'S4']);
    expect(before.goTo).toBe(2); // still S3
    expect(before.removed.title).toBe('S1');
    const last = removeStep(session(3, 3), 2)!;
    expect(last.goTo).toBe(2);
    const after = removeStep(session(3, 1), 2)!;
    expect(after.goTo).toBeUndefined();
  });

  it('a step added goes after the current one, and is moved to', () => {
    const e = addStep(session(3, 2), step('New'));
    expect(titles(e.session)).toEqual(['S1', 'S2', 'New', 'S3']);
    expect(e.goTo).toBe(3);
    expect(e.session.step).toBe(2);
  });

  it('texts: an empty optional English field is removed, a required one kept as typed', () => {
    const s = session(2, 2);
    const a = setStepText(s, 'title_en', 'Two');
    expect(currentStep(a)!.title_en).toBe('Two');
    expect('title_en' in currentStep(setStepText(a, 'title_en', '  '))!).toBe(false);
    expect(currentStep(setStepText(s, 'title', ''))!.title).toBe('');
    expect(a.tour.steps[0]).toBe(s.tour.steps[0]); // only the current step is new
    expect(setTourText(s, 'title', 'New').tour.title).toBe('New');
    expect('title_en' in setTourText(setTourText(s, 'title_en', 'X'), 'title_en', '').tour).toBe(false);
  });

  it('the date: typed (trimmed; empty removes it), and play switched on and off', () => {
    const s = session(2, 2);
    const dated = setStepText(s, 'at', ' 2021-01 ');
    expect(currentStep(dated)!.at).toBe('2021-01');
    expect('at' in currentStep(setStepText(dated, 'at', ''))!).toBe(false);
    const playing = setStepPlay(dated, true);
    expect(currentStep(playing)!.play).toBe(true);
    expect('play' in currentStep(setStepPlay(playing, false))!).toBe(false);
  });

  it('caption parts: added, patched, turned into the other kind, removed', () => {
    let s = addPart(session(1, 1), { summary: '', cites: [] });
    expect(currentStep(s)!.caption).toHaveLength(2);
    s = patchPart(s, 1, { summary: 'Words', cites: ['10.2'] });
    s = patchPart(s, 1, { summary_en: 'Words' });
    s = patchPart(s, 1, { summary_en: undefined });
    expect(currentStep(s)!.caption[1]).toEqual({ summary: 'Words', cites: ['10.2'] });
    s = setPartKind(s, 1, 'quote');
    expect(currentStep(s)!.caption[1]).toEqual({ quote: 'Words', clause: '10.2' });
    s = setPartKind(s, 0, 'summary');
    expect(currentStep(s)!.caption[0]).toEqual({ summary: '原文', cites: ['10.1'] });
    s = removePart(s, 0);
    expect(currentStep(s)!.caption).toEqual([{ quote: 'Words', clause: '10.2' }]);
  });

  it('places highlighted once, and unhighlighted', () => {
    let s = highlightPlace(session(1, 1), 'caz');
    s = highlightPlace(s, 'caz');
    s = highlightPlace(s, 'hongqiao');
    expect(currentStep(s)!.highlight).toEqual(['caz', 'hongqiao']);
    expect(currentStep(unhighlightPlace(s, 0))!.highlight).toEqual(['hongqiao']);
  });

  it('layers switched keep the themes’ order', () => {
    const themes = ['centre', 'new-towns', 'east-wing'];
    let s = setLayer(session(1, 1), 'east-wing', true, themes);
    s = setLayer(s, 'new-towns', true, themes);
    expect(currentStep(s)!.layers).toEqual(['centre', 'new-towns', 'east-wing']);
    expect(currentStep(setLayer(s, 'centre', false, themes))!.layers).toEqual(['new-towns', 'east-wing']);
  });

  it('the current view taken: view, layers and places, the caption kept', () => {
    const captured = step('ignored', {
      view: { center: [121, 31], zoom: 12, bearing: 5, pitch: 10 },
      layers: ['east-wing'],
      highlight: ['caz'],
      caption: [],
    });
    const s = useView(session(2, 2), captured);
    expect(currentStep(s)).toMatchObject({ title: 'S2', view: captured.view, layers: ['east-wing'] });
    expect(currentStep(s)!.caption).toHaveLength(1);
  });

  it('without a current step (a tour just replaced, step 0) the edits change nothing', () => {
    const s = session(2, 0);
    expect(setStepText(s, 'title', 'x')).toBe(s);
    expect(addPart(s, { summary: '', cites: [] })).toBe(s);
  });
});
