// A Vite plugin that gives the build its data version: a hash of every file of the public folder (the plans' data,
// written by `npm run data`), as `import.meta.env.VITE_DATA_VERSION` in the app and in its service worker. A page
// tells the worker which version it runs by its entry script and this (src/sw-register.ts): two builds with the
// same code and other data are two versions, and the worker keeps the files of both while a page runs the older.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Every file under `dir`, as sorted paths relative to it. */
function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else if (entry.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** A short hash of the names and contents of every file under `dir`. */
export function folderVersion(dir: string): string {
  const hash = crypto.createHash('sha256');
  for (const f of listFiles(dir))
    hash
      .update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}

export function dataVersion(root: string): Plugin {
  return {
    name: 'data-version',
    config: (c) => {
      const publicDir = c.publicDir === false ? null : path.resolve(c.root ?? root, c.publicDir ?? 'public');
      const version = publicDir ? folderVersion(publicDir) : 'none';
      return { define: { 'import.meta.env.VITE_DATA_VERSION': JSON.stringify(version) } };
    },
  };
}
