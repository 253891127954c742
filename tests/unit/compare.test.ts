// The compare view's data (#/compare): the profiles built from the real plan, geography and curated facts (areas,
// rail within 2 km, exact quotes, clause lists), the route, the table's citations and the CSV export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPARE, COMPARE_FACTS } from '../../content/shanghai-14fyp/compare.config';
import { readCompareContent, buildCompareData, type CompareContent } from '../../scripts/lib/compare';
import { loadHistory } from '../../scripts/lib/history';
import { computeMentions } from '../../scripts/lib/mentions';
import {
  BOM,
  KM_PER_DEG,
  compareRoute as routeOf,
  defaultChoice,
  parseCompareRoute as parseRoute,
  parseCsv,
  profileRows,
  projector,
  toCsv,
  type CompareChoice,
  type TownProfile,
} from '../../src/data/compare';
import { setLang } from '../../src/state/store';
import { districtLabel } from '../../src/ui/compare/minimap';
import { REFS, SHANGHAI, shanghaiUnits, shanghaiGeo } from '../shanghai';

const root = fileURLToPath(new URL('../..', import.meta.url));
const units = shanghaiUnits();
const geo = shanghaiGeo(units);
const mentions = computeMentions(units, geo.features, SHANGHAI.mentions);
const { history } = loadHistory(root, SHANGHAI.history!, {
  places: new Map(geo.features.map((f) => [f.properties.id, f.properties.status])),
  sources: new Set(REFS.sources.keys()),
});
const source = {
  config: COMPARE,
  factsFile: COMPARE_FACTS,
  basemap: SHANGHAI.files.basemap,
  sources: REFS.sources,
  history,
};
const { data, cited } = buildCompareData(root, units, geo.features, mentions, source);
type TownKey = 'jiading' | 'qingpu' | 'songjiang' | 'fengxian' | 'nanhui';
const TOWN_KEYS = COMPARE.towns.map((t) => t.key);
const ROW_IDS = COMPARE.rows.map((r) => r.id);
const DEFAULT_CHOICE = defaultChoice(COMPARE);
const parseCompareRoute = (route: string[]) => parseRoute(route, COMPARE);
const compareRoute = (choice: CompareChoice) => routeOf(choice, COMPARE);
const text = (id: string): string => units.find((u) => u.id === id)?.text ?? '';
const town = (key: TownKey): TownProfile => {
  const t = data.towns.find((x) => x.key === key);
  if (!t) throw new Error(`no town ${key}`);
  return t;
};

describe('profiles', () => {
  it('has the five towns in the plan’s order, each passage of 10.2.1 starting with the town’s name', () => {
    expect(data.towns.map((t) => t.name_zh)).toEqual([
      '嘉定新城',
      '青浦新城',
      '松江新城',
      '奉贤新城',
      '南汇新城',
    ]);
    for (const t of data.towns) {
      expect(t.passage.text.startsWith(t.name_zh)).toBe(true);
      expect(text('10.2.1').slice(t.passage.start, t.passage.end)).toBe(t.passage.text);
    }
    // the passages tile the clause from the first town's name to its end
    const last = data.towns.at(-1);
    expect(last?.passage.end).toBe(text('10.2.1').length);
    data.towns.slice(1).forEach((t, i) => expect(t.passage.start).toBe(data.towns[i]?.passage.end));
  });

  it('quotes each positioning phrase exactly from 10.2.1, inside the town’s own passage', () => {
    const expected: Record<TownKey, string> = {
      jiading: '科技教化之城和沪苏合作桥头堡',
      qingpu: '生态宜居之城',
      songjiang: '科创人文生态之城',
      fengxian: '节点城市',
      nanhui: '现代化未来之城',
    };
    for (const t of data.towns) {
      const q = t.positioning;
      expect(q.clause).toBe('10.2.1');
      expect(text('10.2.1').slice(q.start, q.end)).toBe(q.text);
      expect(text('10.2.1')).toContain(q.text);
      expect(q.start).toBeGreaterThanOrEqual(t.passage.start);
      expect(q.end).toBeLessThanOrEqual(t.passage.end);
      expect(q.text.endsWith(expected[t.key as TownKey])).toBe(true);
      for (const x of [...t.industries, ...t.linkages])
        expect(text(x.clause).slice(x.start, x.end)).toBe(x.text);
    }
    expect(text('10.2').slice(data.shared.millionTarget.start, data.shared.millionTarget.end)).toBe(
      '以中长期集聚百万人口为目标',
    );
  });

  it('computes each outline’s area within 5 % of the official figure, and keeps the official figure’s source', () => {
    const official: Record<TownKey, number> = {
      jiading: 159.5,
      qingpu: 91.1,
      songjiang: 158.4,
      fengxian: 67.9,
      nanhui: 343.3,
    };
    for (const t of data.towns) {
      const km2 = official[t.key as TownKey];
      expect(t.area.official.value).toBe(km2);
      expect(t.area.official.sources[0]?.title_zh).toMatch(/^《.+》$/);
      expect(Math.abs(t.area.computed_km2 - km2) / km2).toBeLessThan(0.05);
    }
  });

  it('finds the rail lines within 2 km: 嘉闵线 passes through 嘉定新城, 17号线 through 青浦新城', () => {
    const jiamin = town('jiading').railNear.find((p) => p.id === 'rail-jiamin');
    expect(jiamin?.name_zh).toBe('嘉闵线');
    expect(jiamin?.distance_km).toBe(0);
    expect(jiamin?.relation).toBe('crosses');
    expect(jiamin?.clauses).toContain('10.2.1');
    expect(town('qingpu').railNear.map((p) => p.id)).toContain('metro-17');
    expect(town('nanhui').railNear.map((p) => p.id)).not.toContain('metro-17');
    for (const t of data.towns) for (const p of t.railNear) expect(p.distance_km).toBeLessThanOrEqual(2);
    // 14号线 does not reach the outline but passes within 2 km of it
    const l14 = town('jiading').railNear.find((p) => p.id === 'metro-14');
    expect(l14?.relation).toBe('near');
    expect(l14?.distance_km).toBeGreaterThan(0);
  });

  it('lists the rail links, hubs and projects the town’s passage names', () => {
    expect(town('jiading').railNamed.map((p) => p.name_zh)).toEqual(
      expect.arrayContaining(['嘉闵线', '沪通铁路', '安亭北站', '嘉定北站']),
    );
    expect(town('fengxian').railNamed.map((p) => p.name_zh)).toEqual(['沪乍杭高铁', '南枫线']);
    expect(town('nanhui').railNamed).toEqual([]);
    const hub = town('songjiang').hubs.find((p) => p.id === 'hub-songjiang');
    expect(hub?.inPassage).toBe(true);
    // a station the passage names is listed even when it lies beyond 2 km, with its distance
    const anting = town('jiading').hubs.find((p) => p.id === 'station-anting-north');
    expect(anting?.inPassage).toBe(true);
    expect(anting?.distance_km).toBeGreaterThan(2);
    const projects = town('fengxian').projects.map((p) => p.name_zh);
    expect(projects).toEqual(expect.arrayContaining(['新华医院奉贤院区', '南上海体育中心']));
    // partners and containers named in a passage (临港新片区, 金山) are not projects of the town
    expect(town('nanhui').projects.map((p) => p.id)).not.toContain('lingang-special-area');
    expect(town('fengxian').projects.map((p) => p.id)).not.toContain('district-jinshan');
  });

  it('lists the clauses mentioning each town, directly (10.2.1) and as one of a group (10.2 …)', () => {
    for (const t of data.towns) {
      expect(t.clauses.direct).toContain('10.2.1');
      expect(t.clauses.group).toContain('10.2');
      expect(t.clauses.group).not.toContain('10.2.1');
      const all = mentions[t.id] ?? [];
      for (const id of t.clauses.group)
        expect(all.some((m) => m.clause === id && m.via === 'group')).toBe(true);
    }
  });

  it('gives every external figure its source records, in both languages, and says what is known when there is no figure', () => {
    for (const t of data.towns) {
      for (const f of [t.area.official, t.population.y2025, t.population.y2035, t.delivered.population]) {
        expect(f.sources.length).toBeGreaterThan(0);
        for (const r of f.sources) {
          expect(r.title_zh.length).toBeGreaterThan(3);
          expect(r.title_en.length).toBeGreaterThan(3);
          expect(r.publisher_zh.length).toBeGreaterThan(1);
        }
        expect(f.strength).toBeTruthy();
        if (f.value === null) expect(f.note_zh && f.note_en).toBeTruthy();
        else expect(f.text_zh && f.text_en).toBeTruthy();
      }
    }
    expect(town('songjiang').population.y2025.value).toBe(95);
    const jiading2025 = town('jiading').population.y2025;
    expect([jiading2025.strength, jiading2025.derived, jiading2025.verified]).toEqual([
      'derived',
      true,
      false,
    ]);
    // Every record a figure cites is reported as cited (the build rejects a record nobody cites).
    const ids = data.towns.flatMap((t) => [
      ...[t.area.official, t.population.y2025, t.population.y2035, t.delivered.population].flatMap((f) =>
        f.sources.map((r) => r.id),
      ),
      ...t.delivered.rail.flatMap((p) => p.change?.sources.map((r) => r.id) ?? []),
    ]);
    expect(cited).toEqual(
      [...new Set([...ids, ...data.shared.aggregate2025.sources.map((r) => r.id)])].sort(),
    );
  });

  it('reads the rail near each town at the end of the period from the histories, each change with its sources', () => {
    expect(COMPARE.deliveredBy).toBe('2025-12');
    const songjiang = town('songjiang').delivered.rail.find((p) => p.id === 'hub-songjiang');
    expect(songjiang).toMatchObject({ atEnd: 'existing', change: { date: '2024-12-26', status: 'opened' } });
    expect(songjiang?.change?.sources.length).toBeGreaterThan(0);
    // every rail line near a town and every hub or station is in the row, nothing else
    for (const t of data.towns)
      expect(t.delivered.rail.map((p) => p.id).sort()).toEqual(
        [...t.railNear, ...t.hubs].map((p) => p.id).sort(),
      );
    // a change after the end of the period is not counted
    for (const t of data.towns)
      for (const p of t.delivered.rail) if (p.change) expect(p.change.date <= '2025-12-31').toBe(true);
    const rows = profileRows(data, DEFAULT_CHOICE, 'zh');
    const rail = rows.find((r) => r.def.id === 'delivered-rail');
    const opened = rail?.series?.[0]?.points.map((p) => p.value);
    expect(opened?.[TOWN_KEYS.indexOf('songjiang')]).toBe(1);
    const pop = rows.find((r) => r.def.id === 'delivered-population');
    expect(pop?.series?.[0]?.points.map((p) => p.value)).toEqual([67.4, null, null, null, null]);
  });

  it('stops the build when a quote is not the plan’s text at its offsets', () => {
    const content = readCompareContent(root, COMPARE_FACTS, COMPARE);
    const bad: CompareContent = structuredClone(content);
    const first = bad.towns[0];
    if (!first) throw new Error('no towns');
    first.positioning = { ...first.positioning, start: first.positioning.start + 1 };
    expect(() => buildCompareData(root, units, geo.features, mentions, source, bad)).toThrow(
      /positioning.*reads/,
    );
    const outside: CompareContent = structuredClone(content);
    const q = outside.towns[1];
    if (!q) throw new Error('no towns');
    q.industries = [content.towns[0]?.industries[0] ?? q.industries[0]!];
    expect(() => buildCompareData(root, units, geo.features, mentions, source, outside)).toThrow(
      /is not inside/,
    );
  });
});

describe('small maps', () => {
  it('use one projection and one scale: a kilometre is the same length on every map', () => {
    const refLat = data.frame.refLat;
    const a = projector(refLat, town('jiading').map.centre);
    const b = projector(refLat, town('nanhui').map.centre);
    const dx = (p: ReturnType<typeof a>, q: ReturnType<typeof a>) => Math.hypot(p[0] - q[0], p[1] - q[1]);
    expect(dx(a([121.2, 31.3]), a([121.3, 31.3]))).toBeCloseTo(dx(b([121.8, 30.9]), b([121.9, 30.9])), 9);
    expect(dx(a([121.2, 31]), a([121.2, 32]))).toBeCloseTo(KM_PER_DEG, 9);
    // north up: a point further north has a smaller y
    expect(a([121.25, 31.4])[1]).toBeLessThan(a([121.25, 31.3])[1]);
  });

  it('frame the largest town (南汇, with 2 km around it) in one square for all five maps', () => {
    expect(data.frame.sizeKm).toBeGreaterThanOrEqual(24);
    expect(data.frame.sizeKm).toBeLessThanOrEqual(32);
    for (const t of data.towns) {
      expect(t.map.outline).toMatch(/^M/);
      const coords = [...t.map.outline.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      for (const [x, y] of coords) {
        expect(Math.abs(x ?? 0)).toBeLessThanOrEqual(data.frame.sizeKm / 2);
        expect(Math.abs(y ?? 0)).toBeLessThanOrEqual(data.frame.sizeKm / 2);
      }
    }
    // the lines near a town are drawn on its map
    expect(town('jiading').map.places.some((p) => p.id === 'rail-jiamin' && p.role === 'rail')).toBe(true);
    expect(data.places['rail-jiamin']?.name_zh).toBe('嘉闵线');
  });

  it('label the districts in both languages (the English from geo/basemap)', () => {
    const labels = data.towns.flatMap((t) => t.map.basemap.labels);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l.text).toMatch(/\p{Script=Han}/u);
      expect(l.text_en).toMatch(/^[A-Z][A-Za-z' ]+$/);
    }
    const jiading = town('jiading').map.basemap.labels.find((l) => l.text === '嘉定区');
    expect(jiading?.text_en).toBe('Jiading District');
    try {
      setLang('en');
      expect(districtLabel(jiading!)).toBe('Jiading District');
      setLang('zh');
      expect(districtLabel(jiading!)).toBe('嘉定区');
    } finally {
      setLang('zh');
    }
  });
});

describe('route', () => {
  it('defaults to all five towns and the default rows', () => {
    expect(parseCompareRoute(['compare'])).toEqual(DEFAULT_CHOICE);
    expect(compareRoute(DEFAULT_CHOICE)).toEqual(['compare']);
  });

  it('keeps a chosen subset in the plan’s order and the user’s row order', () => {
    const c = parseCompareRoute(['compare', 'nanhui,jiading,qingpu', 'area,positioning']);
    expect(c.towns).toEqual(['jiading', 'qingpu', 'nanhui']);
    expect(c.rows).toEqual(['area', 'positioning']);
    expect(compareRoute(c)).toEqual(['compare', 'jiading,qingpu,nanhui', 'area,positioning']);
    expect(parseCompareRoute(compareRoute(c))).toEqual(c);
  });

  it('falls back to all five towns and the default order on a malformed choice', () => {
    for (const bad of ['jiading', 'jiading,nowhere', 'jiading,jiading', '', 'a,b,c,d,e,f']) {
      expect(parseCompareRoute(['compare', bad, 'area']).towns).toEqual([...TOWN_KEYS]);
    }
    for (const bad of ['area,area', 'area,nothing', '']) {
      expect(parseCompareRoute(['compare', 'jiading,qingpu', bad]).rows).toEqual([...ROW_IDS]);
    }
  });
});

describe('table and CSV', () => {
  it('cites a clause or a source in every cell of every row', () => {
    const rows = profileRows(data, DEFAULT_CHOICE, 'zh');
    expect(rows.map((r) => r.def.id)).toEqual([...ROW_IDS]);
    for (const r of rows) {
      expect(r.cells).toHaveLength(5);
      for (const cell of r.cells) {
        expect(cell.length).toBeGreaterThan(0);
        for (const item of cell) expect(item.cites.length).toBeGreaterThan(0);
      }
    }
    const positioning = rows.find((r) => r.def.id === 'positioning');
    expect(positioning?.cells[0]?.[0]?.cites).toEqual([{ type: 'clause', id: '10.2.1' }]);
    const area = rows.find((r) => r.def.id === 'area');
    expect(area?.series?.[0]?.points.map((p) => p.value)).toEqual([159.5, 91.1, 158.4, 67.9, 343.3]);
  });

  it('gives the charts each value with whether it is computed or unverified and its caveat, in the language asked for', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rows = profileRows(data, DEFAULT_CHOICE, lang);
      const row = (id: string) => rows.find((r) => r.def.id === id);
      const [y2025] = row('population')?.series ?? [];
      const keys = data.towns.map((t) => t.key);
      const at = (key: TownKey) => keys.indexOf(key);
      const jiading = y2025?.points[at('jiading')];
      const f = town('jiading').population.y2025;
      expect(jiading).toEqual({
        value: f.value,
        derived: true,
        verified: false,
        note: lang === 'zh' ? f.note_zh : f.note_en,
      });
      expect(y2025?.points[at('qingpu')]).toMatchObject({ value: 55, derived: false, verified: true });
      // only the figures of other documents (area, population) are ever derived or unverified
      for (const r of rows)
        for (const s of r.series ?? [])
          for (const p of s.points)
            if (p.derived || !p.verified)
              expect(['area', 'population', 'delivered-population']).toContain(r.def.id);
      const railNear = row('rail-near');
      const songjiang = railNear?.series?.[0]?.points[at('songjiang')];
      expect(songjiang?.value).toBe(0);
      expect(songjiang?.note).toBe(town('songjiang').rowNotes?.['rail-near']?.[lang]);
      expect(songjiang?.note).toMatch(lang === 'zh' ? /9号线/ : /Line 9/);
      expect(railNear?.caveats[at('songjiang')]).toBe(songjiang?.note);
      expect(railNear?.caveats.filter((c) => c !== null)).toHaveLength(1);
      expect(railNear?.series?.[0]?.points[at('jiading')]?.note).toBeUndefined();
      // the CSV carries the caveat in the town's cell
      const csv = parseCsv(toCsv(data, DEFAULT_CHOICE, lang));
      const line = csv.find((l) => l[0] === railNear?.name);
      expect(line?.[1 + at('songjiang')]).toContain(songjiang?.note ?? '?');
    }
  });

  it('rejects a caveat on a row the code does not know', () => {
    const content = JSON.parse(fs.readFileSync(path.join(root, COMPARE_FACTS), 'utf8')) as CompareContent;
    const bad = structuredClone(content) as unknown as { towns: { rowNotes?: object }[] };
    if (!bad.towns[0]) throw new Error('no towns');
    bad.towns[0].rowNotes = { 'no-such-row': { zh: '注', en: 'note' } };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-facts-'));
    try {
      fs.writeFileSync(path.join(dir, 'facts.json'), JSON.stringify(bad));
      expect(() => readCompareContent(dir, 'facts.json', COMPARE)).toThrow(/rowNotes/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports UTF-8 CSV with a BOM, a header row, one row per profile row and a column per town', () => {
    const csv = toCsv(data, DEFAULT_CHOICE, 'zh');
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv);
    const [header, ...body] = rows;
    expect(header).toHaveLength(7);
    expect(header?.slice(1, 6).map((h) => h.split(' ')[0])).toEqual([
      '嘉定新城',
      '青浦新城',
      '松江新城',
      '奉贤新城',
      '南汇新城',
    ]);
    expect(header?.[0]).toBe('项目');
    expect(header?.[6]).toBe('来源');
    expect(body).toHaveLength(ROW_IDS.length);
    for (const r of body) expect(r).toHaveLength(7);
    const positioning = body.find((r) => r[0]?.startsWith('定位'));
    expect(positioning?.[1]).toContain(`「${town('jiading').positioning.text}」`);
    expect(positioning?.[1]).toContain('10.2.1');
  });

  it('writes the CSV’s headers in the language asked for, with each town’s Chinese name', () => {
    const [header, ...body] = parseCsv(toCsv(data, DEFAULT_CHOICE, 'en'));
    expect(header?.[0]).toBe('Row');
    expect(header?.[1]).toBe('Jiading New Town 嘉定新城');
    expect(header?.[6]).toBe('Source');
    const positioning = body.find((r) => r[0] === 'Positioning');
    // the plan's words stay Chinese
    expect(positioning?.[1]).toContain(`「${town('jiading').positioning.text}」`);
    expect(body.find((r) => r[0] === 'Area')?.[1]).toMatch(/^official: /);
  });

  it('exports only the chosen towns and rows, in the chosen order', () => {
    const choice = parseCompareRoute(['compare', 'qingpu,fengxian', 'clauses,area']);
    const [header, ...body] = parseCsv(toCsv(data, choice, 'zh'));
    expect(header).toHaveLength(4);
    expect(body.map((r) => r[0]?.split(' ')[0])).toEqual(['提及该新城的条文', '面积']);
  });

  it('quotes CSV fields with commas, quotes and line breaks, and reads them back', () => {
    const csv = toCsv(data, DEFAULT_CHOICE, 'zh');
    // 10.2.1 uses “,” inside quotes: the field holding it must survive the round trip
    const body = parseCsv(csv).slice(1);
    const qingpu = body.find((r) => r[0]?.startsWith('定位'))?.[2];
    expect(qingpu).toContain(town('qingpu').positioning.text);
    expect(parseCsv('a,"b,""c""\nd"\r\ne,f\r\n')).toEqual([
      ['a', 'b,"c"\nd'],
      ['e', 'f'],
    ]);
  });
});

describe('config', () => {
  it('goes into data/compare.json, so that the view reads the towns, rows and words from the data', () => {
    expect(data.config).toEqual(COMPARE);
    expect(data.towns.map((t) => t.key)).toEqual(TOWN_KEYS);
    expect(data.towns.map((t) => t.id)).toEqual(COMPARE.towns.map((t) => t.id));
  });

  it('has every text in Chinese and English with the same placeholders', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const texts = [
      ...COMPARE.towns.map((t) => t.name),
      ...COMPARE.rows.flatMap((r) => [r.label, r.how]),
      ...Object.values(COMPARE.text),
    ];
    for (const m of texts) {
      expect(m.zh).toMatch(/\p{Script=Han}/u);
      expect(m.en).toMatch(/[A-Za-z]/);
      expect(vars(m.en), m.en).toEqual(vars(m.zh));
    }
  });

  it('keeps the model free of the store: no module of src/data/compare/ imports i18n.ts or the state', () => {
    const dir = fileURLToPath(new URL('../../src/data/compare/', import.meta.url));
    for (const f of fs.readdirSync(dir)) {
      const code = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(code, f).not.toMatch(/from '[./]*(i18n\/i18n|state\/|ui\/|map\/)/);
    }
  });
});
