// Loading the tour a route names (a shared link, the user's copy or a built-in tour: sources.ts) into the session;
// a later route wins over a load still under way.

import { t } from '../../i18n/i18n';
import { getMap } from '../../map/bridge';
import { showNotice } from '../notice';
import { setStatus, type TourContext } from './context';
import { replaceRoute } from './routes';
import { loadedSession } from './session';
import { resolveTour } from './sources';

export interface LoadHooks {
  show: (n: number, animate: boolean) => void;
  showError: (message: () => string) => void;
  /** The presenter's window has no such tour: it waits for the audience window's. */
  waiting: (id: string) => void;
  /** Asks the other window for its tour. */
  hello: () => void;
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
    const resolved = await resolveTour(id).catch((e: unknown) => ({
      problems: [e instanceof Error ? e.message : String(e)],
      loaded: undefined,
    }));
    if (ctx.unmounted || mine !== seq) return;
    for (const p of resolved.problems.slice(0, 3)) showNotice(p, 'error');
    if (!resolved.loaded) {
      if (ctx.presenter) {
        // The audience window may have a tour this window cannot load (edited there, not yet saved).
        hooks.waiting(id);
        hooks.hello();
        return;
      }
      hooks.showError(() => t('tour.noSuchTour', { id }));
      return;
    }
    ctx.state = { ...ctx.state, session: loadedSession(resolved.loaded) };
    if (step === null) {
      replaceRoute(id, 1, ctx.presenter);
      return;
    }
    hooks.show(step, getMap() !== null && ctx.root.dataset['shown'] === 'true');
    ctx.root.dataset['shown'] = 'true';
    if (ctx.presenter) hooks.hello();
  };
}
