// The five new towns side by side (#/compare), as data: the shape of data/compare.json (written at build time by
// scripts/lib/compare-data.ts), the parts of it that follow from the plan's text and the mention index alone
// (each town's passage of 10.2.1, the places it names, the clauses that mention it), the shared map projection,
// the route (which towns, which rows in which order), the table's rows with a citation on every cell, and the CSV.
// Pure functions, no DOM: the build, the view and the unit tests all use them.

import { pick, t as msg } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { placeClauses, type Mention, type MentionIndex } from './mentions';
import type { ClauseUnit, Status, Theme } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Towns and rows

/** The five new towns in the plan's order (10.2.1: 嘉定、青浦、松江、奉贤、南汇); the key is the URL's name. */
export const TOWN_KEYS = ['jiading', 'qingpu', 'songjiang', 'fengxian', 'nanhui'] as const;
export type TownKey = (typeof TOWN_KEYS)[number];
export const townId = (key: TownKey): string => `new-town-${key}`;

/** The table's rows, in the default order; the id is the URL's name. */
export const ROW_IDS = [
  'positioning',
  'industries',
  'area',
  'population',
  'rail-named',
  'rail-near',
  'hubs',
  'projects',
  'linkages',
  'clauses',
] as const;
export type RowId = (typeof ROW_IDS)[number];

/** What a row's values are: the plan's words, computed from our drawings, or figures from other documents. */
export type RowNature = 'plan' | 'computed' | 'external' | 'mixed';

export interface RowDef {
  id: RowId;
  zh: string;
  en: string;
  nature: RowNature;
}

/** Maximum distance of a rail line from a town's outline for the "rail within" row, km. */
export const NEAR_KM = 2;

export const ROWS: Readonly<Record<RowId, RowDef>> = {
  positioning: {
    id: 'positioning',
    zh: '定位',
    en: 'Positioning',
    nature: 'plan',
  },
  industries: {
    id: 'industries',
    zh: '主导产业',
    en: 'Leading industries',
    nature: 'plan',
  },
  area: {
    id: 'area',
    zh: '面积',
    en: 'Area',
    nature: 'mixed',
  },
  population: {
    id: 'population',
    zh: '人口目标',
    en: 'Population targets',
    nature: 'external',
  },
  'rail-named': {
    id: 'rail-named',
    zh: '规划点名的轨道交通',
    en: 'Rail links the plan names',
    nature: 'plan',
  },
  'rail-near': {
    id: 'rail-near',
    zh: `轮廓 ${NEAR_KM} 公里内的轨道线`,
    en: `Rail lines within ${NEAR_KM} km of the outline`,
    nature: 'computed',
  },
  hubs: {
    id: 'hubs',
    zh: '枢纽与站点',
    en: 'Hubs and stations',
    nature: 'mixed',
  },
  projects: {
    id: 'projects',
    zh: '规划点名的项目与设施',
    en: 'Projects and facilities the plan names',
    nature: 'mixed',
  },
  linkages: {
    id: 'linkages',
    zh: '对外联动',
    en: 'Linkages beyond Shanghai',
    nature: 'plan',
  },
  clauses: {
    id: 'clauses',
    zh: '提及该新城的条文',
    en: 'Clauses mentioning the town',
    nature: 'computed',
  },
};

/** How a row was made, in the current language, for the table's row header and the CSV's source column. */
export function rowHow(id: RowId): string {
  return msg(`cmp.how.${id}` as MessageKey, { km: NEAR_KM });
}

/** A row's name in the current language. */
export const rowName = (id: RowId): string => pick(ROWS[id]);

// ---------------------------------------------------------------------------------------------------------------
// The shape of data/compare.json

/** An exact passage of the plan: `text === unit.text.slice(start, end)` (checked at build time). */
export interface Quote {
  clause: string;
  start: number;
  end: number;
  text: string;
}

/** How far a figure can be trusted, from the plan's own text to a derived estimate. */
export const STRENGTHS = ['plan', 'official', 'official-repost', 'news', 'secondary', 'derived'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const STRENGTH_LABELS: Readonly<Record<Strength, { zh: string; en: string }>> = {
  plan: { zh: '规划纲要原文', en: 'the plan’s text' },
  official: { zh: '官方文件', en: 'official document' },
  'official-repost': { zh: '官方文件转载', en: 'repost of an official document' },
  news: { zh: '新闻报道', en: 'news report' },
  secondary: { zh: '二手来源(弱)', en: 'secondary source (weak)' },
  derived: { zh: '推算(弱)', en: 'derived estimate (weak)' },
};

/** A figure from outside the plan. `value` null: no figure was found (the note says what is known). */
export interface SourcedFigure {
  value: number | null;
  unit: string;
  /** The figure as the source gives it (e.g. 约95万). */
  text: string;
  source: string;
  url?: string;
  strength: Strength;
  note?: string;
}

/** A place of the plan's geography as a cell lists it. `clauses`: the units that name it directly. */
export interface PlaceRef {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  status: Status;
  clauses: string[];
}

/** Where a place lies against a town's outline. */
export type Relation = 'inside' | 'crosses' | 'near' | 'outside';

export interface NearPlace extends PlaceRef {
  relation: Relation;
  /** Shortest distance to the outline, km (0 when inside or crossing), rounded to 0.1. */
  distance_km: number;
  /** Named in the town's passage of 10.2.1. */
  inPassage: boolean;
}

/** What the small map of a town draws: SVG path data in km around the town's centre (see `projector`). */
export interface TownMap {
  centre: [number, number];
  basemap: {
    neighbourLand: string;
    shanghaiLand: string;
    water: string;
    rivers: string;
    districts: string;
    borders: string;
    /** District names: `text` Chinese, `text_en` English (both from geo/basemap). */
    labels: { text: string; text_en: string; x: number; y: number }[];
  };
  /** The town's own outline. */
  outline: string;
  /** Places around it; `d` for lines and areas, `x`/`y` for points. */
  places: MapPlace[];
}

export type MapRole = 'rail' | 'hub' | 'station' | 'neighbour-town' | 'area' | 'line' | 'point';

export interface MapPlace {
  id: string;
  role: MapRole;
  d?: string;
  x?: number;
  y?: number;
}

export interface TownProfile {
  key: TownKey;
  id: string;
  name_zh: string;
  name_en: string;
  /** The town's passage of 10.2.1: from its name to the next town's name. */
  passage: Quote;
  positioning: Quote;
  industries: Quote[];
  linkages: Quote[];
  railNamed: (PlaceRef & { quote: Quote })[];
  railNear: NearPlace[];
  hubs: NearPlace[];
  projects: NearPlace[];
  area: { official: SourcedFigure; computed_km2: number; outlineSource: string; outlineNote?: string };
  population: { y2025: SourcedFigure; y2035: SourcedFigure };
  clauses: { direct: string[]; group: string[] };
  map: TownMap;
}

export interface CompareData {
  /** The small maps' shared frame: a square `sizeKm` wide around each town's centre, one projection. */
  frame: { sizeKm: number; refLat: number };
  shared: {
    /** 10.2: 以中长期集聚百万人口为目标 (the plan's own population aim, for all five). */
    millionTarget: Quote;
    /** 10.2: the five towns' shared call to link with the region. */
    regionalLinkage: Quote;
    /** The five towns together in 2025 (a figure of another document). */
    aggregate2025: SourcedFigure;
  };
  /** Name, kind, theme and status of every place drawn on the small maps. */
  places: Record<string, { name_zh: string; name_en: string; kind: string; theme: Theme; status: Status }>;
  towns: TownProfile[];
}

// ---------------------------------------------------------------------------------------------------------------
// What follows from the plan's text and the mention index

/** The clause that positions each new town. */
export const TOWNS_CLAUSE = '10.2.1';

/**
 * Each town's passage of 10.2.1: from its name (its first mention by name) to the next town's name, or the end.
 * Throws when a town is not named in the clause.
 */
export function townPassages(unit: ClauseUnit, mentions: MentionIndex): Map<TownKey, Quote> {
  const starts = TOWN_KEYS.map((key) => {
    const m = (mentions[townId(key)] ?? []).find((x) => x.clause === unit.id && x.via === 'name');
    if (!m) throw new Error(`compare: ${townId(key)} is not named in ${unit.id}`);
    return { key, start: m.start };
  }).sort((a, b) => a.start - b.start);
  const out = new Map<TownKey, Quote>();
  starts.forEach(({ key, start }, i) => {
    const end = starts[i + 1]?.start ?? unit.text.length;
    out.set(key, { clause: unit.id, start, end, text: unit.text.slice(start, end) });
  });
  return out;
}

/** Places mentioned (by name or alias, not as a group) inside a passage, with the mention's exact text. */
export function placesInPassage(passage: Quote, mentions: MentionIndex): { id: string; quote: Quote }[] {
  const out: { id: string; quote: Quote }[] = [];
  for (const [id, list] of Object.entries(mentions)) {
    const m = list.find(
      (x) =>
        x.clause === passage.clause && x.via !== 'group' && x.start >= passage.start && x.end <= passage.end,
    );
    if (m) out.push({ id, quote: { clause: m.clause, start: m.start, end: m.end, text: m.text } });
  }
  return out.sort((a, b) => a.quote.start - b.quote.start || a.id.localeCompare(b.id));
}

/** The clauses naming a place directly, and those naming it only through a group term, each in plan order. */
export function clauseLists(
  list: readonly Mention[],
  order: ReadonlyMap<string, number>,
): { direct: string[]; group: string[] } {
  const { direct, group } = placeClauses(list, order);
  return { direct: direct.map(([id]) => id), group: group.map(([id]) => id) };
}

// ---------------------------------------------------------------------------------------------------------------
// The small maps' projection: one equirectangular projection with its standard parallel at `refLat` for all five
// maps, so that a kilometre is the same length on every map (north up; the scale error over the towns' ±0.3° of
// latitude is under 0.5 %). Coordinates are km east and south of the map's centre (SVG's y grows downwards).

/** km per degree of latitude on turf's sphere (radius 6371.0088 km). */
export const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

export type Project = (p: readonly number[]) => [number, number];

export function projector(refLat: number, centre: readonly [number, number]): Project {
  const kx = KM_PER_DEG * Math.cos((refLat * Math.PI) / 180);
  return (p) => [((p[0] ?? 0) - centre[0]) * kx, (centre[1] - (p[1] ?? 0)) * KM_PER_DEG];
}

/** The lon/lat box of a square frame `sizeKm` wide around `centre`, plus `marginKm` on every side. */
export function frameBounds(
  refLat: number,
  centre: readonly [number, number],
  sizeKm: number,
  marginKm = 0,
): [number, number, number, number] {
  const half = sizeKm / 2 + marginKm;
  const dLon = half / (KM_PER_DEG * Math.cos((refLat * Math.PI) / 180));
  const dLat = half / KM_PER_DEG;
  return [centre[0] - dLon, centre[1] - dLat, centre[0] + dLon, centre[1] + dLat];
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/** SVG path data of lines or rings (closed with Z when `closed`), in projected km rounded to 10 m. */
export function pathData(
  lines: readonly (readonly (readonly number[])[])[],
  project: Project,
  closed: boolean,
): string {
  const parts: string[] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const pts = line.map((p) => project(p));
    parts.push(`M${pts.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}${closed ? 'Z' : ''}`);
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------------------
// The route: #/compare[/<towns>[/<rows>]], e.g. #/compare/jiading,qingpu,songjiang/area,positioning

export interface CompareChoice {
  /** 2–5 towns, always in the plan's order. */
  towns: TownKey[];
  /** The rows shown, in the user's order (at least one). */
  rows: RowId[];
}

export const DEFAULT_CHOICE: Readonly<CompareChoice> = { towns: [...TOWN_KEYS], rows: [...ROW_IDS] };

const isTown = (s: string): s is TownKey => (TOWN_KEYS as readonly string[]).includes(s);
const isRow = (s: string): s is RowId => (ROW_IDS as readonly string[]).includes(s);

/** The choice a route asks for; a malformed towns list falls back to all five, a malformed rows list to the default. */
export function parseCompareRoute(route: readonly string[]): CompareChoice {
  const [, townSeg, rowSeg] = route;
  const towns = townSeg?.split(',') ?? [];
  const rows = rowSeg?.split(',') ?? [];
  const townsOk =
    towns.length >= 2 &&
    towns.length <= TOWN_KEYS.length &&
    towns.every(isTown) &&
    new Set(towns).size === towns.length;
  const rowsOk = rows.length >= 1 && rows.every(isRow) && new Set(rows).size === rows.length;
  return {
    towns: townsOk ? TOWN_KEYS.filter((k) => towns.includes(k)) : [...TOWN_KEYS],
    rows: rowsOk ? (rows as RowId[]) : [...ROW_IDS],
  };
}

/** The route of a choice: `['compare']` for the default, else both segments. */
export function compareRoute(choice: CompareChoice): string[] {
  const towns = TOWN_KEYS.filter((k) => choice.towns.includes(k));
  const isDefault =
    towns.length === TOWN_KEYS.length &&
    choice.rows.length === ROW_IDS.length &&
    choice.rows.every((r, i) => r === ROW_IDS[i]);
  return isDefault ? ['compare'] : ['compare', towns.join(','), choice.rows.join(',')];
}

// ---------------------------------------------------------------------------------------------------------------
// The table's rows: every item carries its citations

export type Cite =
  | { type: 'clause'; id: string }
  | { type: 'source'; label: string; url?: string; strength: Strength }
  | { type: 'computed'; label: string };

export type ItemKind = 'quote' | 'place' | 'figure' | 'note';

export interface CellItem {
  kind: ItemKind;
  /** Shown before the text, e.g. official, 2025 (in the current language). */
  label?: string;
  text: string;
  /** Extra words after the text (a place's relation to the outline, a figure's note). */
  detail?: string;
  /** For places: the place's id (links to #/place/<id>, highlights it on the small maps). */
  place?: string;
  cites: Cite[];
}

export interface Series {
  /** Label of the series, e.g. official (in the current language). */
  label: string;
  /** One value per chosen town (null: none). */
  values: (number | null)[];
  unit: string;
}

export interface ProfileRow {
  def: RowDef;
  /** One cell per chosen town, in the choice's order. */
  cells: CellItem[][];
  /** For numeric rows: what the chart draws, one scale per row. */
  series?: Series[];
}

const statusText = (s: Status): string => msg(`cmp.status.${s}` as MessageKey);

const clauseCites = (ids: readonly string[]): Cite[] => ids.map((id) => ({ type: 'clause', id }));

const outlineCite = (): Cite => ({ type: 'computed', label: msg('cmp.outlineCite') });

/** A place's name in the current language: in English the English name first, the Chinese beside it. */
const placeName = (p: { name_zh: string; name_en: string }): string =>
  pick({ zh: p.name_zh, en: p.name_en ? `${p.name_en} ${p.name_zh}` : p.name_zh });

function relationText(p: NearPlace): string {
  if (p.relation === 'near' || p.relation === 'outside') return msg('cmp.rel.near', { km: p.distance_km });
  return msg(p.relation === 'inside' ? 'cmp.rel.inside' : 'cmp.rel.crosses');
}

function placeItem(p: NearPlace, computed: boolean): CellItem {
  const detail = [
    statusText(p.status),
    relationText(p),
    p.inPassage ? msg('cmp.inPassage') : '',
    p.clauses.length ? '' : msg('cmp.notNamed'),
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    kind: 'place',
    text: placeName(p),
    detail,
    place: p.id,
    cites: [...clauseCites(p.clauses), ...(computed ? [outlineCite()] : [])],
  };
}

const quoteItem = (q: Quote, label?: string): CellItem => ({
  kind: 'quote',
  text: q.text,
  cites: [{ type: 'clause', id: q.clause }],
  ...(label ? { label } : {}),
});

function figureItem(label: string, f: SourcedFigure): CellItem {
  const cite: Cite = {
    type: 'source',
    label: f.source,
    strength: f.strength,
    ...(f.url ? { url: f.url } : {}),
  };
  return {
    kind: f.value === null ? 'note' : 'figure',
    label,
    text: f.value === null ? msg('view.notFound') : f.text,
    ...(f.note ? { detail: f.note } : {}),
    cites: [cite],
  };
}

const none = (text: string, cites: Cite[]): CellItem[] => [{ kind: 'note', text, cites }];

function cellsFor(row: RowId, t: TownProfile, data: CompareData): CellItem[] {
  switch (row) {
    case 'positioning':
      return [quoteItem(t.positioning)];
    case 'industries':
      return t.industries.map((q) => quoteItem(q));
    case 'area': {
      const o = t.area.official;
      const diff = o.value ? Math.round(((t.area.computed_km2 - o.value) / o.value) * 1000) / 10 : null;
      return [
        figureItem(msg('cmp.official'), o),
        {
          kind: 'figure',
          label: msg('cmp.outline'),
          text: `${t.area.computed_km2} km²`,
          detail:
            diff === null
              ? t.area.outlineSource
              : msg('cmp.vsOfficial', { diff: `${diff > 0 ? '+' : ''}${diff}` }),
          cites: [outlineCite()],
        },
      ];
    }
    case 'population':
      return [
        figureItem('2025', t.population.y2025),
        figureItem('2035', t.population.y2035),
        quoteItem(data.shared.millionTarget, msg('cmp.planLabel')),
      ];
    case 'rail-named':
      return t.railNamed.length
        ? t.railNamed.map((p) => ({
            kind: 'place' as const,
            text: placeName(p),
            detail: `${statusText(p.status)} · ${msg('cmp.railQuote', { quote: p.quote.text })}`,
            place: p.id,
            cites: [{ type: 'clause' as const, id: p.quote.clause }],
          }))
        : none(msg('cmp.noLineNamed', { clause: TOWNS_CLAUSE }), [{ type: 'clause', id: TOWNS_CLAUSE }]);
    case 'rail-near':
      return t.railNear.length
        ? t.railNear.map((p) => placeItem(p, true))
        : none(msg('view.none'), [outlineCite()]);
    case 'hubs':
      return t.hubs.length
        ? t.hubs.map((p) => placeItem(p, !p.inPassage))
        : none(msg('view.none'), [outlineCite()]);
    case 'projects':
      return t.projects.length
        ? t.projects.map((p) => placeItem(p, !p.inPassage))
        : none(msg('view.none'), [{ type: 'clause', id: TOWNS_CLAUSE }]);
    case 'linkages':
      return t.linkages.length
        ? t.linkages.map((q) => quoteItem(q))
        : none(msg('cmp.noLinkage', { clause: TOWNS_CLAUSE }), [{ type: 'clause', id: TOWNS_CLAUSE }]);
    case 'clauses':
      return [
        {
          kind: 'figure',
          label: msg('cmp.direct'),
          text: String(t.clauses.direct.length),
          cites: clauseCites(t.clauses.direct),
        },
        {
          kind: 'figure',
          label: msg('cmp.group'),
          text: String(t.clauses.group.length),
          cites: clauseCites(t.clauses.group),
        },
      ];
  }
}

function seriesFor(row: RowId, towns: readonly TownProfile[]): Series[] | undefined {
  switch (row) {
    case 'area':
      return [
        { label: msg('cmp.official'), values: towns.map((t) => t.area.official.value), unit: 'km²' },
        { label: msg('cmp.outline'), values: towns.map((t) => t.area.computed_km2), unit: 'km²' },
      ];
    case 'population':
      return [
        { label: '2025', values: towns.map((t) => t.population.y2025.value), unit: msg('cmp.unitWan') },
        { label: '2035', values: towns.map((t) => t.population.y2035.value), unit: msg('cmp.unitWan') },
      ];
    case 'rail-near':
      return [
        {
          label: msg('cmp.linesWithin', { km: NEAR_KM }),
          values: towns.map((t) => t.railNear.length),
          unit: '',
        },
      ];
    case 'clauses':
      return [
        { label: msg('cmp.direct'), values: towns.map((t) => t.clauses.direct.length), unit: '' },
        { label: msg('cmp.group'), values: towns.map((t) => t.clauses.group.length), unit: '' },
      ];
    default:
      return undefined;
  }
}

/** The chosen towns' profiles, in the plan's order. */
export function chosenTowns(data: CompareData, choice: CompareChoice): TownProfile[] {
  return data.towns.filter((t) => choice.towns.includes(t.key));
}

export function profileRows(data: CompareData, choice: CompareChoice): ProfileRow[] {
  const towns = chosenTowns(data, choice);
  return choice.rows.map((id) => {
    const series = seriesFor(id, towns);
    return { def: ROWS[id], cells: towns.map((t) => cellsFor(id, t, data)), ...(series ? { series } : {}) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CSV: UTF-8 with a byte-order mark (spreadsheets then read the Chinese correctly), a header row, one row per profile
// row, one column per chosen town, and a column saying how the row was made and which sources it draws on.

export const BOM = '\uFEFF';

function citeText(c: Cite): string {
  switch (c.type) {
    case 'clause':
      return c.id;
    case 'source':
      return `${c.label}${c.url ? ` ${c.url}` : ''} [${pick(STRENGTH_LABELS[c.strength])}]`;
    case 'computed':
      return c.label;
  }
}

/** One cell as plain text: plan quotes in 「」, each item's citations in 〔〕. */
export function cellText(items: readonly CellItem[]): string {
  return items
    .map((it) => {
      const body = it.kind === 'quote' ? `「${it.text}」` : it.text;
      const head = it.label ? `${it.label}: ` : '';
      const detail = it.detail ? ` (${it.detail})` : '';
      const cites = it.cites.length ? ` 〔${it.cites.map(citeText).join('; ')}〕` : '';
      return `${head}${body}${detail}${cites}`;
    })
    .join('\n');
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(data: CompareData, choice: CompareChoice): string {
  const towns = chosenTowns(data, choice);
  const header = [msg('cmp.csvRow'), ...towns.map((t) => placeName(t)), msg('cmp.csvSource')];
  const lines = [header];
  for (const row of profileRows(data, choice)) {
    lines.push([
      rowName(row.def.id),
      ...row.cells.map(cellText),
      `${rowHow(row.def.id)} ${msg('cmp.csvPlan')}`,
    ]);
  }
  return BOM + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF); for the tests and for checking exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
