// Tests of the tour schema and its checks against the plan: the built-in tours validate; every class of bad tour
// in tests/fixtures/tours-bad is rejected with one message at its path; a shared link carries a tour intact.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTourRefs,
  formatTourProblem,
  isQuote,
  parseTour,
  parseTourValue,
  stepCitations,
  validateTour,
  type Tour,
  type TourProblem,
  type TourResult,
} from '../../src/data/tour-schema';
import { TOUR_PROBLEM_MESSAGES, type TourProblemCode } from '../../src/i18n/messages-tour';
import { loadTours, tourRefs, validateTourFile } from '../../scripts/lib/tours';
import { decodeTour, encodeTour, MAX_LINK_CHARS, TourLinkError, tourLink } from '../../src/ui/tour/share';
import { shanghaiUnits, shanghaiGeo, SHANGHAI, THEME_IDS } from '../shanghai';

const root = resolve(import.meta.dirname, '../..');
const BAD = 'tests/fixtures/tours-bad';
const read = (p: string) => readFileSync(join(root, p), 'utf8');
/** A result's problems in English, as the build prints them (without the file). */
const en = (r: TourResult): string[] => (r.ok ? [] : r.problems.map((p) => formatTourProblem(p, 'en')));

const units = shanghaiUnits();
const geo = shanghaiGeo(units);
const refs = tourRefs(
  units,
  geo.features.map((f) => f.properties.id),
  { layers: THEME_IDS, region: SHANGHAI.region, zoom: SHANGHAI.zoom },
);

/** Each bad fixture: the one problem it must give (its code), and as the build says it, `path: message fragment`. */
const EXPECTED: Record<string, { code: TourProblemCode; path: string; message: RegExp }> = {
  'bad-json': { code: 'tp.badJson', path: '', message: /^not valid JSON \(line \d+, column \d+\)/ },
  'missing-field': { code: 'tp.required', path: 'steps[0].caption', message: /is required/ },
  'unknown-clause': {
    code: 'tp.unknownClause',
    path: 'steps[0].caption[0].clause',
    message: /unknown clause "10\.9\.9"/,
  },
  'unknown-place': {
    code: 'tp.unknownPlace',
    path: 'steps[0].highlight[1]',
    message: /unknown place "new-town-atlantis"/,
  },
  'unknown-layer': {
    code: 'tp.unknownLayer',
    path: 'steps[0].layers[1]',
    message: /unknown layer "metro": expected one of centre, /,
  },
  'quote-not-in-clause': {
    code: 'tp.quoteNotInClause',
    path: 'steps[0].caption[0].quote',
    message: /is not in the text of 10\.2: a quote must be the plan’s exact words/,
  },
  'view-out-of-region': {
    code: 'tp.outsideRegion',
    path: 'steps[0].view.center',
    message: /\[31\.15, 121\.27\] is outside the region .* is it \[longitude, latitude\]\?/,
  },
  'summary-without-cites': {
    code: 'tp.summaryNeedsCites',
    path: 'steps[0].caption[1].cites',
    message: /a summary must cite at least one clause/,
  },
  'quote-in-damaged-passage': {
    code: 'tp.quoteDamaged',
    path: 'steps[0].caption[0].quote',
    message: /damaged in the text as obtained \(“13号线号线等”\)/,
  },
};

describe('bad tour fixtures', () => {
  const names = readdirSync(join(root, BAD))
    .filter((n) => n.endsWith('.json') && n !== 'good.json')
    .map((n) => n.replace(/\.json$/, ''));

  it('cover every class of bad input, and nothing else', () => {
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('the good fixture they are made from passes', () => {
    const r = validateTourFile(`${BAD}/good.json`, read(`${BAD}/good.json`), refs);
    expect(r.errors).toEqual([]);
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`rejects ${name} with one error naming the file, the path and what is wrong`, () => {
      const file = `${BAD}/${name}.json`;
      const r = validateTourFile(file, read(file), refs);
      expect(r.tour).toBeUndefined();
      expect(r.errors).toHaveLength(1);
      const prefix = `${file}: ${want.path ? `${want.path}: ` : ''}`;
      expect(r.errors[0]?.startsWith(prefix), r.errors[0]).toBe(true);
      expect(r.errors[0]?.slice(prefix.length)).toMatch(want.message);
    });

    it(`${name}: the checker gives a code, its values and the path; the UI can say it in Chinese too`, () => {
      const file = `${BAD}/${name}.json`;
      const v = validateTour(read(file), refs);
      expect(v.ok).toBe(false);
      if (v.ok) return;
      expect(v.problems.map((p) => [p.code, p.path])).toEqual([[want.code, want.path]]);
      const zh = formatTourProblem(v.problems[0]!, 'zh');
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(zh).not.toMatch(/\{\w+\}/);
      if (want.path) expect(zh.startsWith(`${want.path} 处:`), zh).toBe(true);
      expect(formatTourProblem(v.problems[0]!, 'en')).not.toMatch(/\{\w+\}/);
    });
  }

  it('a file whose id is not its name is rejected', () => {
    const r = validateTourFile(`${BAD}/other-name.json`, read(`${BAD}/good.json`), refs);
    expect(r.errors).toEqual([
      `${BAD}/other-name.json: id: "good" does not match the file name (expected "other-name")`,
    ]);
  });
});

describe('the schema', () => {
  const good = () => JSON.parse(read(`${BAD}/good.json`)) as Tour;

  it('lists every problem of a tour at once, each at its path', () => {
    const t = good() as unknown as Record<string, unknown> & { steps: Record<string, unknown>[] };
    t['id'] = 'Not Kebab';
    t['colour'] = 'red';
    t.steps[0]!['view'] = { center: [121.3, 31.2], zoom: 30, bearing: 0 };
    t.steps[0]!['caption'] = [{ quote: '以中长期集聚百万人口为目标' }, { text: 'x' }];
    const r = parseTourValue(t);
    expect(r.ok).toBe(false);
    expect(en(r)).toEqual(
      expect.arrayContaining([
        'id: must be kebab-case: lower-case letters, digits and hyphens',
        'unknown field(s) "colour"',
        'steps[0].view.zoom: must be between 0 and 24',
        'steps[0].view.pitch: is required',
        'steps[0].caption[0].clause: a quote needs the id of the clause it is taken from',
        'steps[0].caption[1]: unknown field(s) "text"',
      ]),
    );
  });

  it('checks a view against the plan: its region and its zoom range', () => {
    const t = good();
    t.steps[0]!.view = { center: [116.4, 39.9], zoom: 5, bearing: 0, pitch: 0 };
    expect(parseTourValue(t).ok).toBe(true);
    expect(checkTourRefs(t, refs).map((p) => formatTourProblem(p, 'en'))).toEqual([
      expect.stringMatching(/^steps\[0\]\.view\.center: \[116\.4, 39\.9\] is outside the region/),
      'steps[0].view.zoom: must be between 6.5 and 17',
    ]);
  });

  it('takes a step’s date, a month from 2021-01 to today, and play only with a date', () => {
    const t = good();
    t.steps[0]!.at = '2021-01';
    t.steps[0]!.play = true;
    expect(parseTourValue(t).ok).toBe(true);
    expect(checkTourRefs(t, refs)).toEqual([]);
    const bad = good() as unknown as { steps: Record<string, unknown>[] };
    bad.steps[0]!['at'] = '2021-1';
    bad.steps[0]!['play'] = 'yes';
    expect(en(parseTourValue(bad))).toEqual(
      expect.arrayContaining([
        'steps[0].at: must be a month YYYY-MM, e.g. 2023-06',
        'steps[0].play: must be true or false',
      ]),
    );
    const noDate = good();
    noDate.steps[0]!.play = true;
    expect(en(parseTourValue(noDate))).toEqual(['steps[0].play: “play” needs a start date “at”']);
    for (const at of ['2020-12', '2999-01']) {
      const t2 = good();
      t2.steps[0]!.at = at;
      expect(checkTourRefs(t2, refs).map((p) => formatTourProblem(p, 'en'))).toEqual([
        expect.stringMatching(/^steps\[0\]\.at: must be between 2021-01 and \d{4}-\d{2} \(today\)$/),
      ]);
    }
  });

  it('a part that is neither a quote nor a summary says what a part needs', () => {
    const t = good();
    (t.steps[0]!.caption as unknown[]) = [{}];
    const r = parseTourValue(t);
    expect(en(r)).toEqual([
      'steps[0].caption[0]: a caption part needs "quote" (the plan’s exact words, with "clause") or "summary" (your words, with "cites")',
    ]);
  });

  it('an empty caption or no steps are refused', () => {
    const t = good();
    t.steps[0]!.caption = [];
    expect(en(parseTourValue(t))).toEqual([
      'steps[0].caption: a caption needs at least one part that quotes or cites the plan',
    ]);
    expect(parseTourValue({ ...good(), steps: [] })).toEqual({
      ok: false,
      problems: [{ code: 'tp.noSteps', params: {}, path: 'steps' }],
    });
  });

  it('something that is not a tour at all', () => {
    expect(en(parseTour('[1, 2]'))).toEqual(['a tour must be a JSON object']);
    expect(en(parseTour(''))).toEqual([expect.stringMatching(/^not valid JSON/)]);
  });

  it('parsing keeps the tour as written (no added fields)', () => {
    const r = parseTour(read(`${BAD}/good.json`));
    expect(r).toEqual({ ok: true, tour: good() });
  });

  it('stepCitations lists the clauses a step rests on, once each, in order', () => {
    expect(stepCitations(good().steps[0]!)).toEqual(['10.2', '10.2.1']);
  });
});

describe('the checker’s messages', () => {
  /** Every problem code the checker can give, with values for every placeholder. */
  const codes = Object.keys(TOUR_PROBLEM_MESSAGES).filter((k): k is TourProblemCode => k !== 'tp.at');
  const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

  it('every problem code has a Chinese and an English message, with the same values', () => {
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) {
      const m = TOUR_PROBLEM_MESSAGES[code];
      expect(m.zh, code).toMatch(/\p{Script=Han}/u);
      expect(m.en, code).toMatch(/[A-Za-z]/);
      expect(m.en, code).not.toMatch(/\p{Script=Han}/u);
      expect(vars(m.zh).sort(), code).toEqual(vars(m.en).sort());
    }
  });

  it('formats any problem in both languages, path first, every value filled in', () => {
    for (const code of codes) {
      const params = Object.fromEntries(vars(TOUR_PROBLEM_MESSAGES[code].en).map((v) => [v, 'x']));
      const p: TourProblem = { code, params, path: 'steps[1].view' };
      const zh = formatTourProblem(p, 'zh');
      const english = formatTourProblem(p, 'en');
      expect(zh.startsWith('steps[1].view 处:'), zh).toBe(true);
      expect(english.startsWith('steps[1].view: '), english).toBe(true);
      for (const s of [zh, english]) expect(s, code).not.toMatch(/\{\w+\}/);
      expect(formatTourProblem({ ...p, path: '' }, 'en')).toBe(english.slice('steps[1].view: '.length));
    }
  });

  it('every problem the schema raises is one of the codes (none falls back to zod’s own words)', () => {
    const t = JSON.parse(read(`${BAD}/good.json`)) as Record<string, unknown> & {
      steps: Record<string, unknown>[];
    };
    const bad: unknown[] = [
      null,
      { ...t, id: 7, title: ' ', title_en: 3, description: 'x'.repeat(1001), steps: 'no' },
      { ...t, steps: Array.from({ length: 61 }, () => t.steps[0]) },
      {
        ...t,
        steps: [
          5,
          {
            ...t.steps[0],
            title: undefined,
            view: { center: ['a', null], zoom: 'z', bearing: 999, pitch: -1 },
            layers: [3],
            highlight: ['Not A Place', 4],
            caption: [
              { quote: 'x', summary: 'y', summary_en: 'z', cites: ['10'] },
              { summary: 'y', clause: '10', gloss_en: 'g', cites: ['bad id'] },
              'text',
              {},
              { quote: 'x', clause: 10 },
              { summary: 'y', cites: 'all' },
              1,
              2,
              3,
            ],
            notes: 4,
          },
          {
            ...t.steps[0],
            view: 'here',
            layers: 'all',
            highlight: 'all',
            caption: 'c',
            notes: 'x'.repeat(4001),
          },
        ],
      },
    ];
    const seen = new Set<string>();
    for (const value of bad) {
      const r = parseTourValue(value);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      for (const p of r.problems) {
        expect(p.code, `${p.path}: ${JSON.stringify(p.params)}`).not.toBe('tp.invalid');
        seen.add(p.code);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });
});

describe('the built-in tours', () => {
  const { tours, errors } = loadTours(root, SHANGHAI.files.tours ?? '', refs);

  it('all validate against the plan and the places', () => {
    expect(errors).toEqual([]);
    expect(tours.map((t) => t.id)).toContain('overview');
  });

  const overview = tours.find((t) => t.id === 'overview')!;

  it('overview: about ten steps through the spatial strategy, every caption quoting or citing the plan', () => {
    expect(overview.steps.length).toBeGreaterThanOrEqual(9);
    expect(overview.steps.length).toBeLessThanOrEqual(12);
    const titles = overview.steps.map((s) => s.title).join(' ');
    for (const phrase of ['中心辐射', '两翼齐飞', '新城发力', '南北转型', '一江一河', '崇明', '轨道'])
      expect(titles).toContain(phrase);
    for (const s of overview.steps) {
      expect(s.caption.some(isQuote)).toBe(true);
      expect(stepCitations(s).length).toBeGreaterThan(0);
      for (const l of s.layers) expect(THEME_IDS).toContain(l);
    }
  });

  it('every quote is the exact text of its clause (the check is live: a changed quote fails)', () => {
    const tweaked = structuredClone(overview);
    const part = tweaked.steps[0]!.caption[0]!;
    if (!isQuote(part)) throw new Error('step 1 opens with a quote');
    part.quote = part.quote.replace('空间新格局', '空间格局');
    expect(checkTourRefs(tweaked, refs).map((p) => formatTourProblem(p, 'en'))).toEqual([
      'steps[0].caption[0].quote: is not in the text of 10: a quote must be the plan’s exact words (write your own words as a "summary")',
    ]);
  });
});

describe('a tour as a link', () => {
  const overview = JSON.parse(read('content/shanghai-14fyp/tours/overview.json')) as Tour;

  it('round-trips and fits in a link', async () => {
    const payload = await encodeTour(overview);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const text = await decodeTour(payload);
    expect(validateTour(text, refs)).toEqual({ ok: true, tour: overview });
    const link = await tourLink('https://example.org/plans/shanghai/?basemap=x#/tour/a/3', overview);
    expect(link.length).toBeLessThan(MAX_LINK_CHARS);
    const url = new URL(link);
    expect(url.pathname).toBe('/plans/shanghai/');
    expect(url.searchParams.get('basemap')).toBe('x');
    expect(url.hash).toBe('#/tour/overview/1');
  });

  it('a damaged payload gives a readable error', async () => {
    const payload = await encodeTour(overview);
    for (const cut of [1, 2, 3, 4]) {
      await expect(decodeTour(payload.slice(0, payload.length - 40 - cut))).rejects.toThrow(/damaged/);
    }
    await expect(decodeTour('abc$%')).rejects.toThrow(/not base64url/);
    // the UI says it through the catalogue (key), in the reader's language
    await expect(decodeTour('abc$%')).rejects.toBeInstanceOf(TourLinkError);
    await expect(decodeTour('abc$%')).rejects.toMatchObject({ key: 'share.notBase64' });
    await expect(decodeTour(payload.slice(0, -41))).rejects.toMatchObject({ key: 'share.damaged' });
  });
});
