// What the editor's parts share: the host the editor works for (the tour view: authoring.ts) and the kit each
// part edits with (an edit taken into the session, a redraw, a message said).

import type { Places } from '../../data/load';
import type { Tour, TourRefs, TourStep } from '../../data/tour-schema';
import type { PlanFacts, Session, TourSource } from './session';

export interface EditorHost {
  session: () => Session | null;
  places: () => Places | null;
  refs: () => Promise<TourRefs>;
  /** The themes a step can show, with their names. */
  themes: PlanFacts['themeLabels'];
  /** The session as edited; `structural`: the current step's view, layers or places changed. */
  update: (next: Session, structural: boolean) => void;
  goTo: (n: number) => void;
  captureStep: () => TourStep;
  replaceTour: (tour: Tour, step: number, source?: TourSource) => void;
  close: () => void;
}

export interface Editor {
  /** Redraws the editor (after a step change). */
  refresh: () => void;
  /** Says something in the editor's message line. */
  say: (text: Saying, kind?: 'ok' | 'error') => void;
  dispose: () => void;
}

/** A message of the editor's, put into words when said (and again in another language). */
export type Saying = () => string | Node[];

export interface EditorKit {
  readonly host: EditorHost;
  /** Applies `f` to the session as it is now, then checks the tour again. */
  edit: (f: (s: Session) => Session, structural?: boolean) => void;
  /** Redraws the editor's fields. */
  render: () => void;
  say: (text: Saying, kind?: 'ok' | 'error') => void;
  /** The tour's problems now (listed in the editor too). */
  check: () => string[];
}
