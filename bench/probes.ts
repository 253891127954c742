// Probes of the browser itself, apart from the app: a fixed reference workload (run before the first measure and
// after the last, so that a change in the machine's speed during the run shows), and the GL renderer it got.

import { openPage, type Session } from '../tests/e2e/driver';
import type { Browser } from './common';
import { median } from './stats';

/**
 * The reference workload: deterministic CPU-bound JavaScript (a seeded generator, object allocation, a sort with a
 * comparator, a Map of strings), ~300 ms on the machine the budgets were set on. It returns a checksum, the same
 * on every run, so that no part of it can be skipped.
 */
const REFERENCE = `(() => {
  let a = 12345;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let check = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const xs = Array.from({ length: 20000 }, () => ({ v: rand(), k: 'k' + Math.floor(rand() * 5000) }));
    xs.sort((p, q) => p.v - q.v);
    const m = new Map();
    for (const x of xs) m.set(x.k, (m.get(x.k) ?? 0) + x.v);
    for (const v of m.values()) check += Math.sqrt(v);
  }
  return Math.round(check * 1e6);
})`;
const ROUNDS = 32;
const TIMES = 5;

export interface Reference {
  /** The median of the timed runs, ms. */
  ms: number;
  runs: number[];
}

/** The reference workload in a blank page: one untimed run (the code compiled), then TIMES timed; their median. */
export async function reference(browser: Browser): Promise<Reference> {
  const s = await openPage(browser, 'about:blank');
  try {
    const run = `(() => { const t0 = performance.now(); const c = ${REFERENCE.replace('ROUNDS', String(ROUNDS))}();
      return [performance.now() - t0, c]; })()`;
    const [, check] = await s.page.evaluate<[number, number]>(run);
    const runs: number[] = [];
    for (let i = 0; i < TIMES; i++) {
      const [ms, c] = await s.page.evaluate<[number, number]>(run);
      if (c !== check)
        throw new Error(`the reference workload gave ${c}, then ${check}: it is not deterministic`);
      runs.push(ms);
    }
    return { ms: median(runs), runs };
  } finally {
    await s.close();
  }
}

/** The drift: the reference before the first measure and after the last, and the change, %. */
export interface Drift {
  before: Reference;
  after: Reference;
  changePct: number;
}

export const drift = (before: Reference, after: Reference): Drift => ({
  before,
  after,
  changePct: (after.ms / before.ms - 1) * 100,
});

/** The WebGL vendor and renderer a blank page gets (WEBGL_debug_renderer_info), e.g. SwiftShader's. */
export async function glRenderer(browser: Browser): Promise<string> {
  const s: Session = await openPage(browser, 'about:blank');
  try {
    return await s.page.evaluate(`(() => {
      const c = document.createElement('canvas');
      const gl = c.getContext('webgl2') || c.getContext('webgl');
      if (!gl) return 'no WebGL';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      if (!ext) return gl.getParameter(gl.RENDERER);
      return gl.getParameter(ext.UNMASKED_VENDOR_WEBGL) + ' / ' + gl.getParameter(ext.UNMASKED_RENDERER_WEBGL);
    })()`);
  } finally {
    await s.close();
  }
}
