// Authoring in the audience window: the editor opened and closed, its edits taken into the session (the card and
// the map follow), the user's copy kept in this browser while valid, and the presenter's window told; a tour
// replaced (opened from a file, a new one, reverted, renamed) shown from its step. Every edit is kept in the tab's
// draft too (draft.ts), problems and all: leaving the tour (a search, a link, Back) says so and how to return,
// coming back brings the editor back, and closing the tab on edits not yet saved asks first.

import { checkTourRefs, parseTourValue, type Tour } from '../../data/tour-schema';
import { t } from '../../i18n/i18n';
import { dismissNotice, showNotice } from '../notice';
import { captureStep, type Camera } from './camera';
import type { Card } from './card';
import type { TourContext } from './context';
import { removeDraft, writeDraft } from './draft';
import { mountEditor, type Editor } from './editor';
import { titleText } from './render';
import { goRoute, stepOf } from './routes';
import {
  currentStep,
  editedSession,
  persistedSession,
  replacedSession,
  type Session,
  type TourSource,
} from './session';
import { browserRefs, dropLinkParam, writeLocal } from './sources';
import { setStepExport } from './step-export';
import type { Sync } from './sync';

/** The notice that a draft was kept (one at a time: the latest). */
const DRAFT_NOTICE = 'tour-draft';

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
  /** The session came from the tab's draft: the editor opened again on it (`editing`: it was open), and said so. */
  restored: (editing: boolean) => void;
  /** Redraws the editor (after a step change or in another language). */
  refresh: () => void;
  dispose: () => void;
}

/** The tab's draft of the session's tour: kept while unsaved or in the editor, dropped once it is neither. */
function keepDraft(ctx: TourContext, editing: boolean): void {
  const s = ctx.state.session;
  if (!s || ctx.presenter) return;
  const unsaved = s.unsaved === true;
  if (!unsaved && !editing) removeDraft(s.tour.id);
  else writeDraft({ tour: s.tour, source: s.source, unsaved, editing });
}

/** Says that the draft of the session's tour is kept, with a button back to it. */
function noticeDraftKept(s: Session): void {
  const { id } = s.tour;
  const step = Math.max(1, s.step);
  showNotice(t('tour.draftKept', { title: titleText(s.tour) }), 'info', {
    key: DRAFT_NOTICE,
    action: { label: t('tour.backToDraft'), run: () => goRoute(id, step, false) },
  });
}

export function createAuthoring(ctx: TourContext, hooks: AuthoringHooks): Authoring {
  const { card, camera, sync } = hooks;
  let editor: Editor | null = null;
  /** Counts the tours put in place of the session's: a check under way for one before is void. */
  let replaced = 0;

  const keep = () => keepDraft(ctx, editor !== null);

  // Closing the tab on edits not yet saved: the browser asks first (a reload keeps the draft, but it cannot tell).
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (ctx.state.session?.unsaved) e.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  dismissNotice(DRAFT_NOTICE);

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
    keep();
    if (dropLink) dropLinkParam();
    writeLocal(session.tour);
    card.render(session);
    sync.post({ kind: 'state', tour: session.tour, step: session.step });
  }

  function update(edited: Session, structural: boolean): void {
    const next = editedSession(edited);
    ctx.state = { ...ctx.state, session: next };
    keep();
    card.render(next);
    setStepExport(next.tour, next.step);
    void persist();
    const step = currentStep(next);
    if (structural && step) camera.applyStep(step, true);
  }

  function replaceTour(tour: Tour, step: number, source: TourSource = 'local'): void {
    if (!ctx.state.session) return;
    replaced++;
    const session = replacedSession(ctx.state.session, tour, source);
    // A tour of the user's (a new one, a file, a renamed one) is unsaved until its checks pass (persist).
    ctx.state = { ...ctx.state, session: source === 'local' ? editedSession(session) : session };
    keep();
    if (source === 'local') {
      writeLocal(tour);
      void persist();
    }
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
      keep();
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
    keep();
  }

  /** Leaving the tour view: the draft stays in the tab, and a notice says how to return to it. */
  function leave(): void {
    window.removeEventListener('beforeunload', onBeforeUnload);
    const s = ctx.state.session;
    if (!s || ctx.presenter || !(s.unsaved || editor)) return;
    keep();
    noticeDraftKept(s);
  }

  return {
    toggle,
    isOpen: () => editor !== null,
    restored: (editing) => {
      toggle(true);
      editor?.say(() => t(editing ? 'te.restored' : 'te.restoredUnsaved'));
    },
    refresh: () => editor?.refresh(),
    dispose: () => {
      leave();
      editor?.dispose();
      editor = null;
    },
  };
}
