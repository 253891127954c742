// The plan's units as the app uses them: lookup, order, breadcrumb, citation and the table of contents.
// Pure functions over the units in data/clauses.json.

import { activePlan } from './active-plan';
import type { ClauseUnit, Title } from './types';

export interface Plan {
  units: readonly ClauseUnit[];
  byId: ReadonlyMap<string, ClauseUnit>;
  indexOf: ReadonlyMap<string, number>;
}

export function makePlan(units: readonly ClauseUnit[]): Plan {
  return {
    units,
    byId: new Map(units.map((u) => [u.id, u])),
    indexOf: new Map(units.map((u, i) => [u.id, i])),
  };
}

export interface Crumb {
  id: string;
  label: string;
  official: boolean;
}

/** `十、优化功能布局,塑造市域空间新格局 › 10.2 … › 10.2.1`: chapter, section, clause. */
export function breadcrumb(unit: ClauseUnit): Crumb[] {
  const crumbs: Crumb[] = [
    {
      id: unit.chapter.id,
      label: `${unit.chapter.numeral}、${unit.chapter.title.text}`,
      official: unit.chapter.title.official,
    },
  ];
  if (unit.section) {
    crumbs.push({
      id: unit.section.id,
      label: `${unit.section.id} ${unit.section.title.text}`,
      official: unit.section.title.official,
    });
  }
  if (unit.kind === 'clause') crumbs.push({ id: unit.id, label: unit.id, official: true });
  return crumbs;
}

export function breadcrumbText(unit: ClauseUnit): string {
  return breadcrumb(unit)
    .map((c) => (c.official ? c.label : `${c.label}〔工作标签〕`))
    .join(' › ');
}

export function citation(unit: ClauseUnit): string {
  return `${activePlan().name.short} ${unit.id}`;
}

export function neighbours(plan: Plan, id: string): { prev?: ClauseUnit; next?: ClauseUnit } {
  const i = plan.indexOf.get(id);
  if (i === undefined) return {};
  const out: { prev?: ClauseUnit; next?: ClauseUnit } = {};
  const prev = plan.units[i - 1];
  const next = plan.units[i + 1];
  if (prev) out.prev = prev;
  if (next) out.next = next;
  return out;
}

export interface TocSection {
  id: string;
  title: Title;
  units: ClauseUnit[];
}

export interface TocChapter {
  id: string;
  numeral: string;
  title: Title;
  intro?: ClauseUnit;
  sections: TocSection[];
}

/** Chapters → sections → units, in the plan's order. */
export function tableOfContents(plan: Plan): TocChapter[] {
  const chapters: TocChapter[] = [];
  for (const u of plan.units) {
    let ch = chapters.at(-1);
    if (!ch || ch.id !== u.chapter.id) {
      ch = { id: u.chapter.id, numeral: u.chapter.numeral, title: u.chapter.title, sections: [] };
      chapters.push(ch);
    }
    if (u.kind === 'chapter') {
      ch.intro = u;
      continue;
    }
    const sec = u.section;
    if (!sec) continue;
    let s = ch.sections.at(-1);
    if (!s || s.id !== sec.id) {
      s = { id: sec.id, title: sec.title, units: [] };
      ch.sections.push(s);
    }
    s.units.push(u);
  }
  return chapters;
}
