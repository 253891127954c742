// The plan parser accepts well-formed content and rejects every class of bad input with its line and problem.
// Bad inputs live in tests/fixtures/plan-bad/*.txt, each stating the problems it must raise in `// expect:` lines.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanParseError, parsePlan } from '../../scripts/lib/parse-plan';

const BAD_DIR = 'tests/fixtures/plan-bad';
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = readdirSync(`${root}/${BAD_DIR}`)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function parseError(source: string, file: string): PlanParseError {
  try {
    parsePlan(source, file);
  } catch (err) {
    if (err instanceof PlanParseError) return err;
    throw err;
  }
  throw new Error(`${file} was accepted`);
}

const GOOD = `// a comment
# 十 | 优化功能布局,塑造市域空间新格局 | official

围绕增强城市核心功能,强化空间载体保障。
## 10.1 | 推动主城区综合功能升级 | official
聚焦提升城市活力和品质。
10.1.1加强中央活动区功能复合。进一步提升。
10.1.2对标世界级滨水区。发挥⟦13号线号线等⟧{n-1}对虹桥的支撑作用。
## 10.2 | 五个新城 / 新城发力 | working-label
10.2.1分类指导推进新城建设。嘉定新城。
# 十一 | 乡村振兴与城乡融合 | working-label
## 11.1 | 乡村产业 / 都市现代农业 | working-label
准确把握超大城市乡村发展功能定位。
@note n-1 | A line number is missing.
`;

describe('parsePlan on good input', () => {
  const units = parsePlan(GOOD, 'good.txt');

  it('yields the units in document order with their kinds', () => {
    expect(units.map((u) => [u.id, u.kind])).toEqual([
      ['10', 'chapter'],
      ['10.1', 'section'],
      ['10.1.1', 'clause'],
      ['10.1.2', 'clause'],
      ['10.2.1', 'clause'],
      ['11.1', 'section'],
    ]);
  });

  it('strips the clause number, keeps the lead, and carries chapter and section titles', () => {
    const [, , c] = units;
    expect(c).toEqual({
      id: '10.1.1',
      kind: 'clause',
      chapter: {
        id: '10',
        numeral: '十',
        title: { text: '优化功能布局,塑造市域空间新格局', official: true },
      },
      section: { id: '10.1', title: { text: '推动主城区综合功能升级', official: true } },
      lead: '加强中央活动区功能复合',
      text: '加强中央活动区功能复合。进一步提升。',
      damaged: [],
    });
    expect(units[0]).not.toHaveProperty('section');
    expect(units[0]).not.toHaveProperty('lead');
    expect(units[4]?.section?.title).toEqual({ text: '五个新城 / 新城发力', official: false });
    expect(units[5]?.chapter).toEqual({
      id: '11',
      numeral: '十一',
      title: { text: '乡村振兴与城乡融合', official: false },
    });
  });

  it('turns damaged markup into spans of the text with their notes', () => {
    const u = units[3];
    expect(u?.text).toBe('对标世界级滨水区。发挥13号线号线等对虹桥的支撑作用。');
    expect(u?.damaged).toEqual([{ start: 11, end: 18, note: 'A line number is missing.' }]);
    expect(u?.text.slice(11, 18)).toBe('13号线号线等');
  });
});

describe('parsePlan on bad input (tests/fixtures/plan-bad)', () => {
  it('has a fixture for every class of bad input', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        'duplicate-id.txt',
        'duplicate-intro.txt',
        'clause-out-of-sequence.txt',
        'clause-wrong-section.txt',
        'section-out-of-sequence.txt',
        'section-wrong-chapter.txt',
        'chapter-out-of-sequence.txt',
        'unknown-heading.txt',
        'malformed-heading.txt',
        'paragraph-before-chapter.txt',
        'unclosed-damaged.txt',
        'damaged-without-note.txt',
        'unknown-note.txt',
        'clause-without-lead.txt',
        'multiple-problems.txt',
      ]),
    );
  });

  it.each(fixtures)('%s is rejected with exactly its expected problems', (name) => {
    const file = `${BAD_DIR}/${name}`;
    const source = readFileSync(`${root}/${file}`, 'utf8');
    const expected = [...source.matchAll(/^\/\/ expect: (.+)$/gm)].map((m) => `${file}:${m[1] ?? ''}`);
    expect(expected.length).toBeGreaterThan(0);
    const err = parseError(source, file);
    expect(err.problems).toHaveLength(expected.length);
    for (const fragment of expected) expect(err.message).toContain(fragment);
  });

  it('reports all problems of a file at once, in line order, the first one on the error itself', () => {
    const file = `${BAD_DIR}/multiple-problems.txt`;
    const err = parseError(readFileSync(`${root}/${file}`, 'utf8'), file);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('PlanParseError');
    expect(err.problems.map((p) => p.line)).toEqual([7, 10, 12, 13, 14]);
    expect([err.file, err.line, err.problem]).toEqual([file, 7, 'paragraph before any chapter heading']);
    expect(err.message.split('\n')).toHaveLength(6);
  });

  it('rejects an empty file', () => {
    expect(parseError('// nothing here\n', 'empty.txt').message).toContain(
      'empty.txt:1: no plan units found',
    );
  });
});
