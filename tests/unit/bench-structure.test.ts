// The benchmark's own structure (bench/): no file over 400 lines, no function over 120, as for src/ and scripts/
// (tests/unit/structure.test.ts, whose checks are shown there to fail on long files and functions).

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFiles, longFunctions, readSources } from './structure-lib';

describe('the structure of bench/', () => {
  const sources = readSources(resolve(import.meta.dirname, '../..'), ['bench']);

  it('reads the sources', () => {
    expect(sources.map((s) => s.path)).toContain('bench/run.ts');
    expect(sources.some((s) => s.path.startsWith('bench/measures/'))).toBe(true);
  });

  it('has no file over 400 lines', () => {
    expect(longFiles(sources, 400)).toEqual([]);
  });

  it('has no function over 120 lines', () => {
    expect(longFunctions(sources, 120)).toEqual([]);
  });
});
