// Tests of the tour schema and its checks against the plan: the built-in tours validate; every class of bad tour
// in tests/fixtures/tours-bad is rejected with one message at its path; a shared link carries a tour intact.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTourRefs,
  isQuote,
  parseTour,
  parseTourValue,
  stepCitations,
  validateTour,
  type Tour,
} from '../../src/data/tour-schema';
import { THEMES } from '../../src/data/types';
import { loadGeo } from '../../scripts/lib/read-geo';
import { loadPlan } from '../../scripts/lib/read-plan';
import { loadTours, tourRefs, validateTourFile } from '../../scripts/lib/tours';
import { decodeTour, encodeTour, MAX_LINK_CHARS, tourLink } from '../../src/ui/tour/share';
import { serviceWorkerSource } from '../../scripts/sw-plugin';

const root = resolve(import.meta.dirname, '../..');
const BAD = 'tests/fixtures/tours-bad';
const read = (p: string) => readFileSync(join(root, p), 'utf8');

const units = loadPlan(root);
const geo = loadGeo(root, units);
const refs = tourRefs(
  units,
  geo.features.map((f) => f.properties.id),
);

/** Each bad fixture: the one error it must give, as `path: message fragment`. */
const EXPECTED: Record<string, { path: string; message: RegExp }> = {
  'bad-json': { path: '', message: /^not valid JSON \(line \d+, column \d+\)/ },
  'missing-field': { path: 'steps[0].caption', message: /is required/ },
  'unknown-clause': { path: 'steps[0].caption[0].clause', message: /unknown clause "10\.9\.9"/ },
  'unknown-place': { path: 'steps[0].highlight[1]', message: /unknown place "new-town-atlantis"/ },
  'unknown-layer': { path: 'steps[0].layers[1]', message: /unknown layer "metro": expected one of centre, / },
  'quote-not-in-clause': {
    path: 'steps[0].caption[0].quote',
    message: /is not in the text of 10\.2: a quote must be the plan’s exact words/,
  },
  'view-out-of-region': {
    path: 'steps[0].view.center',
    message: /\[31\.15, 121\.27\] is outside the region .* is it \[longitude, latitude\]\?/,
  },
  'summary-without-cites': {
    path: 'steps[0].caption[1].cites',
    message: /a summary must cite at least one clause/,
  },
  'quote-in-damaged-passage': {
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
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'id: must be kebab-case: lower-case letters, digits and hyphens',
        'unknown field(s) "colour"',
        'steps[0].view.zoom: must be between 6.5 and 17',
        'steps[0].view.pitch: is required',
        'steps[0].caption[0].clause: a quote needs the id of the clause it is taken from',
        'steps[0].caption[1]: unknown field(s) "text"',
      ]),
    );
  });

  it('a part that is neither a quote nor a summary says what a part needs', () => {
    const t = good();
    (t.steps[0]!.caption as unknown[]) = [{}];
    const r = parseTourValue(t);
    expect(r.ok ? [] : r.errors).toEqual([
      'steps[0].caption[0]: a caption part needs "quote" (the plan’s exact words, with "clause") or "summary" (your words, with "cites")',
    ]);
  });

  it('an empty caption or no steps are refused', () => {
    const t = good();
    t.steps[0]!.caption = [];
    expect(parseTourValue(t)).toEqual({
      ok: false,
      errors: ['steps[0].caption: a caption needs at least one part that quotes or cites the plan'],
    });
    expect(parseTourValue({ ...good(), steps: [] })).toEqual({
      ok: false,
      errors: ['steps: a tour needs at least one step'],
    });
  });

  it('something that is not a tour at all', () => {
    expect(parseTour('[1, 2]')).toEqual({ ok: false, errors: ['a tour must be a JSON object'] });
    expect(parseTour('')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
  });

  it('parsing keeps the tour as written (no added fields)', () => {
    const r = parseTour(read(`${BAD}/good.json`));
    expect(r).toEqual({ ok: true, tour: good() });
  });

  it('stepCitations lists the clauses a step rests on, once each, in order', () => {
    expect(stepCitations(good().steps[0]!)).toEqual(['10.2', '10.2.1']);
  });
});

describe('the built-in tours', () => {
  const { tours, errors } = loadTours(root, refs);

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
      for (const l of s.layers) expect(THEMES).toContain(l);
    }
  });

  it('every quote is the exact text of its clause (the check is live: a changed quote fails)', () => {
    const tweaked = structuredClone(overview);
    const part = tweaked.steps[0]!.caption[0]!;
    if (!isQuote(part)) throw new Error('step 1 opens with a quote');
    part.quote = part.quote.replace('空间新格局', '空间格局');
    expect(checkTourRefs(tweaked, refs)).toEqual([
      'steps[0].caption[0].quote: is not in the text of 10: a quote must be the plan’s exact words (write your own words as a "summary")',
    ]);
  });
});

describe('a tour as a link', () => {
  const overview = JSON.parse(read('content/tours/overview.json')) as Tour;

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
  });
});

describe('the offline service worker', () => {
  it('is valid JavaScript that precaches every file given, relative to its scope, under the version', () => {
    const src = serviceWorkerSource(
      ['index.html', 'assets/index-abc.js', 'data/tours.json'],
      '0123456789abcdef',
    );
    expect(() => new Function(src)).not.toThrow();
    expect(src).toContain('const VERSION = "0123456789abcdef";');
    expect(src).toContain('const FILES = ["index.html","assets/index-abc.js","data/tours.json"];');
    expect(src).toContain('new URL(f, SCOPE)');
  });
});
