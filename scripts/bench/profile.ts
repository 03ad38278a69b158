/**
 * Where the time goes: a Chrome trace (the same data as the DevTools Performance panel, with the
 * V8 CPU sampler on every thread, the dataset worker included) summarised per thread and per
 * window of page time. Samples are mapped back to original sources through the build's source
 * maps, so the summary names `src/engine/filter.ts` or the package (`react-dom`, `vis-timeline`,
 * `zod`) rather than minified names. The trace file itself opens in DevTools (Performance → Load).
 *
 * Tracing slows the page down a little, so traced runs are never used for the timings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './stats';

export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

// ---------------------------------------------------------------------------------------------
// Source maps (a minimal decoder: VLQ mappings → original source per generated position)

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

interface Segment {
  col: number;
  source: number;
  line: number;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];
  readonly sources: string[];

  constructor(map: { sources: string[]; mappings: string }) {
    this.sources = map.sources.map(normalizeSource);
    let source = 0;
    let line = 0;
    for (const text of map.mappings.split(';')) {
      const segments: Segment[] = [];
      let genCol = 0;
      for (const part of text.split(',')) {
        if (!part) continue;
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const ch of part) {
          const digit = B64.get(ch)!;
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        genCol += values[0]!;
        if (values.length >= 4) {
          source += values[1]!;
          line += values[2]!;
          segments.push({ col: genCol, source, line });
        }
      }
      this.lines.push(segments);
    }
  }

  /** The original source and (1-based) line at a 0-based generated position. */
  lookup(line: number, col: number): { source: string; line: number } | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0]!.col > col) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.col <= col) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo]!;
    return { source: this.sources[s.source] ?? '?', line: s.line + 1 };
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function normalizeSource(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm);
  const src = source.indexOf('src/');
  if (src >= 0) return source.slice(src);
  return source.replace(/^(\.\.\/)+/, '');
}

/** "node_modules/@scope/pkg/x.js" → "@scope/pkg"; "src/engine/filter.ts" stays. */
export function bucketOf(source: string): string {
  if (source.startsWith('node_modules/')) {
    const parts = source.slice('node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return source;
}

// ---------------------------------------------------------------------------------------------
// Trace summary

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ThreadSummary {
  thread: string;
  /** Sampled time that was not idle, in the window (ms). */
  busyMs: number;
  /** Page time of the first and last busy sample in the window. */
  firstBusyMs: number;
  lastBusyMs: number;
  /** Busy time by package or app source file. */
  byBucket: { bucket: string; ms: number }[];
  /** Busy time by function (with its original source line). */
  byFunction: { fn: string; ms: number }[];
}

export interface WindowSummary {
  window: string;
  fromMs: number;
  toMs: number;
  threads: ThreadSummary[];
  /** Main-thread rendering work in the window (trace events, ms; layout may be forced from script). */
  rendering: { style: number; layout: number; paint: number; gc: number };
}

export interface Window {
  name: string;
  /** Page time (ms since navigation start). */
  from: number;
  to: number;
}

interface Profile {
  pid: number;
  tid: number;
  startTime: number;
  nodes: Map<number, CallFrame>;
  samples: number[];
  deltas: number[];
}

/**
 * Summarises `trace` over windows of page time. `markName` / `markStartMs` tie the trace's clock to
 * the page's (the mark's trace timestamp minus its page time is the navigation start).
 */
export function summarizeTrace(
  trace: Buffer,
  dist: string,
  markName: string,
  markStartMs: number,
  windows: Window[],
): WindowSummary[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mark = events.find((e) => e.name === markName && (e.cat ?? '').includes('user_timing'));
  if (!mark) throw new Error(`the trace has no "${markName}" mark`);
  const pid = mark.pid;
  const navStart = mark.ts - markStartMs * 1000;

  const threadNames = new Map<number, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid)
      threadNames.set(e.tid, e.args?.name ?? String(e.tid));

  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'P' || !e.id) continue;
    const key = `${e.pid}:${e.id}`;
    const data = (e.args?.data ?? {}) as {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; callFrame: CallFrame }[]; samples?: number[] };
      timeDeltas?: number[];
    };
    let profile = profiles.get(key);
    if (!profile) {
      profile = {
        pid: e.pid,
        tid: e.tid,
        startTime: data.startTime ?? e.ts,
        nodes: new Map(),
        samples: [],
        deltas: [],
      };
      profiles.set(key, profile);
    }
    // "Profile" is emitted on the sampled thread; its chunks come from V8's profiler thread.
    if (e.name === 'Profile') {
      profile.tid = e.tid;
      if (data.startTime !== undefined) profile.startTime = data.startTime;
    }
    if (e.name === 'ProfileChunk') {
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
      profile.samples.push(...(data.cpuProfile?.samples ?? []));
      profile.deltas.push(...(data.timeDeltas ?? []));
    }
  }

  const maps = new Map<string, SourceMap | null>();
  const sourceMapFor = (url: string): SourceMap | null => {
    if (maps.has(url)) return maps.get(url)!;
    let map: SourceMap | null = null;
    try {
      const path = join(dist, pathOf(url));
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
    return map;
  };
  const describe = new Map<string, { bucket: string; fn: string }>();
  const where = (frame: CallFrame): { bucket: string; fn: string } => {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    let d = describe.get(key);
    if (d) return d;
    if (!frame.url) {
      const name = frame.functionName || '(anonymous)';
      d = /^\(.*\)$/.test(name) ? { bucket: name, fn: name } : { bucket: '(native)', fn: `${name} (native)` };
    } else {
      const original = sourceMapFor(frame.url)?.lookup(frame.lineNumber, frame.columnNumber);
      const file = original
        ? original.source
        : frame.url.includes('/scripts/bench/')
          ? 'bench probe'
          : pathOf(frame.url);
      d = {
        bucket: original ? bucketOf(original.source) : file,
        fn: `${frame.functionName || '(anonymous)'} @ ${file}${original ? `:${original.line}` : ''}`,
      };
    }
    describe.set(key, d);
    return d;
  };

  return windows.map((w) => {
    const from = navStart + w.from * 1000;
    const to = navStart + w.to * 1000;
    const threads: ThreadSummary[] = [];
    const perThread = new Map<
      number,
      { busy: number; first: number; last: number; buckets: Map<string, number>; fns: Map<string, number> }
    >();
    for (const profile of profiles.values()) {
      let t = profile.startTime;
      const times: number[] = [];
      for (const delta of profile.deltas) times.push((t += delta));
      let acc = perThread.get(profile.tid);
      if (!acc)
        perThread.set(
          profile.tid,
          (acc = { busy: 0, first: Infinity, last: -Infinity, buckets: new Map(), fns: new Map() }),
        );
      for (let i = 0; i < profile.samples.length && i < times.length; i++) {
        const at = times[i]!;
        if (at < from || at > to) continue;
        const next = i + 1 < times.length ? times[i + 1]! : at;
        const dur = Math.min(Math.max(next - at, 0), 50_000) / 1000;
        const frame = profile.nodes.get(profile.samples[i]!);
        if (!frame || frame.functionName === '(idle)') continue;
        const d = where(frame);
        acc.busy += dur;
        if (frame.functionName !== '(program)') {
          acc.first = Math.min(acc.first, at);
          acc.last = Math.max(acc.last, at + dur * 1000);
        }
        acc.buckets.set(d.bucket, (acc.buckets.get(d.bucket) ?? 0) + dur);
        acc.fns.set(d.fn, (acc.fns.get(d.fn) ?? 0) + dur);
      }
    }
    for (const [tid, acc] of perThread) {
      if (acc.busy < 1) continue;
      const top = (m: Map<string, number>, n: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, ms]) => ({ k, ms: round(ms) }));
      threads.push({
        thread: threadNames.get(tid) ?? `thread ${tid}`,
        busyMs: round(acc.busy),
        firstBusyMs: round((acc.first - navStart) / 1000),
        lastBusyMs: round((acc.last - navStart) / 1000),
        byBucket: top(acc.buckets, 12).map(({ k, ms }) => ({ bucket: k, ms })),
        byFunction: top(acc.fns, 15).map(({ k, ms }) => ({ fn: k, ms })),
      });
    }
    threads.sort((a, b) =>
      a.thread === 'CrRendererMain' ? -1 : b.thread === 'CrRendererMain' ? 1 : b.busyMs - a.busyMs,
    );

    const mainTid = [...threadNames].find(([, name]) => name === 'CrRendererMain')?.[0];
    const rendering = { style: 0, layout: 0, paint: 0, gc: 0 };
    for (const e of events) {
      if (e.pid !== pid || e.tid !== mainTid || e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts > to)
        continue;
      if (e.name === 'UpdateLayoutTree') rendering.style += e.dur / 1000;
      else if (e.name === 'Layout') rendering.layout += e.dur / 1000;
      else if (e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize') rendering.paint += e.dur / 1000;
      else if (
        e.name === 'MajorGC' ||
        e.name === 'MinorGC' ||
        e.name === 'V8.GC_SCAVENGER' ||
        e.name === 'V8.GC_MARK_COMPACTOR'
      )
        rendering.gc += e.dur / 1000;
    }
    return {
      window: w.name,
      fromMs: round(w.from),
      toMs: round(w.to),
      threads,
      rendering: {
        style: round(rendering.style),
        layout: round(rendering.layout),
        paint: round(rendering.paint),
        gc: round(rendering.gc),
      },
    };
  });
}

export function formatProfile(summaries: WindowSummary[]): string {
  const out: string[] = [];
  for (const s of summaries) {
    out.push(`  ${s.window} (${s.fromMs}–${s.toMs} ms of page time):`);
    for (const t of s.threads) {
      out.push(
        `    ${t.thread}: ${t.busyMs} ms busy, from ${t.firstBusyMs} to ${t.lastBusyMs} ms; by source: ${t.byBucket
          .slice(0, 8)
          .map((b) => `${b.bucket} ${b.ms}`)
          .join(', ')}`,
      );
      out.push(
        `      top functions: ${t.byFunction
          .slice(0, 6)
          .map((f) => `${f.fn} ${f.ms}`)
          .join('; ')}`,
      );
    }
    const r = s.rendering;
    out.push(
      `    main-thread rendering: style ${r.style} ms, layout ${r.layout} ms, paint ${r.paint} ms, GC ${r.gc} ms`,
    );
  }
  return out.join('\n');
}
