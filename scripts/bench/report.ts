/** The benchmark's results: their shape, the targets they are judged against, and the printed tables. */
import type { FramesResult, Heap, LoadTiming, PhaseResult } from './measure';
import type { WindowSummary } from './profile';
import { formatProfile } from './profile';
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
  /** From a separate, traced session (--profile); never used for the timings. */
  profile?: { traceFile: string; windows: WindowSummary[] } | { error: string };
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
  /** Marks and long scripts of the run closest to the median. */
  typical: LoadTiming | null;
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
  /** Share of the CPU that other processes (not this benchmark or its Chromium) used in each part. */
  otherCpu: { part: string; percent: number }[];
  warnings: string[];
}

const fmt = (value: number | null | undefined, unit = 'ms', digits = 0): string =>
  value === null || value === undefined
    ? '–'
    : `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`.trim();

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
  if (baseline.status === 'painted' && baseline.firstPaintMs !== null)
    return `${round(baseline.firstPaintMs / sourceline, 1)}×`;
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

function markdown(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function breakdownCell(p: PhaseResult | null | undefined): string {
  const b = p?.breakdown;
  if (!p || !b) return '–';
  if (b.scriptMs === null) return `no frame over 50 ms (n=${p.latency.n})`;
  return (
    `script ${fmt(b.scriptMs, '', 0)} (forced layout ${fmt(b.forcedLayoutMs, '', 0)}), frame render ${fmt(b.renderMs, 'ms', 0)}` +
    ` (${b.framesOver50} of ${p.latency.n} had a frame over 50 ms)`
  );
}

function settledCell(p: PhaseResult | null | undefined): string {
  if (!p || p.settled.n === 0) return '–';
  return `${fmt(p.settled.p50, '', 0)} / ${fmt(p.settled.p95, 'ms', 0)}`;
}

/** The comparison tables (markdown): loading, then interaction, one row per size. */
export function formatTable(results: BenchResults): string {
  const sizes = results.sizes;
  const n = (s: SizeResult) => s.events.toLocaleString('en-US');
  const load = markdown(
    [
      'Events',
      'Dataset',
      'Sourceline first paint (median; runs)',
      'Plain vis-timeline first paint',
      'Plain ÷ Sourceline',
      'Sourceline heap',
      'Plain heap',
    ],
    sizes.map((s) => [
      n(s),
      `${(s.datasetBytes / 1e6).toFixed(1)} MB`,
      s.sourceline.error
        ? 'FAILED'
        : `${fmt(s.sourceline.firstPaintMs)} (${s.sourceline.firstPaintRuns.map((r) => Math.round(r)).join(', ')})`,
      baselinePaint(s.baseline),
      ratio(s.baseline, s.sourceline.firstPaintMs),
      fmt(s.sourceline.heap?.usedMB, 'MB', 1),
      fmt(s.baseline?.heap?.usedMB, 'MB', 1),
    ]),
  );
  const latency = markdown(
    [
      'Events',
      'Actor filter → count painted p50 / p95',
      '→ timeline settled p50 / p95',
      'Keystroke → count painted p50 / p95',
      '→ timeline settled p50 / p95',
    ],
    sizes.map((s) => [
      n(s),
      phaseCell(s.sourceline.actorFilter),
      settledCell(s.sourceline.actorFilter),
      phaseCell(s.sourceline.search),
      settledCell(s.sourceline.search),
    ]),
  );
  const frames = markdown(
    [
      'Events',
      'Pan/zoom frames p50 / p95 / max: Sourceline',
      'Plain vis-timeline',
      'Long tasks (count, max): filter / typing / pan-zoom',
    ],
    sizes.map((s) => [
      n(s),
      frameCell(s.sourceline.panZoom),
      s.baseline?.status === 'painted' ? frameCell(s.baseline.panZoom) : '–',
      [s.sourceline.actorFilter?.longTasks, s.sourceline.search?.longTasks, s.sourceline.panZoom?.longTasks]
        .map(longTaskCell)
        .join(' / ') + (s.baseline?.panZoom ? ` (plain pan-zoom: ${longTaskCell(s.baseline.panZoom.longTasks)})` : ''),
    ]),
  );
  const cost = markdown(
    ['Events', 'Actor filter: median cost per toggle', 'Keystroke: median cost per keystroke'],
    sizes.map((s) => [n(s), breakdownCell(s.sourceline.actorFilter), breakdownCell(s.sourceline.search)]),
  );
  return `${load}\n\n${latency}\n\n${frames}\n\nWhere an interaction's time goes (Long Animation Frames over 50 ms, input → settled):\n\n${cost}`;
}

export function formatExtras(results: BenchResults): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM; Chromium ${m.chromium}; Node ${m.node}`);
  if (results.otherCpu.length) {
    out.push(`CPU used by other processes: ${results.otherCpu.map((c) => `${c.part} ${c.percent}%`).join(', ')}`);
  }
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
    const t = b.typical;
    if (t) {
      const marks = t.marks.filter((m) => m.name.startsWith('sourceline:'));
      out.push(
        `  typical run: DOMContentLoaded ${fmt(t.domContentLoadedMs)}, load ${fmt(t.loadEventEndMs)}` +
          (marks.length
            ? `, ${marks.map((m) => `${m.name.slice('sourceline:'.length)} ${fmt(m.start)}`).join(', ')}`
            : '') +
          (t.loafScripts.length
            ? `; long scripts: ${t.loafScripts.map((x) => `${x.invoker.replace(/^https?:\/\/[^/]+/, '')} ${x.durationMs} ms at ${x.startMs}`).join('; ')}`
            : ''),
      );
    }
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
    const appMarks = (l?.marks ?? []).filter((m) => m.name.startsWith('sourceline:'));
    if (appMarks.length)
      out.push(
        `  app marks: ${appMarks.map((m) => `${m.name.slice('sourceline:'.length)} ${fmt(m.start)}`).join(', ')}`,
      );
    if (sl.panZoom) {
      out.push(
        `  pan/zoom: ${sl.panZoom.frames.n} frames in ${sl.panZoom.seconds} s, ${(sl.panZoom.missedShare * 100).toFixed(1)}% missed a vsync, ${sl.panZoom.slowFrames} over 50 ms` +
          (s.baseline?.panZoom
            ? ` (plain page: ${(s.baseline.panZoom.missedShare * 100).toFixed(1)}% missed, ${s.baseline.panZoom.slowFrames} over 50 ms)`
            : ''),
      );
    }
    if (l?.loafScripts.length) {
      out.push(
        `  longest main-thread scripts before first paint, in order: ${l.loafScripts
          .slice(0, 6)
          .map((x) => `${x.invoker}${x.fn ? ` [${x.fn}]` : ''} ${x.durationMs} ms at ${x.startMs}`)
          .join('; ')}`,
      );
    }
    for (const [label, p] of [
      ['actor filter', sl.actorFilter],
      ['search', sl.search],
    ] as const) {
      if (p?.breakdown.byInvoker.length) {
        out.push(
          `  ${label}: script time by invoker, all samples: ${p.breakdown.byInvoker.map((i) => `${i.invoker} ${fmt(i.ms)}`).join(', ')}`,
        );
      }
    }
    for (const p of [sl.actorFilter, sl.search]) {
      if (p?.misses.length) out.push(`  missed: ${p.misses.slice(0, 3).join(' | ')}`);
      if (p?.notes.length) out.push(`  note: ${p.notes.slice(0, 3).join(' | ')}`);
    }
    if (sl.panZoom && (!sl.panZoom.moved || !sl.panZoom.zoomed)) {
      out.push(
        `  ! pan/zoom: the time axis ${sl.panZoom.moved ? '' : 'did NOT move when dragged'}${!sl.panZoom.moved && !sl.panZoom.zoomed ? ' and ' : ''}${sl.panZoom.zoomed ? '' : 'did NOT change on the wheel'}`,
      );
    }
    if (sl.profile && 'error' in sl.profile) out.push(`  profile: FAILED: ${sl.profile.error}`);
    else if (sl.profile) out.push(`  profile (trace: ${sl.profile.traceFile}):\n${formatProfile(sl.profile.windows)}`);
    const bl = s.baseline;
    if (bl) {
      const marks = bl.marks.filter((m) => m.name.startsWith('baseline:')).map((m) => `${m.name.slice(9)} ${m.start}`);
      out.push(
        `${s.events.toLocaleString('en-US')} events, plain vis-timeline: ${baselinePaint(bl)}${marks.length ? ` (marks: ${marks.join(', ')} ms)` : ''}${bl.note ? `; ${bl.note}` : ''}`,
      );
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
  const add = (
    name: string,
    goal: string,
    value: number | null | undefined,
    measured: string,
    met: (v: number) => boolean,
  ) =>
    targets.push({
      name,
      goal,
      measured: value === null || value === undefined ? 'not measured' : measured,
      met: value === null || value === undefined ? null : met(value),
    });

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
  const afs = big?.sourceline.actorFilter?.settled.p95;
  if (big?.sourceline.actorFilter) {
    targets.push({
      name: '100k: actor filter → timeline settled p95 (for information)',
      goal: '< 100 ms',
      measured: afs == null ? 'never settled' : fmt(afs),
      met: afs == null ? false : afs < 100,
    });
  }
  const sk = big?.sourceline.search?.latency.p95;
  add('100k: search keystroke → paint p95', '< 100 ms', sk, fmt(sk), (v) => v < 100);
  const sks = big?.sourceline.search?.settled.p95;
  if (big?.sourceline.search) {
    targets.push({
      name: '100k: search keystroke → timeline settled p95 (for information)',
      goal: '< 100 ms',
      measured: sks == null ? 'never settled' : fmt(sks),
      met: sks == null ? false : sks < 100,
    });
  }
  const pz = big?.sourceline.panZoom?.frames.p95;
  add('100k: pan/zoom frame p95', '< 33 ms', pz, fmt(pz, 'ms', 1), (v) => v < 33);
  const heap = big?.sourceline.heap?.usedMB;
  add('100k: JS heap after load', '< 300 MB', heap, fmt(heap, 'MB', 1), (v) => v < 300);
  const lt = big
    ? Math.max(big.sourceline.search?.longTasks.maxMs ?? 0, big.sourceline.panZoom?.longTasks.maxMs ?? 0)
    : null;
  const ltMeasured = big?.sourceline.search && big.sourceline.panZoom ? lt : null;
  add(
    '100k: longest task while panning, zooming or typing',
    '≤ 200 ms',
    ltMeasured,
    ltMeasured === 0 ? 'no long task' : fmt(ltMeasured),
    (v) => v <= 200,
  );
  const ltf = big?.sourceline.actorFilter?.longTasks.maxMs;
  if (big?.sourceline.actorFilter) {
    targets.push({
      name: '100k: longest task while filtering (for information)',
      goal: '≤ 200 ms',
      measured: ltf ? fmt(ltf) : 'no long task',
      met: (ltf ?? 0) <= 200,
    });
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
    measured:
      tenRatio === null
        ? 'not measured'
        : `${tenLowerBound ? '> ' : ''}${round(tenRatio, 1)}× (plain ${baselinePaint(tenBase ?? null)} ÷ Sourceline ${fmt(tenFp)})`,
    met: tenRatio === null ? null : tenRatio >= 50,
  });
  const afterLoad = results.bundled?.afterLoadMs;
  add('Bundled dataset: first paint after the load event', '< 300 ms', afterLoad, fmt(afterLoad), (v) => v < 300);
  const gz = results.initialJs?.gzip;
  add('Initial JavaScript, gzip', '< 250 kB', gz, gz === undefined ? '' : kb(gz), (v) => v < 250_000);
  return targets;
}

export { median };
