// Authoring in the audience window: the editor opened and closed, its edits taken into the session (the card and
// the map follow), the user's copy kept in this browser while valid, and the presenter's window told; a tour
// replaced (opened from a file, a new one, reverted, renamed) shown from its step.

import { checkTourRefs, parseTourValue, type Tour } from '../../data/tour-schema';
import { captureStep, type Camera } from './camera';
import type { Card } from './card';
import type { TourContext } from './context';
import { mountEditor, type Editor } from './editor';
import { goRoute, stepOf } from './routes';
import { currentStep, persistedSession, replacedSession, type Session, type TourSource } from './session';
import { browserRefs, dropLinkParam, writeLocal } from './sources';
import { setStepExport } from './step-export';
import type { Sync } from './sync';

export interface AuthoringHooks {
  card: Card;
  camera: Camera;
  sync: Sync;
  goTo: (n: number) => void;
  show: (n: number, animate: boolean) => void;
  route: () => readonly string[];
}

export interface Authoring {
  toggle: (force?: boolean) => void;
  isOpen: () => boolean;
  /** Redraws the editor (after a step change or in another language). */
  refresh: () => void;
  dispose: () => void;
}

export function createAuthoring(ctx: TourContext, hooks: AuthoringHooks): Authoring {
  const { card, camera, sync } = hooks;
  let editor: Editor | null = null;
  /** Counts the tours put in place of the session's: a check under way for one before is void. */
  let replaced = 0;

  /** Keeps the user's copy when it is valid, and the presenter window up to date. */
  async function persist(): Promise<void> {
    const before = ctx.state.session;
    const mine = replaced;
    const refs = await browserRefs();
    const s = ctx.state.session;
    if (!s || !before || s.tour.id !== before.tour.id || mine !== replaced) return;
    if (checkTourRefs(s.tour, refs).length || !parseTourValue(s.tour).ok) return;
    const { session, dropLink } = persistedSession(s);
    ctx.state = { ...ctx.state, session };
    if (dropLink) dropLinkParam();
    writeLocal(session.tour);
    card.render(session);
    sync.post({ kind: 'state', tour: session.tour, step: session.step });
  }

  function update(next: Session, structural: boolean): void {
    ctx.state = { ...ctx.state, session: next };
    card.render(next);
    setStepExport(next.tour, next.step);
    void persist();
    const step = currentStep(next);
    if (structural && step) camera.applyStep(step, true);
  }

  function replaceTour(tour: Tour, step: number, source: TourSource = 'local'): void {
    if (!ctx.state.session) return;
    replaced++;
    ctx.state = { ...ctx.state, session: replacedSession(ctx.state.session, tour, source) };
    if (source === 'local') writeLocal(tour);
    dropLinkParam();
    sync.post({ kind: 'state', tour, step });
    const route = hooks.route();
    if (route[1] === tour.id && stepOf(route) === step) hooks.show(step, true);
    else goRoute(tour.id, step, false);
  }

  function toggle(force?: boolean): void {
    const on = force ?? !editor;
    card.setEditing(on);
    if (!on) {
      editor?.dispose();
      editor = null;
      return;
    }
    if (editor || !ctx.state.session) return;
    editor = mountEditor(card.editorHost, {
      session: () => ctx.state.session,
      places: () => ctx.places,
      refs: () => browserRefs(),
      themes: ctx.facts.themeLabels,
      update,
      goTo: hooks.goTo,
      captureStep: () => captureStep(ctx),
      replaceTour,
      close: () => toggle(false),
    });
  }

  return {
    toggle,
    isOpen: () => editor !== null,
    refresh: () => editor?.refresh(),
    dispose: () => {
      editor?.dispose();
      editor = null;
    },
  };
}
