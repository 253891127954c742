// Search: keystroke to results drawn over a fixed set of queries, timed in the page.

import { appRow, load, untilSure, type Measure } from '../common';
import { STOPS } from '../settings';
import { bootstrap, quantile } from '../stats';

/** A fixed set of 20 queries: place names (full, partial, English), plan terms, and a miss. */
export const SEARCH_QUERIES = [
  '嘉闵线',
  '嘉闵',
  '虹桥',
  '公园',
  '临港新片区',
  '张江科学城',
  '五个新城',
  '一江一河',
  '崇明',
  '生态',
  '轨道交通',
  '松江枢纽',
  '长三角',
  '数字化转型',
  '养老',
  'Lingang',
  'Jiading New Town',
  'metro',
  '黄浦江',
  '不存在的词语',
];

/** Keystroke to results drawn: the time from the input event to the result list updated, in the page. */
const TIME_SEARCH = `(async (queries) => {
  const input = document.getElementById('search');
  const list = document.getElementById('search-results');
  input.focus();
  const once = () => new Promise((resolve) => {
    const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
    obs.observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
  const out = [];
  for (const q of queries) {
    const done = once();
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    out.push((await done) - t0);
  }
  return out;
})`;

/** One warm-up pass over the queries (the index is built on first use), then passes until the p95 is sure. A
 * round is a whole pass, so that every query counts alike in each resample. */
export const searchLatency: Measure = async (ctx) => {
  const { session } = await load(ctx, 'app');
  const pass = () => session.page.evaluate<number[]>(`${TIME_SEARCH}(${JSON.stringify(SEARCH_QUERIES)})`);
  await pass();
  const passes: number[][] = [];
  const p = (q: number) => (s: readonly number[][]) => quantile(s.flat(), q);
  const rounds = await untilSure(
    ctx,
    STOPS.searchLatency,
    async () => void passes.push(await pass()),
    () => bootstrap(passes, p(0.95)),
  );
  await session.close();
  return {
    section: 'search',
    details: { queries: SEARCH_QUERIES, rounds, ms: passes },
    rounds,
    rows: [
      appRow('search keystroke to results, p50', 'ms', passes, p(0.5)),
      appRow('search keystroke to results, p95', 'ms', passes, p(0.95)),
    ],
  };
};
