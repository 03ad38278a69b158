/**
 * The bench's results, the tables it prints, and the targets they are judged by: issue 23's (the
 * floor, the bundled page, filtering, a million columnar events), and the figures of issues 11 and
 * 14 that must not get worse (pan/zoom, heap, initial JavaScript, lanes), before and after.
 */
import type { Frames, Interaction } from './measure';
import { median as medianOf, round } from './stats';

/**
 * One page's loads: navigation → first paint of each fresh load, and the longest task before the
 * paint, wall clock and CPU time (the page's own work; see traceCpu.ts).
 */
export interface Loads {
  paints: number[];
  longestTaskMs: number;
  longestTaskCpuMs: number;
}

/** Sourceline's loads of one dataset, and the filtering, typing and panning in the last of them. */
export type SourcelineRun = Loads & {
  heapMB: number;
  filter: Interaction | null;
  search: Interaction | null;
  pan: Frames | null;
};

export interface SizeResult {
  events: number;
  bytes: number;
  sourceline: SourcelineRun | { error: string };
  /** The --before build, the same way (null: not asked for). */
  before: SourcelineRun | { error: string } | null;
  /** The plain page, drawn once (`paints` is empty when it did not paint within the cap). */
  plain: (Loads & { heapMB: number | null; pan: Frames | null }) | null;
  floor: Loads | null;
}

export interface Results {
  startedAt: string;
  command: string;
  machine: string;
  app: string;
  /** The build measured beside it (--before), if any. */
  before: { app: string; initialJs: InitialJs } | null;
  initialJs: InitialJs;
  bundled: { events: number; sourceline: Loads; before: Loads | null; plain: Loads } | null;
  sizes: SizeResult[];
  /** The plain page filtering 1,000 events with a vis-data DataView, clicked as Sourceline is. */
  plainFilter: Interaction | null;
  /** The columnar (Arrow) dataset: Sourceline, and the floor of reading its columns in a blank page. */
  columnar: {
    events: number;
    bytes: number;
    sourceline: SourcelineRun | { error: string };
    floor: Loads | null;
  } | null;
  /** The whole session's longest task: opening, two actor filter clicks, 2 s of pan/zoom. */
  lanes: (LanesRun & { before: LanesRun | null }) | null;
  /**
   * A conflict-event export in the ACLED layout (CSV), opened by link: imported in the loading
   * worker, then checked and indexed like any dataset (issue 26).
   */
  acled: (Loads & { rows: number; bytes: number; heapMB: number; pan: Frames | null }) | null;
  /** The machine's 1-minute load average after each part (its own Chromium counts for 1 to 4 of it here). */
  load: { part: string; load1: number }[];
  plainCapSeconds: number;
}

export type InitialJs = { raw: number; gzip: number; files: string[] };
type LanesRun = Loads & { sides: number; events: number; sessionLongestTaskMs: number; pan: Frames | null };
type Sourceline = SourcelineRun;
const median = (l: Loads | null | undefined) => (l ? medianOf(l.paints) : null);
const ms = (v: number | null | undefined) => (v == null ? '–' : `${Math.round(v).toLocaleString('en-US')} ms`);
const runs = (l: Loads | null | undefined) => (l ? `${ms(median(l))} (${l.paints.map(Math.round).join(', ')})` : '–');
const ratio = (a: number | null, b: number | null) => (a !== null && b ? `${round(a / b, 2)}×` : '–');
const pair = (s: { p50: number | null; p95: number | null } | undefined) => (s ? `${ms(s.p50)} / ${ms(s.p95)}` : '–');
const settled = (i: Interaction | null | undefined) =>
  `${pair(i?.settled)}${i?.unsettled ? ` (${i.unsettled} never settled)` : ''}`;
const frames = (f: Frames | null | undefined) =>
  f ? `${f.frames.p50} / ${f.frames.p95} / ${ms(f.frames.max)}, ${round(f.over20 * 100, 1)}% > 20 ms` : '–';
const cost = (i: Interaction | null | undefined) =>
  !i?.cost
    ? 'no frame over 50 ms'
    : `script ${i.cost.script} (forced layout ${i.cost.forced}), render ${ms(i.cost.render)} (${i.cost.withLongFrame} of ${i.count.n})`;
const run = (r: SourcelineRun | { error: string } | null | undefined): Sourceline | null =>
  r && !('error' in r) ? r : null;
const sl = (s: { sourceline: SourcelineRun | { error: string } } | null | undefined) => run(s?.sourceline);

/** A markdown table: each column is a header and how to fill its cell from a row. */
function table<T>(rows: T[], columns: [string, (row: T) => string][]): string {
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
  const width = columns.map(([h], i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(columns.map(([h]) => h)), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join(
    '\n',
  );
}

export function formatTables(r: Results): string {
  const n = (s: { events: number }) => s.events.toLocaleString('en-US');
  const plain = (s: SizeResult) =>
    !s.plain ? 'not run' : s.plain.paints.length ? ms(median(s.plain)) : `> ${r.plainCapSeconds} s (cap)`;
  const b = r.bundled;
  const loading = table(r.sizes, [
    ['Events', n],
    ['Dataset', (s) => `${(s.bytes / 1e6).toFixed(1)} MB`],
    ['Sourceline first paint (median; runs)', (s) => ('error' in s.sourceline ? 'FAILED' : runs(s.sourceline))],
    ['Longest task before it: wall / CPU', (s) => `${ms(sl(s)?.longestTaskMs)} / ${ms(sl(s)?.longestTaskCpuMs)}`],
    ['Plain vis-timeline', plain],
    ['Floor (fetch + parse)', (s) => runs(s.floor)],
    ['Sourceline ÷ floor', (s) => ratio(median(sl(s)), median(s.floor))],
    ['Heap: Sourceline / plain', (s) => `${sl(s)?.heapMB ?? '–'} / ${s.plain?.heapMB ?? '–'} MB`],
  ]);
  const lanes = r.lanes;
  const c = r.columnar;
  const col = run(c?.sourceline);
  return [
    'First painted timeline after navigation, and JS heap after load',
    loading,
    b &&
      `Bundled dataset (${b.events} events): Sourceline ${runs(b.sourceline)}, longest task before it ${ms(b.sourceline.longestTaskMs)} (CPU ${ms(b.sourceline.longestTaskCpuMs)}); plain page ${runs(b.plain)}; Sourceline ÷ plain ${ratio(median(b.sourceline), median(b.plain))}`,
    c &&
      `Columnar (Arrow), ${n(c)} events, ${(c.bytes / 1e6).toFixed(1)} MB: ${col ? `first paint ${runs(col)}, longest task before it ${ms(col.longestTaskMs)} (CPU ${ms(col.longestTaskCpuMs)}); floor (fetch + read the columns) ${runs(c.floor)}; Sourceline ÷ floor ${ratio(median(col), median(c.floor))}; heap ${col.heapMB} MB; filter → settled ${settled(col.filter)}; keystroke → settled ${settled(col.search)}; pan/zoom ${frames(col.pan)}` : `FAILED: ${(c.sourceline as { error: string }).error}`}`,
    'Interaction latency, p50 / p95 from the input to just after the frame that shows it',
    table(
      [
        ...r.sizes.map((s) => ({ label: n(s), filter: sl(s)?.filter, search: sl(s)?.search })),
        ...(r.plainFilter ? [{ label: 'plain DataView, 1,000', filter: r.plainFilter, search: undefined }] : []),
      ],
      [
        ['Events', (row) => row.label],
        ['Actor filter → count', (row) => `${pair(row.filter?.count)} (n=${row.filter?.count.n ?? 0})`],
        ['→ timeline settled', (row) => settled(row.filter)],
        ['Keystroke → count', (row) => `${pair(row.search?.count)} (n=${row.search?.count.n ?? 0})`],
        ['→ timeline settled', (row) => settled(row.search)],
      ],
    ),
    'Pan/zoom frames p50 / p95 / max, share over 20 ms; longest task while filtering / typing / panning',
    table(r.sizes, [
      ['Events', n],
      ['Sourceline', (s) => frames(sl(s)?.pan)],
      ['Plain vis-timeline', (s) => frames(s.plain?.pan)],
      [
        'Longest task: filter / typing / pan-zoom (plain pan-zoom)',
        (s) =>
          `${ms(sl(s)?.filter?.longestTaskMs)} / ${ms(sl(s)?.search?.longestTaskMs)} / ${ms(sl(s)?.pan?.longestTaskMs)} (${ms(s.plain?.pan?.longestTaskMs)})`,
      ],
    ]),
    "Where an interaction's time goes: medians over the inputs with a frame over 50 ms (of all timed)",
    table(r.sizes, [
      ['Events', n],
      ['Actor filter', (s) => cost(sl(s)?.filter)],
      ['Keystroke', (s) => cost(sl(s)?.search)],
    ]),
    r.acled &&
      `ACLED-layout CSV: ${r.acled.rows.toLocaleString('en-US')} rows, ${(r.acled.bytes / 1e6).toFixed(1)} MB: first paint ${runs(r.acled)}; longest task before it ${ms(r.acled.longestTaskMs)} (CPU ${ms(r.acled.longestTaskCpuMs)}); heap ${r.acled.heapMB} MB; pan/zoom ${frames(r.acled.pan)}`,
    lanes &&
      `Lanes: ${lanes.sides.toLocaleString('en-US')} sides, ${lanes.events.toLocaleString('en-US')} events: first paint ${runs(lanes)}; longest task opening, filtering and panning ${ms(lanes.sessionLongestTaskMs)}; pan/zoom ${frames(lanes.pan)}`,
    `Initial JavaScript: ${(r.initialJs.gzip / 1000).toFixed(1)} kB gzip, ${(r.initialJs.raw / 1000).toFixed(1)} kB raw (${r.initialJs.files.join(', ')})`,
    r.before && beforeAfter(r),
    `Load average (1 min) after each part: ${r.load.map((l) => `${l.part} ${l.load1.toFixed(1)}`).join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The --before build beside this one, figure by figure, with the plain page or the floor of the same run. */
function beforeAfter(r: Results): string {
  const rows: [string, string, string, string][] = [];
  const add = (figure: string, before: string, after: string, beside = '') =>
    rows.push([figure, before, after, beside]);
  const b = r.bundled;
  if (b) add('Bundled: first paint', ms(median(b.before)), ms(median(b.sourceline)), `plain ${ms(median(b.plain))}`);
  for (const s of r.sizes) {
    const [was, now] = [run(s.before), sl(s)];
    const k = n(s.events);
    add(`${k}: first paint`, ms(median(was)), ms(median(now)), `floor ${ms(median(s.floor))}`);
    add(`${k}: longest task before it (CPU)`, ms(was?.longestTaskCpuMs), ms(now?.longestTaskCpuMs));
    add(`${k}: heap after load`, mb(was?.heapMB), mb(now?.heapMB), `plain ${mb(s.plain?.heapMB)}`);
    add(`${k}: pan/zoom frames over 20 ms`, pct(was?.pan), pct(now?.pan), `plain ${pct(s.plain?.pan)}`);
    add(`${k}: longest task while panning`, ms(was?.pan?.longestTaskMs), ms(now?.pan?.longestTaskMs));
    add(`${k}: actor filter → settled p95`, ms(was?.filter?.settled.p95), ms(now?.filter?.settled.p95));
    add(`${k}: keystroke → settled p95`, ms(was?.search?.settled.p95), ms(now?.search?.settled.p95));
  }
  const l = r.lanes;
  if (l) add('Lanes: longest task in the session', ms(l.before?.sessionLongestTaskMs), ms(l.sessionLongestTaskMs));
  const kb = (js: InitialJs | undefined) => (js ? `${(js.gzip / 1000).toFixed(1)} kB` : '–');
  add('Initial JavaScript (gzip)', kb(r.before?.initialJs), kb(r.initialJs));
  return `Before (${r.before?.app}) and after (${r.app}), measured back to back in this run\n${table(rows, [
    ['Figure', (row) => row[0]],
    ['Before', (row) => row[1]],
    ['After', (row) => row[2]],
    ['Beside it, same run', (row) => row[3]],
  ])}`;
}

const n = (events: number) => events.toLocaleString('en-US');
const mb = (v: number | null | undefined) => (v == null ? '–' : `${v} MB`);
const pct = (f: Frames | null | undefined) => (f ? `${round(f.over20 * 100, 1)}%` : '–');

export interface Target {
  name: string;
  measured: string;
  met: boolean | null;
}

export function evaluateTargets(r: Results): Target[] {
  const at = (events: number) => r.sizes.find((s) => s.events === events);
  const targets: Target[] = [];
  const add = (name: string, value: number | null | undefined, limit: number | null | undefined, unit = ' ms') =>
    targets.push({
      name,
      measured:
        value == null
          ? 'not measured'
          : `${round(value, 1)}${unit}${limit == null ? '' : ` (limit ${round(limit, 1)}${unit})`}`,
      met: value == null || limit == null ? null : value <= limit,
    });
  const big = sl(at(100_000));
  const small = sl(at(1000));
  const times = (k: number, l: Loads | null | undefined) => (median(l) === null ? null : k * median(l)!);
  add('100k: first paint ≤ 1.2 × the floor (fetch + JSON.parse)', median(big), times(1.2, at(100_000)?.floor));
  // CPU time: on a shared machine a task's wall-clock length is mostly other processes' doing.
  add('100k: no main-thread task over 100 ms (CPU) while loading', big?.longestTaskCpuMs, 100);
  add(
    'bundled: first paint ≤ 1.25 × plain page drawing the same events',
    median(r.bundled?.sourceline),
    times(1.25, r.bundled?.plain),
  );
  add('1,000: actor filter → timeline settled p95 ≤ 33 ms', small?.filter?.settled.p95, 33);
  add('1,000: keystroke → timeline settled p95 ≤ 33 ms', small?.search?.settled.p95, 33);
  add('100k: actor filter → timeline settled p95 ≤ 100 ms', big?.filter?.settled.p95, 100);
  add('100k: keystroke → timeline settled p95 ≤ 100 ms', big?.search?.settled.p95, 100);
  add(
    '100k: actor filter → settled p95 under the plain DataView page filtering 1,000',
    big?.filter?.settled.p95,
    r.plainFilter?.settled.p95,
  );
  const c = r.columnar;
  const col = run(c?.sourceline);
  const k = c ? n(c.events) : 'columnar';
  add(`${k} columnar: first paint ≤ 1.5 × the floor (fetch + read the columns)`, median(col), times(1.5, c?.floor));
  add(`${k} columnar: JS heap after load < 300 MB`, col?.heapMB, 300, ' MB');
  add(`${k} columnar: pan/zoom frames over 20 ms ≤ 5%`, col?.pan && col.pan.over20 * 100, 5, '%');
  add(`${k} columnar: actor filter → timeline settled p95 ≤ 200 ms`, col?.filter?.settled.p95, 200);
  // Already met in round 2: must not get worse.
  for (const size of r.sizes) {
    const pan = sl(size)?.pan;
    const k = n(size.events);
    add(`${k}: pan/zoom frames over 20 ms ≤ 5%`, pan && pan.over20 * 100, 5, '%');
    add(`${k}: pan/zoom frame p95 ≤ plain page panning 1,000`, pan?.frames.p95, at(1000)?.plain?.pan?.frames.p95);
    add(`${k}: no task over 100 ms while panning`, pan?.longestTaskMs, 100);
  }
  add('100k: JS heap after load < 150 MB', big?.heapMB, 150, ' MB');
  add('Initial JavaScript < 250 kB gzip', r.initialJs.gzip / 1000, 250, ' kB');
  if (r.before)
    add('Initial JavaScript no larger than before', r.initialJs.gzip / 1000, r.before.initialJs.gzip / 1000, ' kB');
  add(
    `lanes (${r.lanes?.sides ?? '–'} sides): no task over 500 ms opening, filtering, panning`,
    r.lanes?.sessionLongestTaskMs,
    500,
  );
  // An ACLED export opens within the targets of the 100k dataset: no longer to paint, no long task, the heap, panning.
  const acled = r.acled;
  const rows = acled ? acled.rows.toLocaleString('en-US') : '–';
  add(`ACLED CSV (${rows} rows): first paint ≤ the 100k dataset's`, median(acled), median(big));
  add(
    `ACLED CSV (${rows} rows): no main-thread task over 200 ms (CPU) before first paint`,
    acled?.longestTaskCpuMs,
    200,
  );
  add(`ACLED CSV (${rows} rows): JS heap after load < 150 MB`, acled?.heapMB, 150, ' MB');
  add(`ACLED CSV (${rows} rows): pan/zoom frames over 20 ms ≤ 5%`, acled?.pan && acled.pan.over20 * 100, 5, '%');
  return targets;
}

export function formatTargets(targets: Target[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'MET' : 'NOT MET');
  return targets.map((t) => `  ${verdict(t.met).padEnd(12)} ${t.name}: ${t.measured}`).join('\n');
}
