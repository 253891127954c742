// The search index finds clauses of the real plan text and places by full or partial names, ranked and highlighted.
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  placeSearchDoc,
  search,
  unitSearchDoc,
  type SearchDoc,
  type SearchHit,
} from '../../src/data/search';
import { computeMentions } from '../../scripts/lib/mentions/engine';
import { SHANGHAI, shanghaiGeo, shanghaiUnits } from '../shanghai';

const units = shanghaiUnits();
const JIADING: SearchDoc = {
  id: 'jiading-new-town',
  type: 'place',
  title: '嘉定新城',
  text: '五个新城之一。',
  extra: ['Jiading New Town'],
};
const clauses = buildIndex(units.map(unitSearchDoc));
const withPlace = buildIndex([...units.map(unitSearchDoc), JIADING]);

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id);
const top = (query: string, n: number, index = clauses): string[] => ids(search(index, query, n));

describe('search over the plan text', () => {
  it('ranks the two clauses naming 嘉闵线 first', () => {
    expect(top('嘉闵线', 2).sort()).toEqual(['10.2.1', '12.1.1']);
  });

  it('finds 13.3.1 for 公园 and 10.3.2 for 虹桥 in the top 3', () => {
    expect(top('公园', 3)).toContain('13.3.1');
    expect(top('虹桥', 3)).toContain('10.3.2');
  });

  it('matches partial names', () => {
    expect(top('嘉闵', 2)).toContain('12.1.1');
    expect(top('闵线', 2)).toContain('12.1.1');
    expect(top('世纪大道', 1)).toEqual(['10.3']);
  });

  it('matches Latin words case-insensitively, and full-width forms', () => {
    expect(top('lng', 2).sort()).toEqual(['12.2.1', '12.2.2']);
    expect(top('ＬＮＧ', 2).sort()).toEqual(['12.2.1', '12.2.2']);
    expect(top('TOD', 1)).toEqual(['10.6.2']);
  });

  it('returns nothing for an empty, blank or symbols-only query', () => {
    for (const q of ['', '   ', '\t\n', '\u3000', '!!!', '、,。“”', '——', '…'])
      expect(search(clauses, q)).toEqual([]);
  });

  it('respects the limit and returns positive, non-increasing scores', () => {
    const hits = search(clauses, '新城', 5);
    expect(hits).toHaveLength(5);
    for (const [i, h] of hits.entries()) {
      expect(h.score).toBeGreaterThan(0);
      if (i) expect(h.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 0);
    }
  });
});

describe('snippets', () => {
  it('cut about 60 characters around the match and highlight the query', () => {
    const textOf = new Map(units.map((u) => [u.id, u.text]));
    for (const q of ['嘉闵线', '虹桥', '13号线', '嘉闵']) {
      const hits = search(clauses, q, 5).filter((h) => textOf.get(h.id)?.includes(q));
      expect(hits.length).toBeGreaterThan(1);
      for (const h of hits) {
        const { text, highlights } = h.snippet;
        expect(text.length).toBeLessThanOrEqual(62);
        expect(highlights.length).toBeGreaterThan(0);
        for (const [a, b] of highlights) expect(text.slice(a, b)).toBe(q);
      }
    }
  });

  it('keep the original text and highlight Latin matches whatever their case', () => {
    const [hit] = search(clauses, 'lng', 1);
    const [range] = hit?.snippet.highlights ?? [];
    expect(hit?.snippet.text.slice(...(range ?? [0, 0]))).toBe('LNG');
  });

  it('highlight the parts of a query that does not occur as a whole', () => {
    const [hit] = search(clauses, '嘉闵线路', 1);
    const marked = hit?.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b));
    expect(marked).toContain('嘉闵线');
  });
});

describe('search over places and clauses together', () => {
  it('finds a place by its English name, a prefix of it, and a partial Chinese name', () => {
    expect(top('Jiading', 1, withPlace)).toEqual(['jiading-new-town']);
    expect(top('jiading new', 1, withPlace)).toEqual(['jiading-new-town']);
    expect(top('嘉定新', 3, withPlace)).toContain('jiading-new-town');
  });

  it('ranks a place whose name equals or starts with the query first', () => {
    expect(top('嘉定新城', 1, withPlace)).toEqual(['jiading-new-town']);
    expect(top('嘉定新', 1, withPlace)).toEqual(['jiading-new-town']);
    expect(search(withPlace, '嘉定新城', 3)[1]?.id).toBe('10.2.1');
  });

  it('ranks places by how their names match: exact name, name prefix, alias, then the rest', () => {
    const place = (id: string, zh: string, en: string, aliases: string[] = []) =>
      placeSearchDoc({ id, name_zh: zh, name_en: en, aliases });
    const index = buildIndex([
      ...units.map(unitSearchDoc),
      place('alias-exact', '上海国际航运中心核心区', 'Core area', ['临港']),
      place('in-name', '南汇临港片区', 'Nanhui Lingang area'),
      place('prefix', '临港新片区', 'Lingang Special Area'),
      place('exact', '临港', 'Lingang'),
      place('alias-prefix', '滴水湖片区', 'Dishui Lake', ['临港主城区']),
    ]);
    const places = (q: string) => search(index, q, 40).flatMap((h) => (h.type === 'place' ? [h.id] : []));
    expect(places('临港')).toEqual(['exact', 'prefix', 'alias-exact', 'alias-prefix', 'in-name']);
    expect(places('lingang')).toEqual(['exact', 'prefix', 'in-name']);
    expect(top('临港', 1, index)).toEqual(['exact']);
  });

  it('of places whose names match alike, ranks first the one more clauses name', () => {
    const geo = shanghaiGeo(units);
    const mentions = computeMentions(units, geo.features, SHANGHAI.mentions);
    const index = buildIndex([
      ...units.map(unitSearchDoc),
      ...geo.features.map((f) => placeSearchDoc(f.properties, mentions[f.properties.id])),
    ]);
    // 临港新片区 and 临港水厂 both start with 临港: the special area, which nine clauses name, before the water works.
    expect(top('临港', 1, index)).toEqual(['lingang-special-area']);
    const hongqiao = top('Hongqiao', 3, index);
    expect(hongqiao).not.toContain('water-plant-hongqiao');
    expect(hongqiao).toEqual(expect.arrayContaining(['hongqiao-cbd']));
  });

  it('answers a query over the 113 units well under 10 ms', () => {
    const queries = [
      '嘉闵线',
      '公园',
      '虹桥',
      '新城',
      '崇明线',
      '临港新片区',
      '轨道交通',
      'LNG',
      '嘉定 公园',
      '养老',
    ];
    for (const q of queries) search(withPlace, q);
    const times = queries.map((q) => {
      const t0 = performance.now();
      search(withPlace, q);
      return performance.now() - t0;
    });
    expect(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]).toBeLessThan(10);
  });
});
