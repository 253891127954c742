// Bytes at start: every file fetched up to the ready signal, raw and gzip -9, and the JS heap after load. Exact
// figures from one load of each page: no rounds, no intervals.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  FLOOR_BUNDLE,
  heapUsed,
  load,
  ROOTS,
  SIDES,
  type Fetched,
  type Measure,
  type Row,
  type Side,
} from '../common';

export type FileClass = 'js' | 'css' | 'data' | 'other';
const CLASSES: FileClass[] = ['js', 'css', 'data', 'other'];

export interface FileBytes {
  path: string;
  class: FileClass;
  status: number;
  raw: number;
  gzip: number;
}

function classOf(contentType: string): FileClass {
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('css')) return 'css';
  if (/json|protobuf/.test(contentType)) return 'data';
  return 'other';
}

/** Sizes of the files behind the responses: raw as sent (the server does not compress), gzip -9 from disk. */
function fileBytes(root: string, baseUrl: string, responses: Fetched[]): FileBytes[] {
  return responses
    .filter((r) => r.url.startsWith(baseUrl))
    .map((r) => {
      const rel = new URL(r.url).pathname.slice(new URL(baseUrl).pathname.length) || 'index.html';
      const file = path.join(root, rel);
      const body = r.status === 200 && fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      const gzip = body.length ? zlib.gzipSync(body, { level: 9 }).length : 0;
      return { path: rel, class: classOf(r.contentType), status: r.status, raw: body.length, gzip };
    })
    .sort((a, b) => b.raw - a.raw);
}

function totals(files: FileBytes[]): Record<FileClass | 'all', { files: number; raw: number; gzip: number }> {
  const sum = (list: FileBytes[]) => ({
    files: list.length,
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  });
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, sum(files.filter((f) => f.class === c))]));
  return { ...(byClass as Record<FileClass, ReturnType<typeof sum>>), all: sum(files) };
}

/** Gzip -9 bytes of every JavaScript file of the floor bundle's build (entry, chunks and the map's worker). */
function floorBundleGzip(): number {
  const dir = path.join(FLOOR_BUNDLE, 'assets');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
}

/** The files of each page, in results.json under `bytes` (the report prints them). */
export type BytesDetails = Record<Side, { files: FileBytes[]; totals: ReturnType<typeof totals> }>;

/** One load of each page. */
export const bytesAtStart: Measure = async (ctx) => {
  const bytes = {} as BytesDetails;
  const heap = {} as Record<Side, number>;
  for (const side of SIDES) {
    const { session, responses } = await load(ctx, side);
    heap[side] = await heapUsed(session.page);
    await session.close();
    const files = fileBytes(ROOTS[side], ctx.url[side], responses);
    bytes[side] = { files, totals: totals(files) };
  }
  const kib = (side: Side, c: FileClass | 'all', k: 'raw' | 'gzip') => bytes[side].totals[c][k] / 1024;
  const row = (figure: string, c: FileClass | 'all', k: 'raw' | 'gzip'): Row => ({
    figure,
    unit: 'KiB',
    app: kib('app', c, k),
    floor: kib('floor', c, k),
  });
  return {
    section: 'bytes',
    details: bytes,
    rows: [
      row('bytes at start, raw', 'all', 'raw'),
      row('bytes at start, gzip', 'all', 'gzip'),
      ...CLASSES.map((c) => row(`bytes at start, ${c}, gzip`, c, 'gzip')),
      {
        figure: 'JS at start vs floor bundle, gzip',
        unit: 'KiB',
        app: kib('app', 'js', 'gzip'),
        floor: floorBundleGzip() / 1024,
      },
      // One load's heap: a single reading, shown without an interval.
      { figure: 'JS heap after load', unit: 'MiB', app: heap.app / 2 ** 20, floor: heap.floor / 2 ** 20 },
    ],
  };
};
