// The real data step (scripts/build-data.ts, as `npm run build` runs it) refuses bad input end to end: on a
// temporary copy of the repository's sources with one bad file injected (a geo file, the plan text, a tour, each
// taken from the fixtures in tests/fixtures/), the build fails, names the file, the feature or line and the path,
// and writes nothing the app would load. Every class of bad file is covered one by one by the validators' own
// tests (validate-geo, plan-parser, tours); this proves the build stops on them.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp = '';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-data-'));
  // What the data step reads: its scripts, the types and schemas it shares with the app, the sources.
  for (const dir of ['scripts', 'src', 'geo', 'content']) {
    fs.cpSync(path.join(ROOT, dir), path.join(tmp, dir), { recursive: true });
  }
  for (const file of ['package.json', 'tsconfig.json'])
    fs.copyFileSync(path.join(ROOT, file), path.join(tmp, file));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs the data step in the copy with `file` replaced by (or added as) `fixture`; restores it afterwards. */
function buildWith(
  file: string,
  fixture: string,
): { status: number | null; stderr: string; wrote: string[] } {
  const target = path.join(tmp, file);
  const before = fs.existsSync(target) ? fs.readFileSync(target) : null;
  const out = path.join(tmp, 'public/data/shanghai-14fyp');
  fs.rmSync(out, { recursive: true, force: true });
  fs.copyFileSync(path.join(ROOT, fixture), target);
  try {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-data.ts'],
      {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return {
      status: r.status,
      stderr: r.stderr,
      wrote: fs.existsSync(out) ? fs.readdirSync(out).sort() : [],
    };
  } finally {
    if (before) fs.writeFileSync(target, before);
    else fs.rmSync(target);
  }
}

describe('the data step on a bad file', () => {
  it('fails with the file, the feature or line and the path, for a bad geo file, plan text, tour and history', () => {
    // A geo file with a status the schema does not know.
    const geo = buildWith('geo/shanghai-14fyp/centre.geojson', 'tests/fixtures/geo-bad/bad-enum.geojson');
    expect(geo.status).toBe(1);
    expect(geo.stderr).toContain(
      'geo/shanghai-14fyp/centre.geojson features[0] (bund-promenade): properties.status: invalid value "built": expected one of',
    );
    expect(geo.stderr).toMatch(/build-data: \d+ error\(s\) in geo\/shanghai-14fyp\/; nothing written\./);
    expect(geo.wrote).toEqual([]);

    // The plan text with a clause out of sequence: file and line.
    const plan = buildWith(
      'content/shanghai-14fyp/text/plan-part2.txt',
      'tests/fixtures/plan-bad/clause-out-of-sequence.txt',
    );
    expect(plan.status).toBe(1);
    expect(plan.stderr).toContain(
      'content/shanghai-14fyp/text/plan-part2.txt:6: clause 10.1.3 out of sequence (expected 10.1.2)',
    );
    expect(plan.wrote).toEqual([]);

    // A tour highlighting a place that does not exist: file and JSON path; the tours are not written.
    const tour = buildWith(
      'content/shanghai-14fyp/tours/unknown-place.json',
      'tests/fixtures/tours-bad/unknown-place.json',
    );
    expect(tour.status).toBe(1);
    expect(tour.stderr).toContain(
      'content/shanghai-14fyp/tours/unknown-place.json: steps[0].highlight[1]: unknown place "new-town-atlantis"',
    );
    expect(tour.stderr).toMatch(/error\(s\) in content\/shanghai-14fyp\/tours\/; nothing written\./);
    expect(tour.wrote).toEqual([]);

    // A history citing a source the plan does not define: file, place and path; nothing written.
    const history = buildWith(
      'geo/shanghai-14fyp/history.json',
      'tests/fixtures/history-bad/unknown-source.json',
    );
    expect(history.status).toBe(1);
    expect(history.stderr).toContain(
      'geo/shanghai-14fyp/history.json (metro-14): history["metro-14"][1].sources[0]: unknown source "news-nowhere": not defined in the plan\'s sources',
    );
    expect(history.stderr).toMatch(/error\(s\) in geo\/shanghai-14fyp\/history\.json; nothing written\./);
    expect(history.wrote).toEqual([]);

    // And the copy itself, with nothing injected, builds.
    const good = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-data.ts'],
      {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
  }, 120_000);
});
