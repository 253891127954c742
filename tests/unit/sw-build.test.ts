// The build's side of the offline cache: the data version (scripts/data-version.ts) follows every file of the
// public folder, and the manifest's integrity hashes (scripts/sw-manifest.ts) are the Subresource Integrity ones.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderVersion } from '../../scripts/data-version';
import { integrityOf } from '../../scripts/sw-manifest';

describe('the data version', () => {
  it('changes with any file’s contents or name, and only then', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-data-version-'));
    try {
      fs.mkdirSync(path.join(dir, 'data/p'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'data/p/clauses.json'), '[1]');
      fs.writeFileSync(path.join(dir, 'data/p/features.geojson'), '{}');
      const v1 = folderVersion(dir);
      expect(v1).toMatch(/^[0-9a-f]{16}$/);
      expect(folderVersion(dir)).toBe(v1);
      fs.writeFileSync(path.join(dir, 'data/p/clauses.json'), '[2]');
      const v2 = folderVersion(dir);
      expect(v2).not.toBe(v1);
      fs.renameSync(path.join(dir, 'data/p/features.geojson'), path.join(dir, 'data/p/features2.geojson'));
      expect(folderVersion(dir)).not.toBe(v2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the manifest’s integrity', () => {
  it('is the sha384 Subresource Integrity string of the file', () => {
    // The example of the Subresource Integrity specification.
    expect(integrityOf(Buffer.from("alert('Hello, world.');"))).toBe(
      'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO',
    );
  });
});
