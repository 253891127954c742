// A tiny static file server on loopback for the end-to-end tests and the benchmark: serves a built folder under
// a path prefix (to prove the build works under any base path). Its folder can be switched while it runs, as a
// deploy replaces a site's files at the same address.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
};

export interface StaticServer {
  /** Base URL, ending in `/`. */
  url: string;
  /** Serves another folder from now on (a deploy). */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

export async function serveStatic(firstRoot: string, prefix = '/'): Promise<StaticServer> {
  let root = firstRoot;
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server = http.createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!urlPath.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = path.join(root, path.normalize(urlPath.slice(base.length)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    setRoot: (dir) => {
      root = dir;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
