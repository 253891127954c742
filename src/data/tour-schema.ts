// What a tour is (content/tours/*.json, a tour file a user opens, a tour in a shared link) and how it is checked:
// one schema for the build and the browser, so a tour that builds is a tour that opens, and the other way round.
// `parseTour` checks the shape; `checkTourRefs` checks it against the plan and the places (clause ids exist,
// quotes are the plan's exact words, place and layer ids exist). Every error names its JSON path.

import { formatPath } from './json-path';
import { z } from 'zod';
import { MAX_ZOOM, MIN_ZOOM, REGION } from '../config';
import { THEMES } from './types';
import type { DamagedSpan } from './types';

/** A step's camera: `center` is [lon, lat]. */
export interface TourView {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The plan's own words, an exact substring of one clause's text. */
export interface QuotePart {
  quote: string;
  clause: string;
  /** An English gloss written for this tour (never the plan's words). */
  gloss_en?: string;
}

/** The tour author's words, with the clauses they rest on. */
export interface SummaryPart {
  summary: string;
  summary_en?: string;
  cites: string[];
}

export type CaptionPart = QuotePart | SummaryPart;

export interface TourStep {
  title: string;
  title_en?: string;
  view: TourView;
  /** Visible layers (theme ids); every other theme is hidden during the step. */
  layers: string[];
  /** Places drawn strong (feature ids). */
  highlight: string[];
  caption: CaptionPart[];
  /** Speaker notes: shown only in the presenter view. */
  notes: string;
}

export interface Tour {
  id: string;
  title: string;
  title_en?: string;
  description?: string;
  steps: TourStep[];
}

export type TourResult = { ok: true; tour: Tour } | { ok: false; errors: string[] };

export const TOUR_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CLAUSE_ID_RE = /^\d+(\.\d+){0,2}$/;
export const MAX_STEPS = 60;

export const isQuote = (p: CaptionPart): p is QuotePart => 'quote' in p;

const required = (what: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? 'is required' : `must be ${what}`;
const text = (max: number) =>
  z
    .string({ error: required('a string') })
    .regex(/\S/, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const optText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .max(max, { error: `must be at most ${max} characters` })
    .exactOptional();
const clauseId = z
  .string({ error: required('a clause id such as "10.2.1"') })
  .regex(CLAUSE_ID_RE, { error: 'must be a clause id such as "10.2.1"' });
const finite = (what: string) => z.number({ error: required(`a number (${what})`) });

const viewSchema = z.strictObject(
  {
    center: z
      .tuple([finite('longitude'), finite('latitude')], { error: required('[longitude, latitude]') })
      .superRefine(([lon, lat], ctx) => {
        if (lon < REGION.west || lon > REGION.east || lat < REGION.south || lat > REGION.north) {
          ctx.addIssue({
            code: 'custom',
            message: `[${lon}, ${lat}] is outside the region the map covers (longitude ${REGION.west}–${REGION.east}, latitude ${REGION.south}–${REGION.north}); is it [longitude, latitude]?`,
          });
        }
      }),
    zoom: finite('zoom')
      .min(MIN_ZOOM, { error: `must be between ${MIN_ZOOM} and ${MAX_ZOOM}` })
      .max(MAX_ZOOM, { error: `must be between ${MIN_ZOOM} and ${MAX_ZOOM}` }),
    bearing: finite('degrees')
      .min(-180, { error: 'must be between -180 and 360' })
      .max(360, { error: 'must be between -180 and 360' }),
    pitch: finite('degrees').min(0, { error: 'must be between 0 and 85' }).max(85, {
      error: 'must be between 0 and 85',
    }),
  },
  { error: required('an object {center, zoom, bearing, pitch}') },
);

// One object shape for both kinds of part, told apart below, so that a mistake in a quote is reported as such
// (a union would report "matches neither").
const captionPartSchema = z
  .strictObject(
    {
      quote: text(600).exactOptional(),
      clause: clauseId.exactOptional(),
      gloss_en: optText(1200),
      summary: text(1200).exactOptional(),
      summary_en: optText(1600),
      cites: z.array(clauseId, { error: 'must be a list of clause ids' }).exactOptional(),
    },
    { error: required('an object: {"quote", "clause"} or {"summary", "cites"}') },
  )
  .superRefine((p, ctx) => {
    const at = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.quote !== undefined) {
      if (p.clause === undefined) at('clause', 'a quote needs the id of the clause it is taken from');
      if (p.summary !== undefined) at('summary', 'a part is either a quote or a summary, not both');
      if (p.summary_en !== undefined) at('summary_en', 'belongs to a summary, not a quote');
      if (p.cites !== undefined) at('cites', 'a quote cites its one clause in "clause"');
    } else if (p.summary !== undefined) {
      if (!p.cites || p.cites.length === 0)
        at('cites', 'a summary must cite at least one clause it rests on (its words are not the plan’s)');
      if (p.clause !== undefined) at('clause', 'a summary cites its clauses in "cites"');
      if (p.gloss_en !== undefined) at('gloss_en', 'belongs to a quote; a summary has "summary_en"');
    } else {
      ctx.addIssue({
        code: 'custom',
        message:
          'a caption part needs "quote" (the plan’s exact words, with "clause") or "summary" (your words, with "cites")',
      });
    }
  });

const placeId = z
  .string({ error: 'must be a place id' })
  .regex(TOUR_ID_RE, { error: 'must be a place id (kebab-case)' });
const layerId = z.string({ error: 'must be a layer id' });

const stepSchema = z.strictObject(
  {
    title: text(120),
    title_en: optText(160),
    view: viewSchema,
    layers: z.array(layerId, { error: required('a list of layer (theme) ids') }),
    highlight: z.array(placeId, { error: required('a list of place ids') }),
    caption: z
      .array(captionPartSchema, { error: required('a list of caption parts') })
      .min(1, { error: 'a caption needs at least one part that quotes or cites the plan' })
      .max(8, { error: 'at most 8 parts' }),
    notes: z.string({ error: required('a string (may be empty)') }).max(4000, {
      error: 'must be at most 4000 characters',
    }),
  },
  { error: required('an object') },
);

export const tourSchema = z.strictObject(
  {
    id: z
      .string({ error: required('a string') })
      .regex(TOUR_ID_RE, { error: 'must be kebab-case: lower-case letters, digits and hyphens' })
      .max(60, { error: 'must be at most 60 characters' }),
    title: text(120),
    title_en: optText(160),
    description: optText(1000),
    steps: z
      .array(stepSchema, { error: required('a list of steps') })
      .min(1, { error: 'a tour needs at least one step' })
      .max(MAX_STEPS, { error: `at most ${MAX_STEPS} steps` }),
  },
  { error: 'a tour must be a JSON object' },
);

const at = (path: string, message: string) => (path ? `${path}: ${message}` : message);

function issueMessage(iss: z.core.$ZodIssue): string {
  if (iss.code === 'unrecognized_keys') return `unknown field(s) ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
  return iss.message;
}

/** Checks the shape of a parsed value. */
export function parseTourValue(value: unknown): TourResult {
  const r = tourSchema.safeParse(value);
  if (r.success) {
    // Drop `undefined` from the absent optional fields (exactOptionalPropertyTypes).
    return { ok: true, tour: JSON.parse(JSON.stringify(r.data)) as Tour };
  }
  return { ok: false, errors: r.error.issues.map((iss) => at(formatPath(iss.path), issueMessage(iss))) };
}

/** Parses a tour's JSON text and checks its shape; errors say what is wrong and where. */
export function parseTour(text: string): TourResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const native = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(native)?.[1];
    let where = '';
    if (pos !== undefined) {
      const before = body.slice(0, Number(pos));
      const line = before.split('\n').length;
      where = ` (line ${line}, column ${Number(pos) - before.lastIndexOf('\n')})`;
    }
    return { ok: false, errors: [`not valid JSON${where}: ${native}`] };
  }
  return parseTourValue(value);
}

/** What a tour is checked against: the plan's units and the places. */
export interface TourRefs {
  clauses: ReadonlyMap<string, { text: string; damaged: readonly DamagedSpan[] }>;
  places: ReadonlySet<string>;
  layers?: readonly string[];
}

/** Every reference of a tour that does not resolve, and every quote that is not the plan's exact words. */
export function checkTourRefs(tour: Tour, refs: TourRefs): string[] {
  const errors: string[] = [];
  const layers = refs.layers ?? THEMES;
  const clause = (path: string, id: string) => {
    const unit = refs.clauses.get(id);
    if (!unit) errors.push(at(path, `unknown clause "${id}": the plan has no unit with this id`));
    return unit;
  };
  tour.steps.forEach((step, i) => {
    const p = `steps[${i}]`;
    step.layers.forEach((l, k) => {
      if (!layers.includes(l))
        errors.push(at(`${p}.layers[${k}]`, `unknown layer "${l}": expected one of ${layers.join(', ')}`));
    });
    step.highlight.forEach((id, k) => {
      if (!refs.places.has(id)) errors.push(at(`${p}.highlight[${k}]`, `unknown place "${id}"`));
    });
    step.caption.forEach((part, k) => {
      const cp = `${p}.caption[${k}]`;
      if (isQuote(part)) {
        const unit = clause(`${cp}.clause`, part.clause);
        if (!unit) return;
        const start = unit.text.indexOf(part.quote);
        if (start < 0) {
          errors.push(
            at(
              `${cp}.quote`,
              `is not in the text of ${part.clause}: a quote must be the plan’s exact words (write your own words as a "summary")`,
            ),
          );
          return;
        }
        const end = start + part.quote.length;
        const hit = unit.damaged.find((d) => d.start < end && d.end > start);
        if (hit)
          errors.push(
            at(
              `${cp}.quote`,
              `includes a passage of ${part.clause} that is damaged in the text as obtained (“${unit.text.slice(hit.start, hit.end)}”): quote only verified words`,
            ),
          );
      } else {
        part.cites.forEach((id, c) => clause(`${cp}.cites[${c}]`, id));
      }
    });
  });
  return errors;
}

/** Shape and references in one go: what the build, the file input and a shared link all run. */
export function validateTour(text: string, refs: TourRefs): TourResult {
  const parsed = parseTour(text);
  if (!parsed.ok) return parsed;
  const errors = checkTourRefs(parsed.tour, refs);
  return errors.length ? { ok: false, errors } : parsed;
}

/** The clause ids a step rests on, in caption order, without repeats. */
export function stepCitations(step: TourStep): string[] {
  const ids = step.caption.flatMap((p) => (isQuote(p) ? [p.clause] : p.cites));
  return [...new Set(ids)];
}
