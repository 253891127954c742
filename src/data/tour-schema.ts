// What a tour is (content/shanghai-14fyp/tours/*.json, a tour file a user opens, a tour in a shared link) and how it is checked:
// one schema for the build and the browser, so a tour that builds is a tour that opens, and the other way round.
// `parseTour` checks the shape; `checkTourRefs` checks it against the plan and the places (clause ids exist,
// quotes are the plan's exact words, place and layer ids exist). Every problem is a code with its values and its JSON
// path, put into words by `formatTourProblem` (src/i18n/messages-tour.ts) in the reader's language or, at build,
// in English.

import { formatPath } from './json-path';
import { z } from 'zod';
import {
  isTourProblemCode,
  type ProblemParams,
  type TourProblem,
  type TourProblemCode,
} from '../i18n/messages-tour';
import type { Bounds } from './plan-manifest';
import type { DamagedSpan } from './types';
import { currentMonth, monthIndex, TIMELINE_START } from './timeline';

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
  /**
   * The timeline's date during the step, YYYY-MM from the plan's adoption (2021-01) to today's month (which, like
   * no date at all, is today): the map draws each place with its status then, and the caption says the date.
   */
  at?: string;
  /** With `at`: the card offers to play the timeline from the step's date to today, month by month. */
  play?: boolean;
}

export interface Tour {
  id: string;
  title: string;
  title_en?: string;
  description?: string;
  steps: TourStep[];
}

export { formatTourProblem, type TourProblem, type TourProblemCode } from '../i18n/messages-tour';

/** A tour, or every problem found (each a code, its values and a JSON path: see `formatTourProblem`). */
export type TourResult = { ok: true; tour: Tour } | { ok: false; problems: TourProblem[] };

export const TOUR_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CLAUSE_ID_RE = /^\d+(\.\d+){0,2}$/;
export const MAX_STEPS = 60;

export const isQuote = (p: CaptionPart): p is QuotePart => 'quote' in p;

// zod carries a problem from a check to `problemOf` in the issue's message, as JSON {code, params}: the words are
// chosen later, in the reader's language (the UI) or in English (the build).
const P = (code: TourProblemCode, params: ProblemParams = {}): string => JSON.stringify({ code, params });
const required = (code: TourProblemCode) => (iss: { input?: unknown }) =>
  P(iss.input === undefined ? 'tp.required' : code);
const text = (max: number) =>
  z
    .string({ error: required('tp.notString') })
    .regex(/\S/, { error: P('tp.empty') })
    .max(max, { error: P('tp.tooLong', { max }) });
const optText = (max: number) =>
  z
    .string({ error: P('tp.notString') })
    .max(max, { error: P('tp.tooLong', { max }) })
    .exactOptional();
const clauseId = z
  .string({ error: required('tp.notClauseId') })
  .regex(CLAUSE_ID_RE, { error: P('tp.notClauseId') });
const finite = (code: TourProblemCode) => z.number({ error: required(code) });
const between = (min: number, max: number) => ({ error: P('tp.between', { min, max }) });

// The shape of a view; whether it lies in the plan's region and zoom range is checked against the plan
// (`checkTourRefs`), the same at build and in the browser.
const viewSchema = z.strictObject(
  {
    center: z.tuple([finite('tp.notLongitude'), finite('tp.notLatitude')], {
      error: required('tp.notLonLat'),
    }),
    zoom: finite('tp.notZoom').min(0, between(0, 24)).max(24, between(0, 24)),
    bearing: finite('tp.notDegrees').min(-180, between(-180, 360)).max(360, between(-180, 360)),
    pitch: finite('tp.notDegrees').min(0, between(0, 85)).max(85, between(0, 85)),
  },
  { error: required('tp.notView') },
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
      cites: z.array(clauseId, { error: P('tp.notClauseList') }).exactOptional(),
    },
    { error: required('tp.notPart') },
  )
  .superRefine((p, ctx) => {
    const at = (path: string, code: TourProblemCode) =>
      ctx.addIssue({ code: 'custom', path: [path], message: P(code) });
    if (p.quote !== undefined) {
      if (p.clause === undefined) at('clause', 'tp.quoteNeedsClause');
      if (p.summary !== undefined) at('summary', 'tp.quoteAndSummary');
      if (p.summary_en !== undefined) at('summary_en', 'tp.summaryEnOnQuote');
      if (p.cites !== undefined) at('cites', 'tp.citesOnQuote');
    } else if (p.summary !== undefined) {
      if (!p.cites || p.cites.length === 0) at('cites', 'tp.summaryNeedsCites');
      if (p.clause !== undefined) at('clause', 'tp.clauseOnSummary');
      if (p.gloss_en !== undefined) at('gloss_en', 'tp.glossOnSummary');
    } else {
      ctx.addIssue({ code: 'custom', message: P('tp.partKind') });
    }
  });

const placeId = z.string({ error: P('tp.notPlaceId') }).regex(TOUR_ID_RE, { error: P('tp.notPlaceId') });
const layerId = z.string({ error: P('tp.notLayerId') });

const stepSchema = z
  .strictObject(
    {
      title: text(120),
      title_en: optText(160),
      view: viewSchema,
      layers: z.array(layerId, { error: required('tp.notLayerList') }),
      highlight: z.array(placeId, { error: required('tp.notPlaceList') }),
      caption: z
        .array(captionPartSchema, { error: required('tp.notCaptionList') })
        .min(1, { error: P('tp.noCaption') })
        .max(8, { error: P('tp.tooManyParts', { max: 8 }) }),
      notes: z
        .string({ error: required('tp.notNotes') })
        .max(4000, { error: P('tp.tooLong', { max: 4000 }) }),
      at: z
        .string({ error: P('tp.notMonth') })
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: P('tp.notMonth') })
        .exactOptional(),
      play: z.boolean({ error: P('tp.notBoolean') }).exactOptional(),
    },
    { error: required('tp.notObject') },
  )
  .superRefine((st, ctx) => {
    if (st.play && st.at === undefined)
      ctx.addIssue({ code: 'custom', path: ['play'], message: P('tp.playNeedsAt') });
  });

export const tourSchema = z.strictObject(
  {
    id: z
      .string({ error: required('tp.notString') })
      .regex(TOUR_ID_RE, { error: P('tp.badTourId') })
      .max(60, { error: P('tp.tooLong', { max: 60 }) }),
    title: text(120),
    title_en: optText(160),
    description: optText(1000),
    steps: z
      .array(stepSchema, { error: required('tp.notStepList') })
      .min(1, { error: P('tp.noSteps') })
      .max(MAX_STEPS, { error: P('tp.tooManySteps', { max: MAX_STEPS }) }),
  },
  { error: P('tp.notTour') },
);

const problem = (path: string, code: TourProblemCode, params: ProblemParams = {}): TourProblem => ({
  code,
  params,
  path,
});

/** A zod issue as a problem: the code and values the check gave, or (not expected) zod's own words. */
function problemOf(iss: z.core.$ZodIssue): TourProblem {
  const path = formatPath(iss.path);
  if (iss.code === 'unrecognized_keys')
    return problem(path, 'tp.unknownFields', { fields: iss.keys.map((k) => `"${k}"`).join(', ') });
  try {
    const m = JSON.parse(iss.message) as { code?: unknown; params?: unknown };
    if (isTourProblemCode(m.code)) {
      const params: ProblemParams = {};
      if (m.params && typeof m.params === 'object')
        for (const [k, v] of Object.entries(m.params))
          if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      return problem(path, m.code, params);
    }
  } catch {
    // not one of ours: zod's own message
  }
  return problem(path, 'tp.invalid', { detail: iss.message });
}

/** Checks the shape of a parsed value. */
export function parseTourValue(value: unknown): TourResult {
  const r = tourSchema.safeParse(value);
  if (r.success) {
    // Drop `undefined` from the absent optional fields (exactOptionalPropertyTypes).
    return { ok: true, tour: JSON.parse(JSON.stringify(r.data)) as Tour };
  }
  return { ok: false, problems: r.error.issues.map(problemOf) };
}

/** Parses a tour's JSON text and checks its shape; problems say what is wrong and where. */
export function parseTour(text: string): TourResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const native = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(native)?.[1];
    if (pos === undefined)
      return { ok: false, problems: [problem('', 'tp.badJsonNoPosition', { detail: native })] };
    const before = body.slice(0, Number(pos));
    const line = before.split('\n').length;
    const column = Number(pos) - before.lastIndexOf('\n');
    return { ok: false, problems: [problem('', 'tp.badJson', { line, column, detail: native })] };
  }
  return parseTourValue(value);
}

/** What a tour is checked against: the plan's units, places, themes (the layers), region and zoom range. */
export interface TourRefs {
  clauses: ReadonlyMap<string, { text: string; damaged: readonly DamagedSpan[] }>;
  places: ReadonlySet<string>;
  layers: readonly string[];
  region: Bounds;
  zoom: { min: number; max: number };
}

/** Every reference of a tour that does not resolve, and every quote that is not the plan's exact words. */
export function checkTourRefs(tour: Tour, refs: TourRefs): TourProblem[] {
  const errors: TourProblem[] = [];
  const { layers, region, zoom } = refs;
  const clause = (path: string, id: string) => {
    const unit = refs.clauses.get(id);
    if (!unit) errors.push(problem(path, 'tp.unknownClause', { id }));
    return unit;
  };
  tour.steps.forEach((step, i) => {
    const p = `steps[${i}]`;
    const [lon, lat] = step.view.center;
    if (lon < region.west || lon > region.east || lat < region.south || lat > region.north)
      errors.push(problem(`${p}.view.center`, 'tp.outsideRegion', { lon, lat, ...region }));
    if (step.view.zoom < zoom.min || step.view.zoom > zoom.max)
      errors.push(problem(`${p}.view.zoom`, 'tp.between', { min: zoom.min, max: zoom.max }));
    if (step.at !== undefined) {
      const i = monthIndex(step.at);
      const today = currentMonth();
      if (!(i >= 0 && i <= monthIndex(today)))
        errors.push(problem(`${p}.at`, 'tp.monthOutOfRange', { min: TIMELINE_START, max: today }));
    }
    step.layers.forEach((l, k) => {
      if (!layers.includes(l))
        errors.push(problem(`${p}.layers[${k}]`, 'tp.unknownLayer', { id: l, expected: layers.join(', ') }));
    });
    step.highlight.forEach((id, k) => {
      if (!refs.places.has(id)) errors.push(problem(`${p}.highlight[${k}]`, 'tp.unknownPlace', { id }));
    });
    step.caption.forEach((part, k) => {
      const cp = `${p}.caption[${k}]`;
      if (isQuote(part)) {
        const unit = clause(`${cp}.clause`, part.clause);
        if (!unit) return;
        const start = unit.text.indexOf(part.quote);
        if (start < 0) {
          errors.push(problem(`${cp}.quote`, 'tp.quoteNotInClause', { clause: part.clause }));
          return;
        }
        const end = start + part.quote.length;
        const hit = unit.damaged.find((d) => d.start < end && d.end > start);
        if (hit)
          errors.push(
            problem(`${cp}.quote`, 'tp.quoteDamaged', {
              clause: part.clause,
              passage: unit.text.slice(hit.start, hit.end),
            }),
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
  const problems = checkTourRefs(parsed.tour, refs);
  return problems.length ? { ok: false, problems } : parsed;
}

/** The clause ids a step rests on, in caption order, without repeats. */
export function stepCitations(step: TourStep): string[] {
  const ids = step.caption.flatMap((p) => (isQuote(p) ? [p.clause] : p.cites));
  return [...new Set(ids)];
}
