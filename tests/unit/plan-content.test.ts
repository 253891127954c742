// The real plan text (content/plan/) is complete, clean, corrected where verified, and marks what is not verified.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClauseUnit } from '../../src/data/types';
import { SHANGHAI, shanghaiUnits } from '../shanghai';

const root = fileURLToPath(new URL('../..', import.meta.url));
const units = shanghaiUnits();
const raw = SHANGHAI.files.text.map((f) => readFileSync(`${root}/${f}`, 'utf8')).join('\n');
const byId = new Map(units.map((u) => [u.id, u]));
const unit = (id: string): ClauseUnit => {
  const u = byId.get(id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};

// prettier-ignore
const IDS = [
  '10', '10.1', '10.1.1', '10.1.2', '10.1.3', '10.1.4', '10.2', '10.2.1', '10.2.2', '10.3', '10.3.1', '10.3.2',
  '10.4', '10.4.1', '10.4.2', '10.5', '10.6', '10.6.1', '10.6.2', '10.6.3', '10.6.4',
  '11', '11.1', '11.1.1', '11.1.2', '11.1.3', '11.2', '11.2.1', '11.2.2', '11.2.3', '11.3', '11.4',
  '12', '12.1', '12.1.1', '12.1.2', '12.1.3', '12.1.4', '12.2', '12.2.1', '12.2.2', '12.2.3', '12.3', '12.3.1',
  '12.3.2',
  '13', '13.1', '13.1.1', '13.1.2', '13.1.3', '13.2', '13.2.1', '13.2.2', '13.2.3', '13.2.4', '13.3', '13.3.1',
  '13.3.2', '13.4', '13.4.1', '13.4.2', '13.4.3',
  '14', '14.1', '14.1.1', '14.1.2', '14.1.3', '14.1.4', '14.1.5', '14.1.6', '14.2', '14.2.1', '14.2.2', '14.2.3',
  '14.2.4', '14.2.5', '14.3', '14.3.1', '14.3.2', '14.3.3', '14.3.4', '14.3.5', '14.4', '14.4.1', '14.4.2', '14.5',
  '14.5.1', '14.5.2', '14.6', '14.6.1', '14.6.2', '14.6.3', '14.7', '14.7.1', '14.7.2', '14.8', '14.8.1', '14.8.2',
  '14.8.3',
  '15', '15.1', '15.1.1', '15.1.2', '15.1.3', '15.1.4', '15.2', '15.2.1', '15.2.2', '15.2.3', '15.2.4', '15.3',
  '15.3.1', '15.3.2',
];

describe('plan content: structure', () => {
  it('has exactly the 113 units 10 … 15.3.2 in document order', () => {
    expect(IDS).toHaveLength(113);
    expect(units.map((u) => u.id)).toEqual(IDS);
  });

  it('gives each unit its kind, chapter numeral and section', () => {
    const numerals: Record<string, string> = {
      10: '十',
      11: '十一',
      12: '十二',
      13: '十三',
      14: '十四',
      15: '十五',
    };
    for (const u of units) {
      const depth = u.id.split('.').length;
      expect(u.kind).toBe(['chapter', 'section', 'clause'][depth - 1]);
      expect(u.chapter.id).toBe(u.id.split('.')[0]);
      expect(u.chapter.numeral).toBe(numerals[u.chapter.id]);
      expect(u.section?.id).toBe(depth > 1 ? u.id.split('.').slice(0, 2).join('.') : undefined);
    }
    for (const id of ['10.5', '11.3', '11.4']) expect(unit(id).kind).toBe('section');
  });

  it('flags official headings and working labels', () => {
    const titles = new Map<string, { text: string; official: boolean }>();
    for (const u of units) {
      titles.set(u.chapter.numeral, u.chapter.title);
      if (u.section) titles.set(u.section.id, u.section.title);
    }
    const official = [...titles].filter(([, t]) => t.official).map(([k]) => k);
    expect(official).toEqual(['十', '10.1', '十二', '12.1', '十四', '14.1', '十五', '15.1']);
    expect(titles.size).toBe(6 + 28);
    expect(titles.get('十')).toEqual({ text: '优化功能布局,塑造市域空间新格局', official: true });
    expect(titles.get('十二')?.text).toBe('加强面向未来的现代化基础设施建设,提高超大城市服务水平');
    expect(titles.get('十四')?.text).toBe('努力创造高品质生活,更好满足人民对美好生活的向往');
    expect(titles.get('十五')?.text).toBe('提高城市治理现代化水平,共建安全韧性城市');
    expect(titles.get('10.1')?.text).toBe('推动主城区综合功能升级');
    expect(titles.get('12.1')?.text).toBe('持续提升一体化交通网络体系');
    expect(titles.get('14.1')?.text).toBe('切实办好人民满意的一流教育');
    expect(titles.get('15.1')?.text).toBe('以绣花般功夫推进城市管理精细化');
    expect(titles.get('十一')).toEqual({ text: '乡村振兴与城乡融合', official: false });
    expect(titles.get('十三')).toEqual({ text: '生态环境 / 绿色低碳', official: false });
    expect(titles.get('10.2')).toEqual({ text: '五个新城 / 新城发力', official: false });
  });

  it('gives every clause its lead title, and only clauses', () => {
    expect(unit('10.1.1').lead).toBe('加强中央活动区功能复合');
    expect(unit('12.1.1').lead).toBe('以城际、市域(郊)铁路为重点完善轨道网络');
    expect(unit('15.3.2').lead).toBe('完善社会多元参与机制');
    for (const u of units) {
      if (u.kind === 'clause') expect(u.text.startsWith(`${u.lead ?? '-'}。`)).toBe(true);
      else expect(u.lead).toBeUndefined();
    }
  });

  it('has plain, non-empty text in every unit: no markup, no indentation, no clause number', () => {
    for (const u of units) {
      expect(u.text.length).toBeGreaterThan(20);
      expect(u.text).not.toMatch(/[⟦⟧{}|#@]/);
      expect(u.text).toBe(u.text.trim());
      expect(u.text).not.toMatch(/^\d+\.\d+/);
      expect(u.text).toMatch(/。$/);
    }
  });
});

describe('plan content: cleaning and corrections', () => {
  it('contains none of the scraped page spam', () => {
    const spam = [
      '天富',
      '注册',
      '优信',
      '相关推荐',
      'www.',
      '电 话',
      '邮 箱',
      '联系人',
      '发布于',
      '网娱乐',
      '4574',
    ];
    for (const s of spam) {
      expect(raw).not.toContain(s);
      for (const u of units) expect(u.text).not.toContain(s);
    }
  });

  it('keeps the scraped punctuation', () => {
    expect(unit('10').text).toContain('加快形成“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局,促进');
    expect(unit('10.1.2').text).toContain('提升“一江一河”沿岸地区功能。黄浦江');
  });

  it('restores the passage of 10.1.1 lost at a line break (one paragraph)', () => {
    expect(unit('10.1.1').text).toContain(
      '扩大城市的影响力、吸引力和人文魅力,提升区域经济密度和辐射能级。建设世界级地标性商圈,以文化内涵',
    );
  });

  it('applies the verified corrections of 12.1.1', () => {
    const t = unit('12.1.1').text;
    expect(t).toContain('推进崇明线、17号线西延伸建设。');
    expect(t).toContain('建成轨道14号线、18号线一期,加快建设13号线西延伸');
    expect(t).not.toContain('崇明线号线');
    expect(t).not.toContain('14号线号线');
  });
});

describe('plan content: damaged passages', () => {
  const spans = units.flatMap((u) =>
    u.damaged.map((d) => ({ id: u.id, ...d, text: u.text.slice(d.start, d.end) })),
  );

  it('marks exactly the three unverified passages, each with a note', () => {
    expect(spans.map((s) => [s.id, s.text])).toEqual([
      ['10.1.4', '13号线号线等'],
      ['12.1.1', '等线号线号线南延伸等'],
      ['15.3.2', '畅通志愿服务渠道,培育一批有影响力的公益志愿服务品牌项。'],
    ]);
    for (const s of spans) expect(s.note.length).toBeGreaterThan(40);
    expect(spans[0]?.note).toContain('13号线');
    expect(spans[1]?.note).toContain('13号线西延伸');
  });

  it('places the spans where the damage is', () => {
    const metro = unit('12.1.1');
    const [m] = metro.damaged;
    expect(metro.text.slice(0, m?.start)).toMatch(/加快建设13号线西延伸$/);
    expect(metro.text.slice(m?.end)).toMatch(/^,进一步提升中心城轨道网络覆盖密度/);
    const last = unit('15.3.2');
    expect(last.damaged[0]?.end).toBe(last.text.length);
    expect(unit('10.1.4').text).toContain('发挥13号线号线等对虹桥、川沙主城片区的支撑作用');
  });

  it('keeps the marks visible in the content file', () => {
    expect(raw).toContain('⟦13号线号线等⟧{');
    expect(raw).toContain('加快建设13号线西延伸⟦等线号线号线南延伸等⟧{');
    expect(raw).toMatch(/⟦畅通志愿服务渠道,培育一批有影响力的公益志愿服务品牌项。⟧\{[a-z0-9.-]+\}\n/);
  });
});
