// What the tour view's modules share for one mount: its root element, whether this is the presenter's window, the
// plan's facts, the plan and places once loaded, and the session state (replaced by the transitions of session.ts).

import type { Places } from '../../data/load';
import type { Plan } from '../../data/plan';
import { currentStep, initialState, type PlanFacts, type Status, type TourState } from './session';
import type { TourStep } from '../../data/tour-schema';

export interface TourContext {
  readonly root: HTMLElement;
  /** `#/tour/<id>/<step>/presenter`: the presenter's window (a change of it mounts the view again). */
  readonly presenter: boolean;
  readonly facts: PlanFacts;
  state: TourState;
  plan: Plan | null;
  places: Places | null;
  unmounted: boolean;
}

export function createContext(root: HTMLElement, presenter: boolean, facts: PlanFacts): TourContext {
  return { root, presenter, facts, state: initialState(), plan: null, places: null, unmounted: false };
}

/** Sets what the view shows, mirrored in the root's `data-state`. */
export function setStatus(ctx: TourContext, status: Status): void {
  ctx.state = { ...ctx.state, status };
  ctx.root.dataset['state'] = status;
}

/** The step on screen: the session's current step once a step is shown. */
export function stepOnScreen(ctx: TourContext): TourStep | undefined {
  return ctx.state.status === 'ready' ? currentStep(ctx.state.session) : undefined;
}
