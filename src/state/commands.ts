// What a user does, as commands: every control, the map and the keys go through these to change the state, and
// the views follow the store. A click on a place: map/interaction.ts → selectPlace → the route in the store → the
// panel (ui/panel.ts) renders the place's card, and the camera, when asked, fits it (main.ts, `fit`).

import { navigate } from '../router';
import { parseAt } from '../data/timeline';
import { requestFit, setAt, setHighlighted, setPinned, store } from './store';

/** Opens a place's card; `fit` brings it into view too (from search or a list, not from a click on the map). */
export function selectPlace(id: string, opts: { fit?: boolean } = {}): void {
  navigate(['place', id]);
  if (opts.fit) requestFit([id]);
}

/** Opens a unit of the plan in the reader. */
export function openClause(id: string): void {
  navigate(['clause', id]);
}

/** Shows places strong and brings them into view (a clause's places, a group term's members). */
export function showPlaces(ids: string[]): void {
  setPinned(ids);
  requestFit(ids);
}

/** Shows places strong while the pointer or the focus is on something that names them. */
export function previewPlaces(ids: string[]): void {
  setHighlighted(ids);
}

/** Back to what is pinned when the pointer or the focus leaves. */
export function endPreview(): void {
  setHighlighted(store.getState().pinned);
}

/** Closes the panel or the view: the map alone. */
export function closePanel(): void {
  navigate([]);
}

/**
 * Sets the timeline's date: a month YYYY-MM from the plan's adoption (2021-01) to before today's month; null, today's
 * month or anything else is today (the map's present).
 */
export function setTimelineDate(at: string | null): void {
  setAt(parseAt(at));
}
