/**
 * The benchmark's one static HTTP server (node:http): the built app, the generated datasets and
 * the baseline page, each from a folder under a URL prefix. Every response is sent with its
 * length, a correct content type and `Cache-Control: no-store`, so each fresh browser context
 * downloads everything again and nothing depends on a cache's mood. No compression: the datasets
 * travel over loopback uncompressed (a deployment would gzip them; that only helps).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface Mount {
  /** URL prefix, starting and ending with "/" ("/" for the root). */
  prefix: string;
  dir: string;
  /** Serve this file (relative to dir) for paths without an extension (a single-page app). */
  fallback?: string;
  /** Only these files may be served from this mount (relative paths), when given. */
  only?: readonly string[];
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
  /** Requests answered with an error, for the report ("GET /x → 404"). */
  failures: string[];
}

export async function startStaticServer(mounts: readonly Mount[]): Promise<StaticServer> {
  // Longest prefix first, so "/bench/" wins over "/".
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const failures: string[] = [];
  const server: Server = createServer((req, res) => {
    const fail = (status: number, message: string) => {
      failures.push(`${req.method} ${req.url} → ${status}`);
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Length': Buffer.byteLength(message),
      });
      res.end(req.method === 'HEAD' ? undefined : message);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return fail(400, 'bad request');
    }
    const mount = ordered.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return fail(404, 'not found');
    let relative = pathname.slice(mount.prefix.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    if (mount.only && !mount.only.includes(relative)) return fail(404, 'not found');
    const root = resolve(mount.dir);
    let file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return fail(403, 'forbidden');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      if (!mount.fallback || extname(relative) !== '') return fail(404, 'not found');
      file = join(root, mount.fallback);
      try {
        size = statSync(file).size;
      } catch {
        return fail(404, 'not found');
      }
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    failures,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
