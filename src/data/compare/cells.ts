// The items of the compare table's cells and the points of its charts: what each says and what it cites (a clause,
// an external source with its strength, or our computation). Pure types, shared by the rows and their builders.

import type { SourceRecord } from '../types';
import type { Strength } from './model';

export type Cite =
  | { type: 'clause'; id: string }
  | {
      type: 'source';
      /** The documents that state the figure, the primary one first. */
      sources: SourceRecord[];
      strength: Strength;
      /** False when no trustworthy copy of the documents was read. */
      verified: boolean;
    }
  | { type: 'computed'; label: string };

export type ItemKind = 'quote' | 'place' | 'figure' | 'note';

export interface CellItem {
  kind: ItemKind;
  /** Shown before the text, e.g. official, 2025 (in the caller's language). */
  label?: string;
  text: string;
  /** Extra words after the text (a place's relation to the outline, a figure's note). */
  detail?: string;
  /** For places: the place's id (links to #/place/<id>, highlights it on the small maps). */
  place?: string;
  /** For figures: computed from the source's figures, not stated by it. */
  derived?: boolean;
  cites: Cite[];
}

/** One value of a series, with what the chart must say of it beside its bar. */
export interface SeriesPoint {
  /** null: no figure. */
  value: number | null;
  /** Computed from its sources' figures, not stated by them (drawn distinctly, marked in words). */
  derived: boolean;
  /** False when no trustworthy copy of its sources was read (marked in words). */
  verified: boolean;
  /** Its caveat, in the caller's language: the figure's note, or the town's note on the row. */
  note?: string;
}
