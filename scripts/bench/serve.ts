/** A static file server for the benchmark (node:http, loopback only): each URL prefix maps to a folder. */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TEXT: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
};

/** Serves `mounts` (URL prefix → folder; a path ending in "/" gets its index.html). */
export async function serve(mounts: Record<string, string>) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const relative = normalize((path.endsWith('/') ? `${path}index.html` : path).slice(prefix?.length ?? 0));
    const file = prefix && !relative.startsWith('..') ? join(mounts[prefix]!, relative) : null;
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end(`not found: ${path}`);
      return;
    }
    const type = TEXT[extname(file)];
    response.writeHead(200, {
      'content-type': type ? `${type}; charset=utf-8` : 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
