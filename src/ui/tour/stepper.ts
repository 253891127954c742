// Moving through the tour: a move asked for (a key, a button, the editor) goes through the route; the route's step
// is then shown (the session model decides whether it moved and whether to tell the other window), and the
// screen, the export and the editor follow.

import { t } from '../../i18n/i18n';
import { showNotice } from '../notice';
import { setStatus, type TourContext } from './context';
import { goRoute, replaceRoute } from './routes';
import { goTarget, goToTarget, showStep, type Session } from './session';
import { setStepExport } from './step-export';

export interface StepperHooks {
  /** Draws the session's step; `moved`: it is another step than before (its camera to apply). */
  render: (s: Session, moved: boolean, animate: boolean) => void;
  /** Redraws the editor, if open. */
  refresh: () => void;
  /** Tells the other window the step this one moved to. */
  announce: (tourId: string, step: number) => void;
}

export interface Stepper {
  go: (delta: number) => void;
  goTo: (n: number) => void;
  /** Shows step `n` of the session's tour (the route says which). */
  show: (n: number, animate: boolean) => void;
  /** The step on screen drawn again (in another language). */
  redraw: () => void;
}

export function createStepper(ctx: TourContext, hooks: StepperHooks): Stepper {
  /** Moves to step `n` (null: nowhere) through the route. */
  const moveTo = (n: number | null) => {
    if (n !== null && ctx.state.session) goRoute(ctx.state.session.tour.id, n, ctx.presenter);
  };

  function show(n: number, animate: boolean): void {
    const r = showStep(ctx.state, n);
    if (!r) return;
    const id = ctx.state.session!.tour.id;
    if (r.kind === 'corrected') {
      showNotice(t('tour.outOfRange', { total: r.total, n: r.step }));
      replaceRoute(id, r.step, ctx.presenter);
      return;
    }
    ctx.state = r.state;
    setStatus(ctx, 'ready');
    const s = r.state.session!;
    setStepExport(s.tour, n);
    hooks.render(s, r.moved, animate);
    hooks.refresh();
    if (r.announce) hooks.announce(id, n);
  }

  function redraw(): void {
    const s = ctx.state.session;
    if (!s || ctx.state.status !== 'ready') return;
    setStepExport(s.tour, s.step);
    hooks.render(s, false, false);
    hooks.refresh();
  }

  return {
    go: (delta) => moveTo(goTarget(ctx.state.session, delta)),
    goTo: (n) => moveTo(goToTarget(ctx.state.session, n)),
    show,
    redraw,
  };
}
