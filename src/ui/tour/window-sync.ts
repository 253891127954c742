// The audience and the presenter windows kept on the same tour and step (the channel is sync.ts): the audience
// answers the presenter's hello with its tour; the presenter takes that tour; either follows the other's steps.
// Also opening the presenter's window.

import { parseTourValue } from '../../data/tour-schema';
import { t } from '../../i18n/i18n';
import { showNotice } from '../notice';
import type { TourContext } from './context';
import { goRoute, replaceRoute, tourHash } from './routes';
import { acceptsRemoteTour, receiveStep, receiveTour, type Session } from './session';
import { openSync, PRESENTER_WINDOW, type Sync, type SyncMessage } from './sync';

/** What the presenter's window shows of the link and the session. */
export interface PresenterScreen {
  connected: (on: boolean) => void;
  render: (s: Session) => void;
}

export function openWindowSync(ctx: TourContext, screen: () => PresenterScreen | null): Sync {
  const onTour = (msg: Extract<SyncMessage, { kind: 'state' }>) => {
    screen()?.connected(true);
    if (!acceptsRemoteTour(ctx.state, msg.tour.id)) return;
    const parsed = parseTourValue(msg.tour);
    if (!parsed.ok) return;
    const r = receiveTour(ctx.state, parsed.tour, msg.step);
    ctx.state = r.state;
    if (r.next === 'replace') replaceRoute(parsed.tour.id, msg.step, true);
    else if (r.next === 'go') goRoute(parsed.tour.id, msg.step, true);
    else screen()?.render(r.state.session!);
  };
  const sync = openSync((msg: SyncMessage) => {
    if (ctx.unmounted) return;
    const s = ctx.state.session;
    if (msg.kind === 'hello') {
      if (s && !ctx.presenter) sync.post({ kind: 'state', tour: s.tour, step: s.step });
    } else if (msg.kind === 'state') {
      if (ctx.presenter) onTour(msg);
    } else {
      const next = receiveStep(ctx.state, msg.tourId, msg.step);
      if (!next || !s) return;
      if (ctx.presenter) screen()?.connected(true);
      ctx.state = next;
      goRoute(s.tour.id, msg.step, ctx.presenter);
    }
  });
  return sync;
}

/**
 * Opens the presenter's window on the session's step (a notice with the address when pop-ups are blocked). Only
 * from a reader's click or key press: the app's one `window.open`, never run by a link or a timer.
 */
export function openPresenterWindow(s: Session | null): void {
  if (!s || navigator.userActivation?.isActive === false) return;
  const url = `${location.pathname}${location.search}${tourHash(s.tour.id, s.step, true)}`;
  const w = window.open(url, PRESENTER_WINDOW, 'popup,width=1100,height=760');
  if (!w) showNotice(t('tour.popupBlocked', { url: new URL(url, location.href).href }), 'error');
}
