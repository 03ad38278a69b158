/**
 * A static file server for the benchmark (node:http, loopback only): each URL prefix maps to a
 * folder. Every page and file is served the same way: read once into memory, then sent whole with
 * its length (so that neither the disk nor small reads pace a download, and pages can show
 * progress), uncompressed, never cached by the browser.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TEXT: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
};

/** Serves `mounts` (URL prefix → folder; a path ending in "/" gets its index.html). */
export async function serve(mounts: Record<string, string>) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const cache = new Map<string, { mtimeMs: number; bytes: Buffer }>();
  const read = (file: string, mtimeMs: number) => {
    const cached = cache.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.bytes;
    const bytes = readFileSync(file);
    cache.set(file, { mtimeMs, bytes });
    return bytes;
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const relative = normalize((path.endsWith('/') ? `${path}index.html` : path).slice(prefix?.length ?? 0));
    const file = prefix && !relative.startsWith('..') ? join(mounts[prefix]!, relative) : null;
    const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!file || !stat?.isFile()) {
      response.writeHead(404).end(`not found: ${path}`);
      return;
    }
    const bytes = read(file, stat.mtimeMs);
    const type = TEXT[extname(file)];
    response.writeHead(200, {
      'content-type': type ? `${type}; charset=utf-8` : 'application/octet-stream',
      'content-length': bytes.length,
      'cache-control': 'no-store',
    });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
