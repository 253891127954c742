// The plan's targets: the rule that finds them (scripts/lib/targets/extract.ts) on real sentences of the plan, the
// comparison of the curated list with the text both ways (compare.ts) on a tiny fixture, and the real curated list
// (content/shanghai-14fyp/targets.json) as the build checks it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTargets } from '../../scripts/lib/targets';
import { compareTargets } from '../../scripts/lib/targets/compare';
import {
  exclusionOf,
  extractTargets,
  phraseAround,
  qualifierOf,
  yearBefore,
} from '../../scripts/lib/targets/extract';
import { amountOf } from '../../src/data/targets/model';
import { valueText, yearText } from '../../src/data/targets/view';
import { REFS, ROOT, SHANGHAI, shanghaiGeo, shanghaiUnits } from '../shanghai';

const unit = (id: string, text: string) => ({ id, text });
const numberAt = (text: string, n: string) => {
  const start = text.indexOf(n);
  return [start, start + n.length] as const;
};

describe('the target rule', () => {
  it('finds a number with its unit, its phrase and the year its sentence sets', () => {
    const text = '全力打造轨道上的都市,到2025年市区线和市域(郊)铁路运营总里程达960公里。全力打造公交都市。';
    const { candidates, unknown } = extractTargets([unit('12.1.1', text)]);
    expect(unknown).toEqual([]);
    expect(candidates).toHaveLength(1);
    const c = candidates[0]!;
    expect(c.value.text).toBe('960公里');
    expect(text.slice(c.value.start, c.value.end)).toBe('960公里');
    expect([c.number, c.unit, c.year]).toEqual(['960', '公里', 2025]);
    expect(c.quote.text).toBe('到2025年市区线和市域(郊)铁路运营总里程达960公里');
  });

  it('reads 万 and 亿 units, decimals, ranges and fractions', () => {
    const text =
      '到2025年累计净增森林面积24万亩,全市养老床位总数达到17.8万张,基本实现步行5-10分钟有绿,污染物减少1/3以上,天然气年供应能力超过137亿方。';
    const found = extractTargets([unit('x', text)]).candidates.map((c) => [c.number, c.unit]);
    expect(found).toEqual([
      ['24', '万亩'],
      ['17.8', '万张'],
      ['5-10', '分钟'],
      ['1/3', ''],
      ['137', '亿方'],
    ]);
  });

  it('says why a number is not a quantity: a name, a line, an ordinal, a formula, a year', () => {
    const cases: [string, string, string][] = [
      ['依托长三角G60科创走廊建设', '60', 'name'],
      ['推进S3、S4等高速公路建设', '3', 'name'],
      ['深入推进PM2.5和臭氧协同控制', '2.5', 'name'],
      ['依托轨交17号线等', '17', 'line'],
      ['以举办第46届世界技能大赛为契机', '46', 'ordinal'],
      ['完善“5+X”市内电网', '5', 'formula'],
      ['深化7×24小时全天候综合响应机制', '24', 'formula'],
      ['到2025年实现', '2025', 'year'],
    ];
    for (const [text, n, rule] of cases) {
      const [a, b] = numberAt(text, n);
      expect(exclusionOf(text, a, b), text).toBe(rule);
    }
    const x = extractTargets(cases.map(([text], i) => unit(String(i), text)));
    expect(x.candidates).toEqual([]);
    expect(x.excluded.map((e) => e.rule)).toContain('formula');
  });

  it('counts a number with no unit it knows as unknown, so the build can stop on it', () => {
    const x = extractTargets([unit('1.1.1', '新建3条过江通道。')]);
    expect(x.candidates).toEqual([]);
    expect(x.unknown).toEqual([{ clause: '1.1.1', value: { start: 2, end: 3, text: '3' } }]);
  });

  it('reads the qualifier: 以上 and 左右 after, 约, 超过 and 不低于 before (past a parenthesis)', () => {
    const at = (text: string, v: string) => qualifierOf(text, ...numberAt(text, v));
    expect(at('形成租赁住房供应40万套(包括间、宿舍床位)以上', '40万套')).toBe('at-least');
    expect(at('公交出行比重达45%以上', '45%')).toBe('at-least');
    expect(at('新增公园600座左右', '600座')).toBe('about');
    expect(at('以及约2000公里老旧供水管网', '2000公里')).toBe('about');
    expect(at('年供应能力超过137亿方', '137亿方')).toBe('over');
    expect(at('每年新增就业岗位不低于50万个', '50万个')).toBe('at-least');
    expect(at('人均公园绿地面积增加1平方米', '1平方米')).toBeNull();
  });

  it('keeps the phrase within its punctuation and the year within its sentence', () => {
    const text = '到2025年公园增至1000座以上,基本实现步行5-10分钟有绿。建成10座以上特色公园。';
    const [a, b] = numberAt(text, '5-10分钟');
    expect(phraseAround(text, a, b).text).toBe('基本实现步行5-10分钟有绿');
    expect(yearBefore(text, a)).toBe(2025);
    expect(yearBefore(text, text.indexOf('10座'))).toBeNull();
  });

  it('reads the number as a number where it is one', () => {
    expect([amountOf('960'), amountOf('17.8'), amountOf('5-10')]).toEqual([960, 17.8, null]);
    expect(amountOf('1/3')).toBeCloseTo(1 / 3);
  });
});

describe('the curated list against the text', () => {
  const text = '到2025年新增公园600座左右,人均公园绿地面积增加1平方米。';
  const { candidates } = extractTargets([unit('13.3.1', text)]);
  const entry = (n: string, path: string) => {
    const [start, end] = numberAt(text, n);
    return { path, clause: '13.3.1', value: { start, end, text: n } };
  };

  it('agrees when every number is listed once', () => {
    expect(
      compareTargets('t.json', candidates, [
        entry('600座', 'targets[0]'),
        entry('1平方米', 'not_targets[0]'),
      ]),
    ).toEqual([]);
  });

  it('names the clause and the span of a target the list lacks', () => {
    const problems = compareTargets('t.json', candidates, [entry('600座', 'targets[0]')]);
    expect(problems).toHaveLength(1);
    const [a, b] = numberAt(text, '1平方米');
    expect(problems[0]).toContain(`clause 13.3.1 ${a}–${b}`);
    expect(problems[0]).toContain('「1平方米」');
    expect(problems[0]).toContain('which the list lacks');
  });

  it('names an entry the text does not have, or whose words differ', () => {
    const stale = { path: 'targets[1]', clause: '13.3.1', value: { start: 0, end: 4, text: '800座' } };
    const wrong = { ...entry('600座', 'targets[0]'), value: { ...entry('600座', '').value, text: '500座' } };
    const problems = compareTargets('t.json', candidates, [wrong, entry('1平方米', 'targets[2]'), stale]);
    expect(problems).toContain('t.json: targets[0].value.text: 「500座」, but the text reads 「600座」');
    expect(
      problems.some((p) => p.startsWith('t.json: targets[1]: the text of clause 13.3.1 has no number')),
    ).toBe(true);
  });
});

describe("the plan's curated targets", () => {
  const units = shanghaiUnits();
  const places = new Set(shanghaiGeo(units).features.map((f) => f.properties.id));
  const refs = { units, places, sources: REFS.sources };
  const file = SHANGHAI.files.targets!;

  it('agree with the text: every number with a unit is a target or a number that is not one', () => {
    const loaded = loadTargets(ROOT, file, refs);
    expect(loaded.errors).toEqual([]);
    const { candidates, unknown } = extractTargets(units);
    expect(unknown).toEqual([]);
    const { targets, not_targets } = loaded.data;
    expect(targets.length + not_targets.length).toBe(candidates.length);
    expect(targets.length).toBeGreaterThanOrEqual(50);
    const rail = targets.find((t) => t.value.text === '960公里')!;
    expect([rail.clause, rail.year, rail.amount, rail.unit_en]).toEqual(['12.1.1', 2025, 960, 'km']);
    for (const t of targets) {
      const u = units.find((x) => x.id === t.clause)!;
      expect(u.text.slice(t.quote.start, t.quote.end)).toBe(t.quote.text);
      expect(t.chapter).toBe(u.chapter.id);
    }
    for (const t of targets.filter((x) => x.outcome))
      expect(t.outcome!.sources.every((s) => s.url !== undefined)).toBe(true);
  });

  it('say their values in both languages, the English counting out 万 and 亿', () => {
    const { targets } = loadTargets(ROOT, file, refs).data;
    const say = (v: string) => {
      const x = targets.find((t) => t.value.text === v)!;
      return [valueText(x, 'zh'), valueText(x, 'en'), yearText(x, 'en')];
    };
    expect(say('4300万吨')).toEqual(['4300万吨左右', 'about 43 million t', 'by 2025']);
    expect(say('24万亩')).toEqual(['24万亩', '240,000 mu', 'by 2025']);
    expect(say('137亿方')).toEqual(['超过137亿方', 'over 13.7 billion m³', 'not stated']);
    expect(say('1000座')).toEqual(['1000座以上', 'at least 1,000', 'by 2025']);
    expect(say('45%')).toEqual(['45%以上', 'at least 45%', 'by 2025']);
  });

  it('fail, naming the clause and span, when a target is dropped from the list or the text changes', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'targets-'));
    try {
      const curated = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as {
        targets: { value: { text: string }; clause: string }[];
      };
      const dropped = curated.targets.findIndex((t) => t.value.text === '1000公里');
      const [gone] = curated.targets.splice(dropped, 1);
      fs.writeFileSync(path.join(tmp, 'targets.json'), JSON.stringify(curated));
      const errors = loadTargets(tmp, 'targets.json', refs).errors;
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(`clause ${gone!.clause.replace(/\./g, '\\.')} \\d+–\\d+: the text states 「1000公里」`),
      );

      const edited = units.map((u) =>
        u.id === '12.1.1' ? { ...u, text: u.text.replace('960公里', '990公里') } : u,
      );
      const changed = loadTargets(ROOT, file, { ...refs, units: edited }).errors;
      expect(changed.some((e) => e.includes('targets[') && e.includes('960公里'))).toBe(true);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
