import { describe, expect, it } from 'vitest';
import {
  breadcrumb,
  breadcrumbText,
  citation,
  makePlan,
  neighbours,
  tableOfContents,
} from '../../src/data/plan';
import { shanghaiUnits } from '../shanghai';

const plan = makePlan(shanghaiUnits());

describe('the plan as the reader uses it', () => {
  it('gives a clause its breadcrumb: chapter, section, clause', () => {
    const unit = plan.byId.get('10.2.1');
    expect(unit).toBeDefined();
    const crumbs = breadcrumb(unit!);
    expect(crumbs.map((c) => c.id)).toEqual(['10', '10.2', '10.2.1']);
    expect(crumbs[0]).toMatchObject({ label: '十、优化功能布局,塑造市域空间新格局', official: true });
    expect(crumbs[1]?.official).toBe(false);
    expect(breadcrumbText(unit!)).toMatch(
      /^十、优化功能布局,塑造市域空间新格局 › 10\.2 .+〔工作标签〕 › 10\.2\.1$/,
    );
  });

  it('marks verified headings official and working labels not', () => {
    expect(breadcrumb(plan.byId.get('10.1.1')!)[1]).toMatchObject({
      label: '10.1 推动主城区综合功能升级',
      official: true,
    });
    expect(breadcrumb(plan.byId.get('11')!)[0]?.official).toBe(false);
  });

  it('cites a clause by the plan’s short name and id', () => {
    expect(citation(plan.byId.get('10.2.1')!)).toBe('上海市“十四五”规划纲要 10.2.1');
  });

  it('walks the units in order', () => {
    expect(neighbours(plan, '10').prev).toBeUndefined();
    expect(neighbours(plan, '10')?.next?.id).toBe('10.1');
    expect(neighbours(plan, '10.1.4')?.next?.id).toBe('10.2');
    expect(neighbours(plan, '15.3.2').next).toBeUndefined();
    expect(neighbours(plan, 'nope')).toEqual({});
  });

  it('builds the table of contents: six chapters, their sections and every unit once', () => {
    const toc = tableOfContents(plan);
    expect(toc.map((c) => c.numeral)).toEqual(['十', '十一', '十二', '十三', '十四', '十五']);
    expect(toc[0]?.sections.map((s) => s.id)).toEqual(['10.1', '10.2', '10.3', '10.4', '10.5', '10.6']);
    const listed = toc.flatMap((c) => [c.intro?.id, ...c.sections.flatMap((s) => s.units.map((u) => u.id))]);
    expect(listed.filter(Boolean)).toEqual(plan.units.map((u) => u.id));
  });
});
