// The offline worker's rules (src/sw/rules.ts): which version a page runs, and when older versions' files go.
import { describe, expect, it } from 'vitest';
import { cleanupDecision, isLegacyCache, isToWorker, pageVersion } from '../../src/sw/rules';

const own = new Set(['https://x.test/app/assets/index-new.js']);
const isOwn = (u: string) => own.has(u);

describe('a page’s version', () => {
  it('is current only when its entry script and its data are this build’s', () => {
    const entry = 'https://x.test/app/assets/index-new.js';
    expect(pageVersion({ entry, data: 'd2' }, isOwn, 'd2')).toBe('current');
    expect(pageVersion({ entry, data: 'd1' }, isOwn, 'd2')).toBe('other'); // same code, older data
    expect(pageVersion({ entry: 'https://x.test/app/assets/index-old.js', data: 'd2' }, isOwn, 'd2')).toBe(
      'other',
    );
    expect(pageVersion(undefined, isOwn, 'd2')).toBe('unknown');
  });
});

describe('clean-up of older versions', () => {
  it('cleans only when every open page runs this version', () => {
    expect(cleanupDecision(['current', 'current'], false)).toBe('clean');
    expect(cleanupDecision([], false)).toBe('clean');
    expect(cleanupDecision(['current', 'other'], false)).toBe('wait');
    expect(cleanupDecision(['current', 'unknown'], false)).toBe('ask');
    expect(cleanupDecision(['other', 'unknown'], false)).toBe('ask');
  });

  it('never while a newer worker is installed and waiting (its files are the next version)', () => {
    expect(cleanupDecision(['current'], true)).toBe('wait');
    expect(cleanupDecision([], true)).toBe('wait');
  });
});

describe('messages to the worker', () => {
  it('are recognised by their shape', () => {
    expect(isToWorker({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isToWorker({ type: 'RUNNING', entry: 'a', data: 'b' })).toBe(true);
    expect(isToWorker({ type: 'RUNNING', entry: 'a' })).toBe(false);
    expect(isToWorker({ type: 'CLEAR' })).toBe(false);
    expect(isToWorker(null)).toBe(false);
    expect(isToWorker('SKIP_WAITING')).toBe(false);
  });

  it('the hand-written worker’s caches are recognised by their scope', () => {
    const scope = 'https://x.test/app/';
    expect(isLegacyCache(`explorer:${scope}:0123456789abcdef`, scope)).toBe(true);
    expect(isLegacyCache(`explorer:${scope}:meta`, scope)).toBe(true);
    expect(isLegacyCache('explorer:https://x.test/other/:0123', scope)).toBe(false);
    expect(isLegacyCache(`workbox-precache-v2-${scope}`, scope)).toBe(false);
  });
});
