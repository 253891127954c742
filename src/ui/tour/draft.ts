// The tour being written, kept in this tab (sessionStorage, one entry per tour id) whatever the route does: a
// search, a link or Back leaves the tour view, and coming back to the tour brings the draft back as it was, its
// problems too (a draft with problems is not yet the user's copy in localStorage: sources.ts). Written only by this
// app, but read as untrusted: an entry of the wrong shape is ignored.

import { z } from 'zod';
import type { Tour } from '../../data/tour-schema';
import type { TourSource } from './session';

export interface Draft {
  tour: Tour;
  source: TourSource;
  /** Edits not yet kept as the user's copy (the tour has problems). */
  unsaved: boolean;
  /** The editor was open. */
  editing: boolean;
}

const KEY = (id: string) => `tour-editing:${id}`;

// The shape only, as the editor may leave it (empty fields, unknown clauses): what the views need to draw it.
const str = z.string();
const partSchema = z.union([
  z.strictObject({ quote: str, clause: str, gloss_en: str.exactOptional() }),
  z.strictObject({ summary: str, summary_en: str.exactOptional(), cites: z.array(str) }),
]);
const stepSchema = z.strictObject({
  title: str,
  title_en: str.exactOptional(),
  view: z.strictObject({
    center: z.tuple([z.number(), z.number()]),
    zoom: z.number(),
    bearing: z.number(),
    pitch: z.number(),
  }),
  layers: z.array(str),
  highlight: z.array(str),
  caption: z.array(partSchema),
  notes: str,
  at: str.exactOptional(),
  play: z.boolean().exactOptional(),
});
const draftSchema = z.strictObject({
  tour: z.strictObject({
    id: str,
    title: str,
    title_en: str.exactOptional(),
    description: str.exactOptional(),
    steps: z.array(stepSchema).min(1),
  }),
  source: z.enum(['built-in', 'link', 'local']),
  unsaved: z.boolean(),
  editing: z.boolean(),
});

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The draft of tour `id` kept in this tab, if any (and of the right shape). */
export function readDraft(id: string): Draft | null {
  try {
    const raw = storage()?.getItem(KEY(id));
    if (!raw) return null;
    const r = draftSchema.safeParse(JSON.parse(raw));
    return r.success && r.data.tour.id === id ? r.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(d: Draft): void {
  try {
    storage()?.setItem(KEY(d.tour.id), JSON.stringify(d));
  } catch {
    // storage full or disabled: the draft lives in this page only
  }
}

export function removeDraft(id: string): void {
  try {
    storage()?.removeItem(KEY(id));
  } catch {
    // nothing kept
  }
}
