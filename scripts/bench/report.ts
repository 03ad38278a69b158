/** The bench's results, the tables it prints and the targets of issue 11 (and 14, lanes) they are judged by. */
import type { Frames, Interaction } from './measure';
import { quantile, round } from './stats';

export interface SourcelineRun {
  /** Navigation → first painted timeline, one per fresh load. */
  loads: number[];
  longestLoadTaskMs: number;
  marks: { name: string; start: number }[];
  heapMB: number;
  filter: Interaction | null;
  search: Interaction | null;
  pan: Frames | null;
}

export interface PlainRun {
  /** Null when it did not paint within the cap. */
  loads: number[] | null;
  capSeconds: number;
  heapMB: number | null;
  pan: Frames | null;
}

export interface SizeResult {
  events: number;
  bytes: number;
  sourceline: SourcelineRun | { error: string };
  plain: PlainRun | null;
  floor: number[] | null;
}

export interface LanesResult {
  sides: number;
  events: number;
  loads: number[];
  /** The longest main-thread task of the whole session: opening, two actor filter clicks, 2 s of pan/zoom. */
  longestTaskMs: number;
  pan: Frames | null;
}

export interface Results {
  startedAt: string;
  command: string;
  machine: string;
  app: string;
  initialJs: { raw: number; gzip: number; files: string[] };
  bundled: { events: number; sourceline: number[]; plain: number[] } | null;
  sizes: SizeResult[];
  lanes: LanesResult | { error: string } | null;
  otherCpu: { part: string; percent: number | null }[];
}

const median = (values: readonly number[] | null | undefined) =>
  values?.length ? round(quantile(values, 0.5)!) : null;
const ms = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined ? '–' : `${v.toLocaleString('en-US', { maximumFractionDigits: digits })} ms`;
const times = (a: number | null, b: number | null) => (a !== null && b ? `${round(a / b, 1)}×` : '–');
const runs = (loads: number[]) => `${ms(median(loads))} (${loads.map(Math.round).join(', ')})`;
const ok = (s: SizeResult['sourceline']): s is SourcelineRun => !('error' in s);
const pair = (s: { p50: number | null; p95: number | null } | undefined) =>
  s ? `${s.p50 ?? '–'} / ${ms(s.p95)}` : '–';
const frames = (f: Frames | null | undefined) =>
  f ? `${f.frames.p50} / ${f.frames.p95} / ${ms(f.frames.max)}, ${round(f.over20 * 100, 1)}% > 20 ms` : '–';
const plainPaint = (p: PlainRun | null) =>
  !p ? 'not run' : p.loads ? ms(median(p.loads)) : `> ${p.capSeconds} s (cap)`;

function table(header: string[], rows: string[][]): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatTables(r: Results): string {
  const n = (s: SizeResult) => s.events.toLocaleString('en-US');
  const loading = r.sizes.map((s) => {
    const sl = ok(s.sourceline) ? s.sourceline : null;
    const paint = median(sl?.loads);
    return [
      n(s),
      `${(s.bytes / 1e6).toFixed(1)} MB`,
      sl ? runs(sl.loads) : 'FAILED',
      ms(sl?.longestLoadTaskMs),
      plainPaint(s.plain),
      s.floor ? runs(s.floor) : '–',
      times(paint, median(s.floor)),
      `${sl?.heapMB ?? '–'} / ${s.plain?.heapMB ?? '–'} MB`,
    ];
  });
  if (r.bundled) {
    const b = r.bundled;
    loading.push([
      `bundled (${b.events})`,
      '–',
      runs(b.sourceline),
      '–',
      runs(b.plain),
      '–',
      `${times(median(b.sourceline), median(b.plain))} plain`,
      '–',
    ]);
  }
  const interaction = r.sizes.map((s) => {
    const sl = ok(s.sourceline) ? s.sourceline : null;
    return [
      n(s),
      `${pair(sl?.filter?.count)} (n=${sl?.filter?.count.n ?? 0})`,
      pair(sl?.filter?.settled),
      `${pair(sl?.search?.count)} (n=${sl?.search?.count.n ?? 0})`,
      pair(sl?.search?.settled),
    ];
  });
  const pan = r.sizes.map((s) => {
    const sl = ok(s.sourceline) ? s.sourceline : null;
    return [
      n(s),
      frames(sl?.pan),
      frames(s.plain?.pan),
      `${ms(sl?.filter?.longestTaskMs)} / ${ms(sl?.search?.longestTaskMs)} / ${ms(sl?.pan?.longestTaskMs)} (plain ${ms(s.plain?.pan?.longestTaskMs)})`,
    ];
  });
  const cost = (i: Interaction | null | undefined) =>
    !i?.cost
      ? 'no frame over 50 ms'
      : `script ${i.cost.script} (forced layout ${i.cost.forced}), render ${ms(i.cost.render)} (${i.cost.withLongFrame} of ${i.count.n})`;
  const costs = r.sizes.map((s) => {
    const sl = ok(s.sourceline) ? s.sourceline : null;
    return [n(s), cost(sl?.filter), cost(sl?.search)];
  });
  const lanes =
    r.lanes &&
    ('error' in r.lanes
      ? `Lanes: FAILED: ${r.lanes.error}`
      : `Lanes: ${r.lanes.sides.toLocaleString('en-US')} sides, ${r.lanes.events.toLocaleString('en-US')} events: first paint ${runs(r.lanes.loads)}; ` +
        `longest task opening, filtering and panning ${ms(r.lanes.longestTaskMs)}; pan/zoom frames ${frames(r.lanes.pan)}`);
  return [
    'First painted timeline after navigation (median; runs), and JS heap after load',
    table(
      [
        'Events',
        'Dataset',
        'Sourceline',
        'Longest task before paint',
        'Plain vis-timeline',
        'Floor (fetch + parse)',
        'Sourceline ÷ floor',
        'Heap: Sourceline / plain',
      ],
      loading,
    ),
    'Interaction latency, p50 / p95 from the input to just after the frame that shows it',
    table(
      ['Events', 'Actor filter → count', '→ timeline settled', 'Keystroke → count', '→ timeline settled'],
      interaction,
    ),
    'Pan/zoom frames p50 / p95 / max and share over 20 ms; longest task while filtering / typing / panning',
    table(['Events', 'Sourceline', 'Plain vis-timeline', 'Longest task: filter / typing / pan-zoom'], pan),
    "Where an interaction's time goes: medians over the inputs with a frame over 50 ms (of all timed)",
    table(['Events', 'Actor filter', 'Keystroke'], costs),
    ...(lanes ? [lanes] : []),
    `Initial JavaScript: ${(r.initialJs.gzip / 1000).toFixed(1)} kB gzip (${(r.initialJs.raw / 1000).toFixed(1)} kB raw: ${r.initialJs.files.join(', ')})`,
    `Other processes' share of the CPU: ${r.otherCpu.map((c) => `${c.part} ${c.percent ?? '?'}%`).join(', ')}`,
  ].join('\n\n');
}

export interface Target {
  name: string;
  measured: string;
  met: boolean | null;
}

export function evaluateTargets(r: Results): Target[] {
  const at = (events: number) => r.sizes.find((s) => s.events === events);
  const sl = (events: number) => {
    const s = at(events)?.sourceline;
    return s && ok(s) ? s : null;
  };
  const targets: Target[] = [];
  const add = (
    name: string,
    value: number | null | undefined,
    limit: number | null | undefined,
    text: (v: number) => string = ms,
  ) =>
    targets.push({
      name,
      measured: value == null ? 'not measured' : `${text(value)}${limit == null ? '' : ` (limit ${text(limit)})`}`,
      met: value == null || limit == null ? null : value <= limit,
    });
  const big = sl(100_000);
  const paint = median(big?.loads);
  add('100k: first painted timeline ≤ 1.5 s after navigation', paint, 1500);
  add(
    '100k: first paint ≤ 1.5 × plain page drawing 1,000',
    paint,
    median(at(1000)?.plain?.loads) && 1.5 * median(at(1000)!.plain!.loads)!,
  );
  add('100k: first paint ≤ 1.5 × the floor', paint, median(at(100_000)?.floor) && 1.5 * median(at(100_000)!.floor)!);
  add('100k: no main-thread task over 200 ms before first paint', big?.longestLoadTaskMs, 200);
  const b = r.bundled;
  add(
    'bundled: first paint ≤ 1.5 × plain page drawing the same events',
    median(b?.sourceline),
    b && 1.5 * median(b.plain)!,
  );
  const plainP95 = at(1000)?.plain?.pan?.frames.p95;
  for (const size of r.sizes) {
    const pan = sl(size.events)?.pan;
    const k = size.events.toLocaleString('en-US');
    add(`${k}: pan/zoom frames over 20 ms ≤ 5%`, pan && pan.over20 * 100, 5, (v) => `${round(v, 1)}%`);
    add(`${k}: pan/zoom frame p95 ≤ plain page panning 1,000`, pan?.frames.p95, plainP95);
    add(`${k}: no task over 100 ms while panning`, pan?.longestTaskMs, 100);
  }
  add('100k: actor filter → timeline settled p95 < 100 ms', big?.filter?.settled.p95, 100);
  add('100k: search keystroke → timeline settled p95 < 100 ms', big?.search?.settled.p95, 100);
  add('100k: JS heap after load < 150 MB', big?.heapMB, 150, (v) => `${v} MB`);
  add('Initial JavaScript < 250 kB gzip', r.initialJs.gzip / 1000, 250, (v) => `${round(v, 1)} kB`);
  const lanes = r.lanes && !('error' in r.lanes) ? r.lanes : null;
  add(
    `lanes (${lanes?.sides ?? '?'} sides): no task over 500 ms opening, filtering, panning`,
    lanes?.longestTaskMs,
    500,
  );
  return targets;
}

export function formatTargets(targets: Target[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'MET' : 'NOT MET');
  return targets.map((t) => `  ${verdict(t.met).padEnd(12)} ${t.name}: ${t.measured}`).join('\n');
}
