/** The benchmark's pure helpers (nothing here times anything). */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, SEARCH_CANDIDATES } from '../synthetic';
import { actorsToToggle, fold, prefixCounts, searchPlan } from './plan';
import { bucketOf, SourceMap } from './profile';
import { startStaticServer, type StaticServer } from './server';
import { quantile, summarize } from './stats';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 1, 5], 0)).toBe(1);
    expect(quantile([10, 1, 5], 1)).toBe(10);
    expect(
      quantile(
        Array.from({ length: 21 }, (_, i) => i),
        0.95,
      ),
    ).toBe(19);
  });

  it('summarizes', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 2.9, max: 3, mean: 2 });
    expect(summarize([]).p95).toBeNull();
  });
});

describe('search plan', () => {
  const dataset = generateDataset({ events: 1500, seed: 5 });

  it('folds like the app: case, accents and letters without decomposition', () => {
    expect(fold('Erdoğan Østergaard Łękno')).toBe('erdogan ostergaard lekno');
  });

  it('counts events per prefix, by text or by actor name', () => {
    const [counts] = prefixCounts(dataset, ['corridor']);
    const direct = dataset.events.filter((e) =>
      fold([e.title, e.summary, e.dateNote, ...e.excerpts.flatMap((x) => [x.quote, x.attribution])].join(' ')).match(
        /\bcorridor/,
      ),
    ).length;
    expect(counts![0]).toBe(1500);
    expect(counts![8]).toBe(direct);
    for (let k = 1; k < counts!.length; k++) expect(counts![k]).toBeLessThanOrEqual(counts![k - 1]!);
  });

  it('times only keystrokes that change the count, and clears each word', () => {
    const plan = searchPlan(dataset, SEARCH_CANDIDATES, 6);
    expect(plan.filter((k) => k.timed).length).toBeGreaterThanOrEqual(6);
    expect(plan[plan.length - 1]!.key).toBe('Backspace');
    for (let i = 1; i < plan.length; i++) {
      const previous = plan[i - 1]!.expectedCount;
      expect(plan[i]!.timed).toBe(plan[i]!.expectedCount !== (plan[i - 1]!.key === 'Backspace' ? 1500 : previous));
    }
  });

  it('toggles a frequent and a middling actor', () => {
    const [big, middle] = actorsToToggle(dataset);
    expect(big!.events).toBeGreaterThan(middle!.events);
  });
});

describe('SourceMap', () => {
  it('decodes VLQ mappings', () => {
    // Generated line 0: col 0 → a.ts:1, col 10 → b.ts:3; line 1: col 4 → b.ts:5.
    const map = new SourceMap({
      sources: ['../../src/a.ts', '../../node_modules/@scope/pkg/b.js'],
      mappings: 'AAAA,UCEA;IAEA',
    });
    expect(map.lookup(0, 0)).toEqual({ source: 'src/a.ts', line: 1 });
    expect(map.lookup(0, 9)).toEqual({ source: 'src/a.ts', line: 1 });
    expect(map.lookup(0, 12)).toEqual({ source: 'node_modules/@scope/pkg/b.js', line: 3 });
    expect(map.lookup(1, 4)).toEqual({ source: 'node_modules/@scope/pkg/b.js', line: 5 });
    expect(map.lookup(1, 2)).toBeNull();
    expect(bucketOf('node_modules/@scope/pkg/b.js')).toBe('@scope/pkg');
    expect(bucketOf('node_modules/react-dom/cjs/x.js')).toBe('react-dom');
    expect(bucketOf('src/a.ts')).toBe('src/a.ts');
  });
});

/** A GET whose path is sent exactly as written (fetch would normalise "..%2f"). */
function rawStatus(url: string): Promise<number> {
  const { host, pathname } = new URL(url);
  const [hostname, port] = host.split(':');
  return new Promise((resolve, reject) => {
    request({ hostname, port: Number(port), path: pathname, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('static server', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
    mkdirSync(join(dir, 'app/assets'), { recursive: true });
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'app/index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'app/assets/x.js'), 'export {}');
    writeFileSync(join(dir, 'app/assets/x.js.map'), '{}');
    writeFileSync(join(dir, 'data/events-1.json'), '{"a":1}');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    server = await startStaticServer([
      { prefix: '/', dir: join(dir, 'app'), fallback: 'index.html' },
      { prefix: '/bench/', dir: join(dir, 'data') },
    ]);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their content type, length and no caching', async () => {
    const cases: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/assets/x.js', 'text/javascript; charset=utf-8'],
      ['/assets/x.js.map', 'application/json; charset=utf-8'],
      ['/bench/events-1.json', 'application/json; charset=utf-8'],
      ['/some/route', 'text/html; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(Number(response.headers.get('content-length'))).toBe((await response.arrayBuffer()).byteLength);
    }
  });

  it('refuses what is not there and what is outside its folders', async () => {
    expect((await fetch(`${server.origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.origin}/bench/missing.json`)).status).toBe(404);
    expect(await rawStatus(`${server.origin}/..%2fsecret.txt`)).toBe(403);
    expect(await rawStatus(`${server.origin}/bench/..%2f..%2fsecret.txt`)).toBe(403);
    expect((await fetch(`${server.origin}/`, { method: 'POST' })).status).toBe(405);
  });
});
