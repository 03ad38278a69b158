/** The benchmark's results: their shape, the targets they are judged against, and the printed tables. */
import type { FramesResult, Heap, LoadTiming, PhaseResult } from './measure';
import { median, round } from './stats';

export interface SourcelineResult {
  /** Navigation → sourceline:timeline-painted, one per fresh page load. */
  firstPaintRuns: number[];
  firstPaintMs: number | null;
  load: LoadTiming | null;
  searchReadyAfterPaintMs: number | null;
  heap: Heap | null;
  actorFilter: PhaseResult | null;
  search: PhaseResult | null;
  panZoom: FramesResult | null;
  /** Long tasks over phases (b)–(d) together. */
  interactionLongTasks: { count: number; maxMs: number | null } | null;
  error?: string;
}

export interface BaselineResult {
  status: 'painted' | 'over-cap' | 'skipped' | 'failed';
  capSeconds: number;
  firstPaintMs: number | null;
  marks: { name: string; start: number }[];
  heap: Heap | null;
  panZoom: FramesResult | null;
  note?: string;
}

export interface SizeResult {
  events: number;
  datasetBytes: number;
  actorsToggled: string[];
  searchWords: string[];
  sourceline: SourcelineResult;
  baseline: BaselineResult | null;
}

export interface InitialJs {
  files: { file: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
  css: { file: string; raw: number; gzip: number }[];
  /** JavaScript not loaded by index.html itself (lazy chunks, the worker). */
  other: { file: string; raw: number; gzip: number }[];
}

export interface BundledResult {
  runs: { firstPaintMs: number; loadEventEndMs: number | null; afterLoadMs: number | null }[];
  firstPaintMs: number | null;
  afterLoadMs: number | null;
  error?: string;
}

export interface Target {
  name: string;
  measured: string;
  goal: string;
  met: boolean | null;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  durationSeconds: number;
  command: string;
  machine: { cpu: string; cores: number; ramGB: number; os: string; node: string; chromium: string };
  app: { commit: string | null; dirty: boolean | null };
  options: Record<string, unknown>;
  initialJs: InitialJs | null;
  bundled: BundledResult | null;
  sizes: SizeResult[];
  targets: Target[];
  warnings: string[];
}

const fmt = (value: number | null | undefined, unit = 'ms', digits = 0): string =>
  value === null || value === undefined ? '–' : `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`.trim();

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function baselinePaint(b: BaselineResult | null): string {
  if (!b) return 'not run';
  if (b.status === 'painted') return fmt(b.firstPaintMs);
  if (b.status === 'over-cap') return `> ${b.capSeconds} s (cap)`;
  if (b.status === 'skipped') return 'skipped';
  return 'failed';
}

function ratio(baseline: BaselineResult | null, sourceline: number | null): string {
  if (!baseline || sourceline === null || sourceline <= 0) return '–';
  if (baseline.status === 'painted' && baseline.firstPaintMs !== null) return `${round(baseline.firstPaintMs / sourceline, 1)}×`;
  if (baseline.status === 'over-cap') return `> ${Math.floor((baseline.capSeconds * 1000) / sourceline)}×`;
  return '–';
}

function frameCell(f: FramesResult | null | undefined): string {
  if (!f) return '–';
  return `${fmt(f.frames.p50, '', 1)} / ${fmt(f.frames.p95, '', 1)} / ${fmt(f.frames.max, 'ms', 0)}`;
}

function phaseCell(p: PhaseResult | null | undefined): string {
  if (!p) return '–';
  return `${fmt(p.latency.p50, '', 0)} / ${fmt(p.latency.p95, 'ms', 0)} (n=${p.latency.n})`;
}

function longTaskCell(l: { count: number; maxMs: number | null } | null | undefined): string {
  if (!l) return '–';
  return l.count === 0 ? '0' : `${l.count}, max ${fmt(l.maxMs)}`;
}

/** One markdown table: rows are metrics, columns sizes × (Sourceline, baseline, ratio). */
export function formatTable(results: BenchResults): string {
  const sizes = results.sizes;
  const header = ['Metric', ...sizes.flatMap((s) => [`${s.events.toLocaleString('en-US')}: Sourceline`, 'plain vis-timeline', 'plain ÷ Sourceline'])];
  const rows: string[][] = [];
  const row = (metric: string, cells: (s: SizeResult) => [string, string, string]) => rows.push([metric, ...sizes.flatMap(cells)]);
  row('Dataset size', (s) => [`${(s.datasetBytes / 1e6).toFixed(1)} MB`, 'same file', '']);
  row('First painted timeline (nav → paint), median', (s) => [
    fmt(s.sourceline.firstPaintMs),
    baselinePaint(s.baseline),
    ratio(s.baseline, s.sourceline.firstPaintMs),
  ]);
  row('…of which dataset downloaded at', (s) => [fmt(s.sourceline.load?.datasetResponseEndMs), '', '']);
  row('Actor filter → paint, p50 / p95', (s) => [phaseCell(s.sourceline.actorFilter), 'n/a', '']);
  row('Search keystroke → paint, p50 / p95', (s) => [phaseCell(s.sourceline.search), 'n/a', '']);
  row('Pan/zoom frame p50 / p95 / max', (s) => [frameCell(s.sourceline.panZoom), frameCell(s.baseline?.panZoom), '']);
  row('Long tasks: filter', (s) => [longTaskCell(s.sourceline.actorFilter?.longTasks), '', '']);
  row('Long tasks: typing', (s) => [longTaskCell(s.sourceline.search?.longTasks), '', '']);
  row('Long tasks: pan/zoom', (s) => [longTaskCell(s.sourceline.panZoom?.longTasks), longTaskCell(s.baseline?.panZoom?.longTasks), '']);
  row('JS heap after load (after GC)', (s) => [fmt(s.sourceline.heap?.usedMB, 'MB', 1), fmt(s.baseline?.heap?.usedMB, 'MB', 1), '']);
  row('DOM elements after load', (s) => [fmt(s.sourceline.heap?.domNodes, ''), fmt(s.baseline?.heap?.domNodes, ''), '']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatExtras(results: BenchResults): string {
  const out: string[] = [];
  const js = results.initialJs;
  if (js) {
    out.push(`Initial JavaScript (entry chunks loaded by index.html): ${kb(js.raw)} raw, ${kb(js.gzip)} gzip`);
    for (const f of js.files) out.push(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
    for (const f of js.css) out.push(`  (css) ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
    for (const f of js.other) out.push(`  (loaded later) ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
  }
  const b = results.bundled;
  if (b) {
    if (b.error) out.push(`Bundled dataset: FAILED: ${b.error}`);
    else
      out.push(
        `Bundled dataset: first painted timeline ${fmt(b.firstPaintMs)} after navigation, ${fmt(b.afterLoadMs)} after the load event ` +
          `(median of ${b.runs.length}: ${b.runs.map((r) => `${r.firstPaintMs}/${r.afterLoadMs ?? '–'}`).join(', ')} ms)`,
      );
  }
  for (const s of results.sizes) {
    const sl = s.sourceline;
    if (sl.error) {
      out.push(`${s.events.toLocaleString('en-US')} events, Sourceline: FAILED: ${sl.error}`);
      continue;
    }
    const l = sl.load;
    out.push(
      `${s.events.toLocaleString('en-US')} events, Sourceline: first paint runs ${sl.firstPaintRuns.join(', ')} ms; ` +
        `dataset downloaded at ${fmt(l?.datasetResponseEndMs)}; load long tasks ${longTaskCell(l?.longTasks)} (total ${fmt(l?.longTasks.totalMs)}); ` +
        `search ready ${fmt(sl.searchReadyAfterPaintMs)} after paint`,
    );
    if (l?.loafScripts.length) {
      out.push(`  longest scripts before first paint: ${l.loafScripts.slice(0, 5).map((x) => `${x.fn || x.invoker} (${x.source.split('/').pop()}) ${x.durationMs} ms @${x.startMs}`).join('; ')}`);
    }
    for (const p of [sl.actorFilter, sl.search]) {
      if (p?.misses.length) out.push(`  missed: ${p.misses.slice(0, 3).join(' | ')}`);
      if (p?.notes.length) out.push(`  note: ${p.notes.slice(0, 3).join(' | ')}`);
    }
    if (sl.panZoom && (!sl.panZoom.moved || !sl.panZoom.zoomed)) {
      out.push(`  ! pan/zoom: the time axis ${sl.panZoom.moved ? '' : 'did NOT move when dragged'}${!sl.panZoom.moved && !sl.panZoom.zoomed ? ' and ' : ''}${sl.panZoom.zoomed ? '' : 'did NOT change on the wheel'}`);
    }
    const bl = s.baseline;
    if (bl) {
      const marks = bl.marks.filter((m) => m.name.startsWith('baseline:')).map((m) => `${m.name.slice(9)} ${m.start}`);
      out.push(`${s.events.toLocaleString('en-US')} events, plain vis-timeline: ${baselinePaint(bl)}${marks.length ? ` (marks: ${marks.join(', ')} ms)` : ''}${bl.note ? `; ${bl.note}` : ''}`);
    }
  }
  return out.join('\n');
}

export function formatTargets(targets: Target[]): string {
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'MET' : 'NOT MET');
  return targets.map((t) => `  ${mark(t.met).padEnd(12)} ${t.name}: ${t.measured} (target ${t.goal})`).join('\n');
}

export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const at = (n: number) => results.sizes.find((s) => s.events === n);
  const big = at(100_000);
  const ten = at(10_000);
  const one = at(1_000);
  const add = (name: string, goal: string, value: number | null | undefined, measured: string, met: (v: number) => boolean) =>
    targets.push({ name, goal, measured: value === null || value === undefined ? 'not measured' : measured, met: value === null || value === undefined ? null : met(value) });

  const fp = big?.sourceline.firstPaintMs;
  add('100k: first painted timeline after navigation', '≤ 1,500 ms', fp, fmt(fp), (v) => v <= 1500);
  const base1k = one?.baseline?.status === 'painted' ? one.baseline.firstPaintMs : null;
  targets.push({
    name: '100k: first paint no slower than the plain page draws 1,000',
    goal: `≤ plain 1k (${fmt(base1k)})`,
    measured: fp != null && base1k != null ? `${fmt(fp)} vs ${fmt(base1k)}` : 'not measured',
    met: fp != null && base1k != null ? fp <= base1k : null,
  });
  const af = big?.sourceline.actorFilter?.latency.p95;
  add('100k: actor filter → paint p95', '< 100 ms', af, fmt(af), (v) => v < 100);
  const sk = big?.sourceline.search?.latency.p95;
  add('100k: search keystroke → paint p95', '< 100 ms', sk, fmt(sk), (v) => v < 100);
  const pz = big?.sourceline.panZoom?.frames.p95;
  add('100k: pan/zoom frame p95', '< 33 ms', pz, fmt(pz, 'ms', 1), (v) => v < 33);
  const heap = big?.sourceline.heap?.usedMB;
  add('100k: JS heap after load', '< 300 MB', heap, fmt(heap, 'MB', 1), (v) => v < 300);
  const lt = big
    ? Math.max(big.sourceline.search?.longTasks.maxMs ?? 0, big.sourceline.panZoom?.longTasks.maxMs ?? 0)
    : null;
  const ltMeasured = big?.sourceline.search && big.sourceline.panZoom ? lt : null;
  add('100k: longest task while panning, zooming or typing', '≤ 200 ms', ltMeasured, ltMeasured === 0 ? 'no long task' : fmt(ltMeasured), (v) => v <= 200);
  const ltf = big?.sourceline.actorFilter?.longTasks.maxMs;
  if (big?.sourceline.actorFilter) {
    targets.push({ name: '100k: longest task while filtering (for information)', goal: '≤ 200 ms', measured: ltf ? fmt(ltf) : 'no long task', met: (ltf ?? 0) <= 200 });
  }
  const tenFp = ten?.sourceline.firstPaintMs;
  const tenBase = ten?.baseline;
  let tenRatio: number | null = null;
  let tenLowerBound = false;
  if (tenFp && tenBase?.status === 'painted' && tenBase.firstPaintMs) tenRatio = tenBase.firstPaintMs / tenFp;
  else if (tenFp && tenBase?.status === 'over-cap') {
    tenRatio = (tenBase.capSeconds * 1000) / tenFp;
    tenLowerBound = true;
  }
  targets.push({
    name: '10k: first paint vs the plain page',
    goal: '≥ 50× faster',
    measured: tenRatio === null ? 'not measured' : `${tenLowerBound ? '> ' : ''}${round(tenRatio, 1)}× (${ratio(tenBase ?? null, tenFp ?? null)})`,
    met: tenRatio === null ? null : tenRatio >= 50,
  });
  const afterLoad = results.bundled?.afterLoadMs;
  add('Bundled dataset: first paint after the load event', '< 300 ms', afterLoad, fmt(afterLoad), (v) => v < 300);
  const gz = results.initialJs?.gzip;
  add('Initial JavaScript, gzip', '< 250 kB', gz, gz === undefined ? '' : kb(gz), (v) => v < 250_000);
  return targets;
}

export { median };
