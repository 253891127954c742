// The places' status histories: statusAt (what a timeline will draw of a place at a date), the dates at their own
// precision in both languages, the build's checks of geo/<plan>/history.json (each bad input named by file, place
// and path), and the curated file itself: every rail line and hub the app draws has a history whose latest event
// is dated and cites a record read on a trustworthy page.

import { describe, expect, it } from 'vitest';
import { checkHistory, loadHistory } from '../../scripts/lib/history';
import { historyStats } from '../../scripts/lib/build-plan';
import { dateEnd, datePrecision, historyDate, statusAt } from '../../src/data/history';
import type { HistoryEvent, Status } from '../../src/data/types';
import { REFS, ROOT, SHANGHAI, shanghaiGeo } from '../shanghai';

const ev = (date: string, status: HistoryEvent['status'], more: Partial<HistoryEvent> = {}) => ({
  date,
  status,
  ...more,
});

describe('statusAt', () => {
  const line = [
    ev('2021-01', 'planned'),
    ev('2021-06-28', 'under-construction'),
    ev('2023-06', 'opened', { partial: true }),
    ev('2024-12-27', 'opened'),
    ev('2025', 'renamed'),
  ];

  it('draws the status of the last event in effect, the plan’s own from its adoption', () => {
    expect(statusAt(line, '2020-12')).toBeNull();
    expect(statusAt(line, '2021-01')).toBe('planned');
    expect(statusAt(line, '2021-06-27')).toBe('planned');
    expect(statusAt(line, '2021-06-28')).toBe('under-construction');
    expect(statusAt(line, '2021-06')).toBe('under-construction');
    expect(statusAt(line, '2024-12-26')).toBe('under-construction');
    expect(statusAt(line, '2024-12')).toBe('existing');
    expect(statusAt(line, '2026-12')).toBe('existing');
  });

  it('keeps the status through a partial event and a renaming', () => {
    expect(statusAt(line, '2023-07')).toBe('under-construction');
    expect(statusAt(line, '2025-12-31')).toBe('existing');
  });

  it('counts an event once it has surely happened: a year’s event at the end of that year', () => {
    const h = [ev('2021-01', 'planned'), ev('2023', 'under-construction')];
    expect(statusAt(h, '2023-06')).toBe('planned');
    expect(statusAt(h, '2023-12')).toBe('under-construction');
    expect(statusAt(h, '2023')).toBe('under-construction');
  });

  it('maps opened, completed and extended onto existing, and says cancelled', () => {
    for (const s of ['opened', 'completed', 'extended'] as const)
      expect(statusAt([ev('2021-01', 'planned'), ev('2022', s)], '2023')).toBe<Status>('existing');
    expect(statusAt([ev('2021-01', 'planned'), ev('2022-03', 'cancelled')], '2022-04')).toBe('cancelled');
    expect(statusAt([], '2022')).toBeNull();
  });
});

describe('history dates', () => {
  it('are read at their own precision, real days only', () => {
    expect(datePrecision('2021')).toBe('year');
    expect(datePrecision('2021-12')).toBe('month');
    expect(datePrecision('2024-02-29')).toBe('day');
    for (const bad of ['2023-02-29', '2021-13', '2021-1', '21-01', '2021-04-31', '2021/01'])
      expect(datePrecision(bad), bad).toBeNull();
    expect(dateEnd('2024-02')).toBe('2024-02-29');
    expect(dateEnd('2021')).toBe('2021-12-31');
  });

  it('are written in the reader’s language: 2021年12月 / Dec 2021', () => {
    expect(historyDate('2021', 'zh')).toBe('2021年');
    expect(historyDate('2021-12', 'zh')).toBe('2021年12月');
    expect(historyDate('2021-12-30', 'zh')).toBe('2021年12月30日');
    expect(historyDate('2021', 'en')).toBe('2021');
    expect(historyDate('2021-12', 'en')).toBe('Dec 2021');
    expect(historyDate('2021-12-30', 'en')).toBe('30 Dec 2021');
  });
});

describe('the build’s checks of a history file', () => {
  const config = { planSource: 'plan', planDate: '2021-01' };
  const refs = {
    places: new Map<string, Status>([
      ['line-a', 'planned'],
      ['line-b', 'existing'],
    ]),
    sources: new Set(['plan', 'news']),
  };
  const base = {
    date: '2021-01',
    status: 'planned',
    note_zh: '纲要发布时尚在规划。',
    note_en: 'Planned when the plan was adopted.',
    sources: ['plan'],
  };
  const later = {
    date: '2022-06-28',
    status: 'under-construction',
    note_zh: '开工建设。',
    note_en: 'Construction began on the line.',
    sources: ['news'],
  };
  const check = (history: Record<string, unknown[]>) =>
    checkHistory('geo/p/history.json', { history }, config, refs).errors;

  it('accepts a good history and returns it', () => {
    const r = checkHistory('geo/p/history.json', { history: { 'line-a': [base, later] } }, config, refs);
    expect(r.errors).toEqual([]);
    expect(r.history.get('line-a')).toHaveLength(2);
  });

  it('names the file, the place and the path of every problem', () => {
    expect(check({ 'line-z': [base] })).toEqual([
      'geo/p/history.json (line-z): history["line-z"]: unknown place "line-z": no place of the plan has this id',
    ]);
    expect(check({ 'line-a': [base, { ...later, sources: ['news', 'blog'] }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][1].sources[1]: unknown source "blog": not defined in the plan\'s sources',
    ]);
    expect(check({ 'line-a': [base, { ...later, sources: [] }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][1].sources: must cite at least one source: an event without one is not added',
    ]);
    expect(check({ 'line-a': [base, { ...later, date: '2022-02-30' }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][1].date: "2022-02-30" is not a date: YYYY, YYYY-MM or YYYY-MM-DD, a real day',
    ]);
    expect(check({ 'line-a': [base, later, { ...later, date: '2022-05' }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][2].date: out of order: 2022-05 comes before the previous event\'s 2022-06-28',
    ]);
    const { note_en: _, ...noEnglish } = later;
    expect(check({ 'line-a': [base, noEnglish] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][1].note_en: missing: every event is told in Chinese and in English',
    ]);
    expect(check({ 'line-a': [base, { ...later, note_zh: 'Construction began.' }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][1].note_zh: must be Chinese: every event is told in both languages',
    ]);
    expect(check({ 'line-a': [base, { ...later, status: 'built', when: 'x' }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][1].status: invalid value "built": expected one of planned, under-construction, opened, completed, cancelled, renamed, extended',
      'geo/p/history.json (line-a): history["line-a"][1]: unknown property: when',
    ]);
  });

  it('requires the plan’s own status first: its month, its source, the status the place is drawn with', () => {
    expect(check({ 'line-b': [base] })).toEqual([
      'geo/p/history.json (line-b): history["line-b"][0].status: the place is drawn "existing" as of the plan: its first event\'s status must be opened or completed, not "planned"',
    ]);
    expect(check({ 'line-a': [{ ...base, date: '2021-03' }] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"][0]: the first event is the plan\'s own status: dated 2021-01 and citing "plan"',
    ]);
    expect(check({ 'line-a': [] })).toEqual([
      'geo/p/history.json (line-a): history["line-a"]: empty: a history starts with the plan’s own status',
    ]);
  });
});

describe('the curated histories', () => {
  const geo = shanghaiGeo();
  const places = new Map(geo.features.map((f) => [f.properties.id, f.properties.status]));
  const { history, errors } = loadHistory(ROOT, SHANGHAI.history!, {
    places,
    sources: new Set(REFS.sources.keys()),
  });

  it('are valid', () => {
    expect(errors).toEqual([]);
  });

  it('cover every rail line and hub and every road place, each ending in a dated event read on a trustworthy page', () => {
    const drawn = geo.features.filter((f) => ['rail', 'roads'].includes(f.properties.theme));
    expect(drawn.filter((f) => f.properties.theme === 'rail')).toHaveLength(20);
    const missing = drawn.map((f) => f.properties.id).filter((id) => !history.has(id));
    expect(missing).toEqual([]);
    for (const f of drawn) {
      const last = history.get(f.properties.id)!.at(-1)!;
      expect(datePrecision(last.date), f.properties.id).not.toBeNull();
      expect(last.sources.length, f.properties.id).toBeGreaterThan(0);
      const read = last.sources.map((id) => REFS.sources.get(id)!);
      expect(
        read.some((r) => r.url || r.read_at?.length),
        f.properties.id,
      ).toBe(true);
    }
  });

  it('draw metro Line 14 under construction at the plan, open from its opening day', () => {
    const line14 = history.get('metro-14')!;
    expect(statusAt(line14, '2021-01')).toBe('under-construction');
    expect(statusAt(line14, '2021-12-29')).toBe('under-construction');
    expect(statusAt(line14, '2021-12-30')).toBe('existing');
    // At the plan's adoption every place is drawn as it is today.
    for (const [id, events] of history) {
      const s = places.get(id)!;
      expect(statusAt(events, '2021-01'), id).toBe(s === 'proposed' ? 'planned' : s);
    }
  });

  it('are counted by the build', () => {
    const line = historyStats(history);
    console.log(`history: ${line}`);
    expect(line).toMatch(/^44 places, \d+ events/);
  });
});
