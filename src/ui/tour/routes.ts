// A tour's place in the address: `#/tour/<id>/<step>[/presenter]`. Moves go through the router (a history entry);
// corrections replace the entry in place.

import { navigate } from '../../router';
import { setRoute } from '../../state/store';

/** The route's step number; null when it names none (or not a whole number). */
export function stepOf(route: readonly string[]): number | null {
  const raw = route[2];
  if (raw === undefined) return null;
  const n = Number(raw);
  return Number.isInteger(n) ? n : null;
}

export function tourHash(id: string, step: number, presenter = false): string {
  return `#/tour/${id}/${step}${presenter ? '/presenter' : ''}`;
}

function tourRoute(id: string, step: number, presenter: boolean): string[] {
  return ['tour', id, String(step), ...(presenter ? ['presenter'] : [])];
}

/** Moves to a step through the router (a history entry; the camera is the step's to move, not the URL's). */
export function goRoute(id: string, step: number, presenter: boolean): void {
  navigate(tourRoute(id, step, presenter));
}

/** Corrects the route in place (no history entry), after the current route change has been handled. */
export function replaceRoute(id: string, step: number, presenter: boolean): void {
  queueMicrotask(() => {
    history.replaceState(history.state, '', tourHash(id, step, presenter));
    setRoute(tourRoute(id, step, presenter));
  });
}

/** Leaves the tour for the map. */
export function leaveTour(): void {
  navigate([]);
}
