// Loading the tour a route names (a shared link, the user's copy or a built-in tour: sources.ts) into the session,
// or the tab's draft of it when there is one (draft.ts: the tour as the user left it, in the editor); a later route
// wins over a load still under way.

import { t } from '../../i18n/i18n';
import { getMap } from '../../map/bridge';
import { showNotice } from '../notice';
import { setStatus, type TourContext } from './context';
import { readDraft } from './draft';
import { replaceRoute } from './routes';
import { loadedSession, type Session } from './session';
import { resolveTour, type Resolved } from './sources';

export interface LoadHooks {
  show: (n: number, animate: boolean) => void;
  showError: (message: () => string) => void;
  /** The presenter's window has no such tour: it waits for the audience window's. */
  waiting: (id: string) => void;
  /** Asks the other window for its tour. */
  hello: () => void;
  /** The session is the tab's draft (`editing`: the editor was open on it). */
  restored: (editing: boolean) => void;
}

/** The session a load gives: the tab's draft of the tour (not in the presenter's window), else the tour found. */
function sessionOf(
  ctx: TourContext,
  id: string,
  resolved: Resolved,
): { session: Session; draft?: { editing: boolean } } | null {
  const draft = ctx.presenter ? null : readDraft(id);
  const builtIn = resolved.loaded?.builtIn;
  if (draft) {
    const session = loadedSession({
      tour: draft.tour,
      source: draft.source,
      ...(builtIn ? { builtIn } : {}),
    });
    return { session: draft.unsaved ? { ...session, unsaved: true } : session, draft };
  }
  return resolved.loaded ? { session: loadedSession(resolved.loaded) } : null;
}

export function createLoader(ctx: TourContext, hooks: LoadHooks) {
  let seq = 0;
  return async function load(id: string | undefined, step: number | null): Promise<void> {
    const mine = ++seq;
    setStatus(ctx, 'loading');
    if (!id) {
      hooks.showError(() => t('tour.noneNamed'));
      return;
    }
    const resolved = await resolveTour(id).catch((e: unknown): Resolved => ({
      problems: [e instanceof Error ? e.message : String(e)],
    }));
    if (ctx.unmounted || mine !== seq) return;
    for (const p of resolved.problems.slice(0, 3)) showNotice(p, 'error');
    const found = sessionOf(ctx, id, resolved);
    if (!found) {
      if (ctx.presenter) {
        // The audience window may have a tour this window cannot load (edited there, not yet saved).
        hooks.waiting(id);
        hooks.hello();
        return;
      }
      hooks.showError(() => t('tour.noSuchTour', { id }));
      return;
    }
    ctx.state = { ...ctx.state, session: found.session };
    if (found.draft) hooks.restored(found.draft.editing);
    if (step === null) {
      replaceRoute(id, 1, ctx.presenter);
      return;
    }
    hooks.show(step, getMap() !== null && ctx.root.dataset['shown'] === 'true');
    ctx.root.dataset['shown'] = 'true';
    if (ctx.presenter) hooks.hello();
  };
}
