import { describe, expect, it } from 'vitest';
import type { Frames, Interaction } from './measure';
import { evaluateTargets, formatTables, type Loads, type Results } from './report';
import { quantile, summarize } from './stats';

const loads = (...paints: number[]): Loads => ({ paints, longestTaskMs: 120, longestTaskCpuMs: 90 });
const frames = (p95: number, over20: number): Frames => ({
  frames: { n: 100, p50: 16.7, p95, max: p95 },
  over20,
  longestTaskMs: 40,
  moved: true,
});
const interaction = (settledP95: number): Interaction => ({
  count: summarize([40, 60]),
  settled: { n: 2, p50: 50, p95: settledP95, max: settledP95 },
  longestTaskMs: 80,
  cost: null,
  unsettled: 0,
});

function results(bigPaints: number[], floorPaints: number[]): Results {
  const sourceline = (paints: number[]) => ({
    ...loads(...paints),
    heapMB: 20,
    filter: interaction(90),
    search: interaction(130),
    pan: frames(16.8, 0.02),
  });
  return {
    startedAt: '',
    command: '',
    machine: '',
    app: '',
    initialJs: { raw: 400_000, gzip: 120_000, files: ['index.js'] },
    bundled: { events: 64, sourceline: loads(300, 320, 310), before: null, plain: loads(250, 260, 255) },
    sizes: [
      {
        events: 1000,
        bytes: 1,
        sourceline: sourceline([400]),
        before: null,
        plain: { ...loads(800), heapMB: 5, pan: frames(16.8, 0.03) },
        floor: loads(100),
      },
      {
        events: 100_000,
        bytes: 1,
        sourceline: sourceline(bigPaints),
        before: null,
        plain: null,
        floor: loads(...floorPaints),
      },
    ],
    before: null,
    plainFilter: null,
    columnar: null,
    lanes: null,
    acled: null,
    load: [{ part: 'bundled', load1: 1.2 }],
    plainCapSeconds: 120,
  };
}

const verdict = (r: Results, start: string) => evaluateTargets(r).find((t) => t.name.startsWith(start))?.met;

describe('the bench report', () => {
  it('judges an ACLED export against the 100k dataset’s first paint, and the same limits', () => {
    const r = results([900, 1400, 1000], [700, 600, 650]);
    expect(verdict(r, 'ACLED CSV (– rows): first paint')).toBeNull();
    const acled = (paints: number[]) => ({
      ...results([900, 1400, 1000], [700, 600, 650]),
      acled: { ...loads(...paints), rows: 50_000, bytes: 21e6, heapMB: 30, pan: frames(16.8, 0.01) },
    });
    expect(verdict(acled([800, 950, 990]), "ACLED CSV (50,000 rows): first paint ≤ the 100k dataset's")).toBe(true);
    expect(verdict(acled([1100, 1200, 990]), "ACLED CSV (50,000 rows): first paint ≤ the 100k dataset's")).toBe(false);
    expect(verdict(acled([800]), 'ACLED CSV (50,000 rows): no main-thread task over 200 ms')).toBe(true);
    expect(formatTables(acled([800]))).toContain('ACLED-layout CSV: 50,000 rows, 21.0 MB: first paint 800 ms (800)');
  });

  it('judges the 100k first paint by the median of its loads against 1.2 × the floor', () => {
    const target = '100k: first paint ≤ 1.2 × the floor';
    expect(verdict(results([700, 1400, 790], [700, 600, 650]), target)).toBe(false); // 790 > 780
    expect(verdict(results([700, 1400, 780], [700, 600, 650]), target)).toBe(true);
  });

  it('judges 100k filtering against the plain DataView page filtering 1,000, when that was measured', () => {
    const target = '100k: actor filter → settled p95 under the plain DataView page';
    const r = results([1000], [800]);
    expect(verdict(r, target)).toBeNull();
    expect(verdict({ ...r, plainFilter: interaction(120) }, target)).toBe(true); // 90 ms against 120
    expect(verdict({ ...r, plainFilter: interaction(80) }, target)).toBe(false);
  });

  it('meets a latency target only under its limit, and says "not measured" for what did not run', () => {
    const r = results([1000], [800]);
    expect(verdict(r, '100k: actor filter → timeline settled')).toBe(true);
    expect(verdict(r, '100k: keystroke → timeline settled')).toBe(false);
    expect(verdict(r, '1,000: keystroke → timeline settled p95 ≤ 33 ms')).toBe(false);
    expect(verdict(r, 'lanes')).toBeNull();
    expect(verdict(r, '1,000: pan/zoom frame p95 ≤ plain page')).toBe(true);
  });

  it('prints the plain page beside Sourceline and the ratio to the floor', () => {
    const text = formatTables(results([1000, 1200, 1100], [500, 550, 520]));
    expect(text).toContain('| 100,000 | 0.0 MB  | 1,100 ms (1000, 1200, 1100)');
    expect(text).toMatch(/\| 2\.12× +\|/); // 1,100 ÷ 520
    expect(text).toContain('Sourceline ÷ plain 1.22×'); // bundled 310 ÷ 255
  });

  it('interpolates percentiles between the closest ranks', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.95)).toBeCloseTo(59.05);
  });
});
