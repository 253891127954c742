// The compare table's rows: for each row the config asks for, one cell per chosen town, every item in a cell
// carrying its citations (a clause, an external source with its strength, or our computation), and for the
// numeric rows the series the charts draw. The code knows how to fill each kind of row (config.ts's ROW_KINDS);
// the config gives the rows' names and order. Words in the language the caller passes.

import type { Lang } from '../../i18n/lang';
import type { Status } from '../types';
import type { Bilingual, CompareConfig, CompareRow, RowId } from './config';
import type { CompareData, NearPlace, Quote, SourcedFigure, TownProfile } from './model';
import type { CellItem, Cite, SeriesPoint } from './cells';
import type { CompareChoice } from './route';
import { countPointOf, deliveredCounts, deliveredItem } from './delivered';
import { msg, placeName, rowHow, rowName, say } from './text';

export type { CellItem, Cite, ItemKind, SeriesPoint } from './cells';

export interface Series {
  /** Label of the series, e.g. official (in the caller's language). */
  label: string;
  /** One point per chosen town. */
  points: SeriesPoint[];
  unit: string;
}

export interface ProfileRow {
  def: CompareRow;
  /** The row's name and how it was made, in the caller's language. */
  name: string;
  how: string;
  /** One cell per chosen town, in the choice's order. */
  cells: CellItem[][];
  /** One caveat per chosen town (the town's note on the row, e.g. why a count of 0 does not mean none), or null. */
  caveats: (string | null)[];
  /** For numeric rows: what the chart draws, one scale per row. */
  series?: Series[];
}

/** Builds a row's items in one language for one plan. */
class Cells {
  constructor(
    readonly lang: Lang,
    readonly config: CompareConfig,
  ) {}

  status = (s: Status): string => msg(this.lang, `cmp.status.${s}`);
  clauseCites = (ids: readonly string[]): Cite[] => ids.map((id) => ({ type: 'clause', id }));
  outlineCite = (): Cite => ({ type: 'computed', label: msg(this.lang, 'cmp.outlineCite') });
  planCite = (): Cite => ({ type: 'clause', id: this.config.clause });
  none = (text: string, cites: Cite[]): CellItem[] => [{ kind: 'note', text, cites }];

  relation(p: NearPlace): string {
    if (p.relation === 'near' || p.relation === 'outside')
      return msg(this.lang, 'cmp.rel.near', { km: p.distance_km });
    return msg(this.lang, p.relation === 'inside' ? 'cmp.rel.inside' : 'cmp.rel.crosses');
  }

  place(p: NearPlace, computed: boolean): CellItem {
    const detail = [
      this.status(p.status),
      this.relation(p),
      p.inPassage ? msg(this.lang, 'cmp.inPassage', { clause: this.config.clause }) : '',
      p.clauses.length ? '' : msg(this.lang, 'cmp.notNamed'),
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      kind: 'place',
      text: placeName(p, this.lang),
      detail,
      place: p.id,
      cites: [...this.clauseCites(p.clauses), ...(computed ? [this.outlineCite()] : [])],
    };
  }

  quote = (q: Quote, label?: string): CellItem => ({
    kind: 'quote',
    text: q.text,
    cites: [{ type: 'clause', id: q.clause }],
    ...(label ? { label } : {}),
  });

  figure(label: string, f: SourcedFigure): CellItem {
    const cite: Cite = { type: 'source', sources: f.sources, strength: f.strength, verified: f.verified };
    const note = this.lang === 'zh' ? f.note_zh : f.note_en;
    return {
      kind: f.value === null ? 'note' : 'figure',
      label,
      text: f.value === null ? msg(this.lang, 'view.notFound') : this.lang === 'zh' ? f.text_zh : f.text_en,
      ...(note ? { detail: note } : {}),
      ...(f.derived ? { derived: true } : {}),
      cites: [cite],
    };
  }

  area(t: TownProfile): CellItem[] {
    const o = t.area.official;
    const diff = o.value ? Math.round(((t.area.computed_km2 - o.value) / o.value) * 1000) / 10 : null;
    return [
      this.figure(msg(this.lang, 'cmp.official'), o),
      {
        kind: 'figure',
        label: msg(this.lang, 'cmp.outline'),
        text: msg(this.lang, 'cmp.km2', { n: t.area.computed_km2 }),
        detail:
          diff === null
            ? t.area.outlineSource[this.lang]
            : msg(this.lang, 'cmp.vsOfficial', { diff: `${diff > 0 ? '+' : ''}${diff}` }),
        cites: [this.outlineCite()],
      },
    ];
  }

  railNamed(t: TownProfile): CellItem[] {
    if (!t.railNamed.length)
      return this.none(msg(this.lang, 'cmp.noLineNamed', { clause: this.config.clause }), [this.planCite()]);
    return t.railNamed.map((p) => ({
      kind: 'place' as const,
      text: placeName(p, this.lang),
      detail: `${this.status(p.status)} · ${msg(this.lang, 'cmp.railQuote', { quote: p.quote.text })}`,
      place: p.id,
      cites: [{ type: 'clause' as const, id: p.quote.clause }],
    }));
  }

  /** A list of places near the town, or a note saying there is none (citing `empty`). */
  places(list: readonly NearPlace[], computed: (p: NearPlace) => boolean, empty: Cite): CellItem[] {
    return list.length
      ? list.map((p) => this.place(p, computed(p)))
      : this.none(msg(this.lang, 'view.none'), [empty]);
  }

  counts(t: TownProfile): CellItem[] {
    return (['direct', 'group'] as const).map((k) => ({
      kind: 'figure',
      label: msg(this.lang, `cmp.${k}`),
      text: String(t.clauses[k].length),
      cites: this.clauseCites(t.clauses[k]),
    }));
  }

  of(row: RowId, t: TownProfile, data: CompareData): CellItem[] {
    const notInPassage = (p: NearPlace) => !p.inPassage;
    switch (row) {
      case 'positioning':
        return [this.quote(t.positioning)];
      case 'industries':
        return t.industries.map((q) => this.quote(q));
      case 'area':
        return this.area(t);
      case 'population':
        return [
          this.figure('2025', t.population.y2025),
          this.figure('2035', t.population.y2035),
          this.quote(data.shared.millionTarget, msg(this.lang, 'cmp.planLabel')),
        ];
      case 'rail-named':
        return this.railNamed(t);
      case 'rail-near':
        return this.places(t.railNear, () => true, this.outlineCite());
      case 'hubs':
        return this.places(t.hubs, notInPassage, this.outlineCite());
      case 'projects':
        return this.places(t.projects, notInPassage, this.planCite());
      case 'linkages':
        return t.linkages.length
          ? t.linkages.map((q) => this.quote(q))
          : this.none(say(this.lang, this.config.text.noLinkage, { clause: this.config.clause }), [
              this.planCite(),
            ]);
      case 'clauses':
        return this.counts(t);
      case 'delivered-population':
        return [
          this.figure(msg(this.lang, 'cmp.reported'), t.delivered.population),
          this.figure(msg(this.lang, 'cmp.target2025'), t.population.y2025),
        ];
      case 'delivered-rail':
        return t.delivered.rail.length
          ? t.delivered.rail.map((p) =>
              deliveredItem(
                p,
                this.lang,
                this.config.deliveredBy,
                this.clauseCites(p.clauses),
                this.relation(p),
                this.outlineCite(),
              ),
            )
          : this.none(msg(this.lang, 'view.none'), [this.outlineCite()]);
    }
  }
}

/** A figure of another document as a point: its value, whether derived or verified, its note. */
function figurePoint(f: SourcedFigure, lang: Lang): SeriesPoint {
  const note = lang === 'zh' ? f.note_zh : f.note_en;
  return { value: f.value, derived: f.derived, verified: f.verified, ...(note ? { note } : {}) };
}

/** A value we computed or counted ourselves, with its caveat if there is one. */
function countPoint(value: number, lang: Lang, note?: Bilingual): SeriesPoint {
  return { value, derived: false, verified: true, ...(note ? { note: note[lang] } : {}) };
}

function seriesFor(
  row: RowId,
  towns: readonly TownProfile[],
  lang: Lang,
  nearKm: number,
): Series[] | undefined {
  const m = (key: Parameters<typeof msg>[1], vars = {}) => msg(lang, key, vars);
  const counted = (value: (t: TownProfile) => number, note?: (t: TownProfile) => Bilingual | undefined) =>
    towns.map((t) => countPoint(value(t), lang, note?.(t)));
  switch (row) {
    case 'area':
      return [
        {
          label: m('cmp.official'),
          points: towns.map((t) => figurePoint(t.area.official, lang)),
          unit: m('cmp.unitKm2'),
        },
        {
          label: m('cmp.outline'),
          points: counted(
            (t) => t.area.computed_km2,
            (t) => t.area.outlineNote,
          ),
          unit: m('cmp.unitKm2'),
        },
      ];
    case 'population':
      return [
        {
          label: '2025',
          points: towns.map((t) => figurePoint(t.population.y2025, lang)),
          unit: m('cmp.unitWan'),
        },
        {
          label: '2035',
          points: towns.map((t) => figurePoint(t.population.y2035, lang)),
          unit: m('cmp.unitWan'),
        },
      ];
    case 'rail-near':
      return [
        {
          label: m('cmp.linesWithin', { km: nearKm }),
          points: counted(
            (t) => t.railNear.length,
            (t) => t.rowNotes?.['rail-near'],
          ),
          unit: '',
        },
      ];
    case 'clauses':
      return [
        { label: m('cmp.direct'), points: counted((t) => t.clauses.direct.length), unit: '' },
        { label: m('cmp.group'), points: counted((t) => t.clauses.group.length), unit: '' },
      ];
    case 'delivered-population':
      return [
        {
          label: m('cmp.reported'),
          points: towns.map((t) => figurePoint(t.delivered.population, lang)),
          unit: m('cmp.unitWan'),
        },
        {
          label: m('cmp.target2025'),
          points: towns.map((t) => figurePoint(t.population.y2025, lang)),
          unit: m('cmp.unitWan'),
        },
      ];
    case 'delivered-rail':
      return [
        {
          label: m('cmp.openedInPeriod'),
          points: towns.map((t) => countPointOf(deliveredCounts(t).opened)),
          unit: '',
        },
        {
          label: m('cmp.buildingAtEnd'),
          points: towns.map((t) => countPointOf(deliveredCounts(t).building)),
          unit: '',
        },
      ];
    default:
      return undefined;
  }
}

/** The chosen towns' profiles, in the plan's order. */
export function chosenTowns(data: CompareData, choice: CompareChoice): TownProfile[] {
  return data.towns.filter((t) => choice.towns.includes(t.key));
}

/** The chosen rows in the chosen order, each with a cell per chosen town, in `lang`. */
export function profileRows(data: CompareData, choice: CompareChoice, lang: Lang): ProfileRow[] {
  const { config } = data;
  const towns = chosenTowns(data, choice);
  const cells = new Cells(lang, config);
  return choice.rows.flatMap((id) => {
    const def = config.rows.find((r) => r.id === id);
    if (!def) return [];
    const series = seriesFor(id, towns, lang, config.nearKm);
    return [
      {
        def,
        name: rowName(config, id, lang),
        how: rowHow(config, id, lang),
        cells: towns.map((t) => cells.of(id, t, data)),
        caveats: towns.map((t) => t.rowNotes?.[id]?.[lang] ?? null),
        ...(series ? { series } : {}),
      },
    ];
  });
}
