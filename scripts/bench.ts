/**
 * npm run bench [-- --sizes 1000,10000,100000 --out bench-results/latest.json] [--quick] …
 *
 * A benchmark, not a test: it builds the app, generates synthetic datasets of each size, serves
 * the build, the datasets and a plain vis-timeline baseline page from one static server, and
 * measures both pages in Chromium (playwright-core). It prints a table and writes the results as
 * JSON. See docs/performance.md for what is measured and how. `--help` lists the options.
 */
import { spawn, execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  closeSync,
  openSync,
  writeSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem, type as osType, release } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../src/dataset/vocabulary';
import { BrowserHost, sleep, TimeoutError, withTimeout } from './bench/browser';
import { cpuSnapshot, othersShare } from './bench/cpu';
import {
  loadAndWaitForMark,
  loadTiming,
  MARK_BASELINE,
  MARK_SOURCELINE,
  measureActorToggles,
  measureHeap,
  measurePanZoom,
  measureSearch,
  readCount,
  waitForSearchReady,
  describePage,
  pageNow,
  type LoadTiming,
} from './bench/measure';
import { actorsToToggle, searchPlan } from './bench/plan';
import {
  evaluateTargets,
  formatExtras,
  formatTable,
  formatTargets,
  type BaselineResult,
  type BenchResults,
  type BundledResult,
  type InitialJs,
  type SourcelineResult,
} from './bench/report';
import { summarizeTrace, TRACE_CATEGORIES, type Window } from './bench/profile';
import { median, round } from './bench/stats';
import { datasetJsonChunks, generateDataset, SEARCH_CANDIDATES } from './synthetic';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `usage: npm run bench [-- OPTIONS]

  --sizes LIST          dataset sizes (default 1000,10000,100000)
  --out FILE            results JSON (default bench-results/latest.json)
  --quick               smoke run: sizes 1000, 1 load, short phases, baseline cap 20 s (under a minute)
  --baseline-cap S      seconds the plain vis-timeline page may take to paint, per size (default 120)
  --baseline-all        run the baseline for every size, even after a smaller one exceeded the cap
  --no-baseline         skip the plain vis-timeline page
  --repeats N           fresh page loads per size for the first-paint median (default 3)
  --bundled-repeats N   page loads of the bundled dataset (default 5)
  --toggles N           actor checkbox clicks timed per size (default 10)
  --keystrokes N        search keystrokes timed per size, at least (default 16)
  --pan-seconds S       seconds of dragging and wheel-zooming per page (default 6)
  --load-timeout S      seconds Sourceline may take to paint before the run fails (default 90)
  --seed N              dataset seed (default 1)
  --skip-build          reuse the last build of this script (in the temp folder given by --build-dir)
  --build-dir DIR       where to build the app (default: a fresh temp folder)
  --wait-idle S         before measuring, wait up to S seconds until other processes use under
                        10% of the CPU (other work on the machine skews every timing)
  --keep                keep the temp folder (datasets, build) and print its path
  --profile             also record one Chrome trace per size (load, filter, typing, panning) and
                        summarise where the time goes; traces are saved beside --out

Chromium: CHROMIUM_PATH, else /usr/bin/chromium.`;

interface Options {
  sizes: number[];
  out: string;
  quick: boolean;
  baselineCap: number;
  baselineAll: boolean;
  baseline: boolean;
  repeats: number;
  bundledRepeats: number;
  toggles: number;
  keystrokes: number;
  panSeconds: number;
  loadTimeout: number;
  seed: number;
  skipBuild: boolean;
  buildDir: string | null;
  keep: boolean;
  profile: boolean;
  waitIdle: number;
}

function usage(message: string): never {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const o: Options = {
    sizes: quick ? [1000] : [1000, 10_000, 100_000],
    out: 'bench-results/latest.json',
    quick,
    baselineCap: quick ? 20 : 120,
    baselineAll: false,
    baseline: true,
    repeats: quick ? 1 : 3,
    bundledRepeats: quick ? 2 : 5,
    toggles: quick ? 4 : 10,
    keystrokes: quick ? 6 : 16,
    panSeconds: quick ? 2 : 6,
    loadTimeout: quick ? 30 : 90,
    seed: 1,
    skipBuild: false,
    buildDir: null,
    keep: false,
    profile: false,
    waitIdle: 0,
  };
  const number = (name: string, value: string | undefined, min: number, max: number, integer = true): number => {
    const n = Number(value?.replace(/_/g, ''));
    if (value === undefined || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      usage(`${name} needs a number from ${min} to ${max}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--':
      case '--quick':
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      case '--sizes': {
        const text = value();
        if (!text) usage('--sizes needs a list such as 1000,10000,100000');
        o.sizes = text.split(',').map((s) => number('--sizes', s.trim(), 1, 2_000_000));
        break;
      }
      case '--out':
        o.out = value() ?? usage('--out needs a file');
        break;
      case '--baseline-cap':
        o.baselineCap = number(flag, value(), 1, 3600);
        break;
      case '--baseline-all':
        o.baselineAll = true;
        break;
      case '--no-baseline':
        o.baseline = false;
        break;
      case '--repeats':
        o.repeats = number(flag, value(), 1, 50);
        break;
      case '--bundled-repeats':
        o.bundledRepeats = number(flag, value(), 0, 50);
        break;
      case '--toggles':
        o.toggles = number(flag, value(), 0, 200);
        break;
      case '--keystrokes':
        o.keystrokes = number(flag, value(), 0, 200);
        break;
      case '--pan-seconds':
        o.panSeconds = number(flag, value(), 0, 600, false);
        break;
      case '--load-timeout':
        o.loadTimeout = number(flag, value(), 1, 3600);
        break;
      case '--seed':
        o.seed = number(flag, value(), 0, 0xffffffff);
        break;
      case '--skip-build':
        o.skipBuild = true;
        break;
      case '--build-dir':
        o.buildDir = value() ?? usage('--build-dir needs a folder');
        break;
      case '--keep':
        o.keep = true;
        break;
      case '--wait-idle':
        o.waitIdle = number(flag, value(), 0, 3600);
        break;
      case '--profile':
        o.profile = true;
        break;
      default:
        usage(`unknown option "${arg}"`);
    }
  }
  if (o.skipBuild && !o.buildDir) usage('--skip-build needs --build-dir (the folder of an earlier build)');
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Build, initial JS, datasets

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolveRun();
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (exit ${code}):\n${output.trim().split('\n').slice(-30).join('\n')}`,
          ),
        );
    });
  });
}

function fileSizes(dir: string, file: string): { file: string; raw: number; gzip: number } {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The JavaScript that index.html itself loads (entry module and modulepreloads), and the rest. */
function measureInitialJs(dist: string): InitialJs {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const entry = new Set<string>();
  const css = new Set<string>();
  for (const tag of tags) {
    const src = tag.toLowerCase().startsWith('<script') ? attr(tag, 'src') : undefined;
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (src) entry.add(src);
    else if (href && (rel === 'modulepreload' || (rel === 'preload' && attr(tag, 'as') === 'script'))) entry.add(href);
    else if (href && rel === 'stylesheet') css.add(href);
  }
  const local = (url: string) => url.replace(/^\//, '').split(/[?#]/)[0]!;
  const files = [...entry].filter((u) => !/^[a-z]+:/i.test(u)).map((u) => fileSizes(dist, local(u)));
  const allJs: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(dist, dir))) {
      const path = dir ? `${dir}/${name}` : name;
      if (statSync(join(dist, path)).isDirectory()) walk(path);
      else if (/\.m?js$/.test(name)) allJs.push(path);
    }
  };
  walk('');
  const entryFiles = new Set(files.map((f) => f.file));
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    css: [...css].map((u) => fileSizes(dist, local(u))),
    other: allJs
      .filter((f) => !entryFiles.has(f))
      .map((f) => fileSizes(dist, f))
      .sort((a, b) => b.raw - a.raw),
  };
}

function writeDataset(dataset: Dataset, path: string): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of datasetJsonChunks(dataset)) {
      const buffer = Buffer.from(chunk, 'utf8');
      writeSync(fd, buffer);
      bytes += buffer.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function machine(chromium: string): BenchResults['machine'] {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    /* not Linux */
  }
  return {
    cpu,
    cores: cpus().length,
    ramGB: round(totalmem() / 2 ** 30, 1),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
  };
}

function gitState(): BenchResults['app'] {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

const log = (message: string) => console.log(message);

/** Share of the machine (percent) that other processes used over the next `ms`. */
async function othersPercent(ms: number): Promise<number | null> {
  const before = cpuSnapshot([process.pid]);
  await sleep(ms);
  const share = othersShare(before, cpuSnapshot([process.pid]));
  return share === null ? null : round(share * 100, 1);
}

/** Waits (up to `seconds`) until other processes use less than 10% of the machine over 5 s. */
async function waitForIdle(seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  let busy = await othersPercent(5_000);
  if (busy === null || busy < 10) return;
  log(`Waiting up to ${seconds} s for other processes to quieten down (they use ${busy}% of the CPU)…`);
  while (busy !== null && busy >= 10 && Date.now() < until) busy = await othersPercent(5_000);
  log(`  other processes now use ${busy}% of the CPU`);
}

async function measureBundled(
  host: BrowserHost,
  origin: string,
  repeats: number,
  timeoutMs: number,
): Promise<BundledResult> {
  const runs: BundledResult['runs'] = [];
  const timings: LoadTiming[] = [];
  for (let i = 0; i < repeats; i++) {
    const { tab, timing } = await loadAndWaitForMark(host, `${origin}/`, MARK_SOURCELINE, timeoutMs, null);
    try {
      await withTimeout(tab.page.waitForLoadState('load'), timeoutMs, 'the load event');
      const after = await loadTiming(tab.page, timing.firstPaintMs, null);
      const loadEnd = after.loadEventEndMs;
      timings.push(after);
      runs.push({
        firstPaintMs: timing.firstPaintMs,
        loadEventEndMs: loadEnd,
        afterLoadMs: loadEnd === null ? null : round(timing.firstPaintMs - loadEnd),
      });
    } finally {
      await host.close(tab);
    }
  }
  const firstPaintMs = median(runs.map((r) => r.firstPaintMs));
  // The run closest to the median, for its marks and long scripts.
  const typical = runs.reduce(
    (best, r, i) =>
      Math.abs(r.firstPaintMs - (firstPaintMs ?? 0)) < Math.abs(runs[best]!.firstPaintMs - (firstPaintMs ?? 0))
        ? i
        : best,
    0,
  );
  return {
    runs,
    firstPaintMs,
    afterLoadMs: median(runs.flatMap((r) => (r.afterLoadMs === null ? [] : [r.afterLoadMs]))),
    typical: timings[typical] ?? null,
  };
}

async function measureSourceline(
  host: BrowserHost,
  origin: string,
  size: number,
  dataPath: string,
  plan: { actors: { name: string }[]; keystrokes: ReturnType<typeof searchPlan> },
  o: Options,
): Promise<SourcelineResult> {
  const url = `${origin}/?data=${encodeURIComponent(dataPath)}`;
  const result: SourcelineResult = emptySourcelineResult();
  for (let i = 0; i < o.repeats; i++) {
    const { tab, timing } = await loadAndWaitForMark(host, url, MARK_SOURCELINE, o.loadTimeout * 1000, dataPath);
    result.firstPaintRuns.push(timing.firstPaintMs);
    log(
      `    load ${i + 1}/${o.repeats}: first painted timeline at ${timing.firstPaintMs} ms (dataset downloaded at ${timing.datasetResponseEndMs ?? '?'} ms)`,
    );
    const last = i === o.repeats - 1;
    if (!last) {
      await host.close(tab);
      continue;
    }
    result.load = timing;
    try {
      const count = await readCount(tab);
      if (!count)
        throw new Error(`the result count does not read "N of M events". The page: ${await describePage(tab)}`);
      if (count.total !== size) {
        throw new Error(
          `the page shows ${count.total} events where the dataset has ${size}: did ?data= load the right file? The page: ${await describePage(tab)}`,
        );
      }
      const probe = wordsOf(plan.keystrokes)[0];
      if (probe) {
        const readyAt = await waitForSearchReady(tab, probe, size, o.loadTimeout * 1000);
        result.searchReadyAfterPaintMs = round(readyAt - timing.firstPaintMs);
      }
      result.heap = await measureHeap(tab);
      log(
        `    heap ${result.heap.usedMB} MB after GC, ${result.heap.domNodes} DOM elements; search ready ${result.searchReadyAfterPaintMs} ms after paint`,
      );
      const pauseMs = 250;
      if (o.toggles > 0 && plan.actors.length > 0) {
        result.actorFilter = await measureActorToggles(tab, plan.actors, o.toggles, { timeoutMs: 10_000, pauseMs });
        log(
          `    actor filter → paint: p50 ${result.actorFilter.latency.p50} ms, p95 ${result.actorFilter.latency.p95} ms (${result.actorFilter.samples.join(', ')}); ` +
            `timeline settled p50 ${result.actorFilter.settled.p50} ms, p95 ${result.actorFilter.settled.p95} ms`,
        );
      }
      if (plan.keystrokes.length > 0) {
        result.search = await measureSearch(tab, plan.keystrokes, { timeoutMs: 5_000, pauseMs: 150 });
        log(
          `    search keystroke → paint: p50 ${result.search.latency.p50} ms, p95 ${result.search.latency.p95} ms (${result.search.samples.join(', ')}); ` +
            `timeline settled p50 ${result.search.settled.p50} ms, p95 ${result.search.settled.p95} ms`,
        );
      }
      if (o.panSeconds > 0) {
        result.panZoom = await measurePanZoom(tab, o.panSeconds);
        const f = result.panZoom.frames;
        log(
          `    pan/zoom frames: p50 ${f.p50} ms, p95 ${f.p95} ms, max ${f.max} ms over ${f.n} frames; long tasks ${result.panZoom.longTasks.count} (max ${result.panZoom.longTasks.maxMs ?? 0} ms)`,
        );
      }
      const phases = [result.actorFilter?.longTasks, result.search?.longTasks, result.panZoom?.longTasks].filter(
        (x) => x !== undefined,
      );
      result.interactionLongTasks = {
        count: phases.reduce((s, p) => s + p.count, 0),
        maxMs: phases.reduce<number | null>((m, p) => (p.maxMs === null ? m : Math.max(m ?? 0, p.maxMs)), null),
      };
    } finally {
      await host.close(tab);
    }
  }
  result.firstPaintMs = median(result.firstPaintRuns);
  return result;
}

async function measureBaseline(
  host: BrowserHost,
  origin: string,
  dataPath: string,
  o: Options,
): Promise<BaselineResult> {
  const url = `${origin}/baseline/baseline.html?data=${encodeURIComponent(dataPath)}`;
  const capMs = o.baselineCap * 1000;
  const result: BaselineResult = {
    status: 'failed',
    capSeconds: o.baselineCap,
    firstPaintMs: null,
    marks: [],
    heap: null,
    panZoom: null,
  };
  const tab = await host.open();
  try {
    await withTimeout(tab.page.goto(url, { waitUntil: 'commit', timeout: capMs }), capMs, `navigation to ${url}`);
    let painted: number;
    try {
      painted = await withTimeout(
        tab.page.evaluate(
          `window.__slBench.waitForMark(${JSON.stringify(MARK_BASELINE)}, ${capMs})`,
        ) as Promise<number>,
        capMs + 2_000,
        `the plain vis-timeline page to paint (cap ${o.baselineCap} s)`,
      );
    } catch (error) {
      if (error instanceof TimeoutError || /did not appear/.test((error as Error).message)) {
        result.status = 'over-cap';
        result.note = `no paint within the ${o.baselineCap} s cap`;
        // Which marks did it reach? (Only answers if the main thread is free.)
        result.marks = await withTimeout(
          tab.page.evaluate('window.__slBench.timing().marks') as Promise<BaselineResult['marks']>,
          3_000,
          'marks',
        ).catch(() => []);
        if (result.marks.length === 0) result.note += ' (its main thread was still busy)';
        return result;
      }
      throw error;
    }
    result.status = 'painted';
    result.firstPaintMs = round(painted);
    result.marks = ((await tab.page.evaluate('window.__slBench.timing().marks')) as BaselineResult['marks']).map(
      (m) => ({ name: m.name, start: round(m.start) }),
    );
    log(`    plain vis-timeline painted at ${result.firstPaintMs} ms`);
    result.heap = await measureHeap(tab);
    if (o.panSeconds > 0) {
      try {
        result.panZoom = await withTimeout(
          measurePanZoom(tab, o.panSeconds),
          Math.max(capMs, o.panSeconds * 1000 * 5),
          'the pan/zoom phase to finish',
        );
        log(
          `    plain pan/zoom frames: p50 ${result.panZoom.frames.p50} ms, p95 ${result.panZoom.frames.p95} ms, max ${result.panZoom.frames.max} ms`,
        );
      } catch (error) {
        result.note = `pan/zoom not measured: ${(error as Error).message}`;
      }
    }
    return result;
  } catch (error) {
    result.status = 'failed';
    result.note = `${(error as Error).message}. The page: ${await describePage(tab)}`;
    return result;
  } finally {
    await host.close(tab);
    if (result.status === 'over-cap') await sleep(1000);
  }
}

/** One traced session (load, a few toggles, a word, a short pan), summarised; see bench/profile.ts. */
async function profileSourceline(
  host: BrowserHost,
  origin: string,
  size: number,
  dataPath: string,
  plan: { actors: { name: string }[]; keystrokes: ReturnType<typeof searchPlan> },
  o: Options,
  dist: string,
): Promise<NonNullable<SourcelineResult['profile']>> {
  const url = `${origin}/?data=${encodeURIComponent(dataPath)}`;
  const tab = await host.open();
  const browser = host.current;
  let tracing = false;
  try {
    await browser.startTracing(tab.page, { categories: TRACE_CATEGORIES, screenshots: false });
    tracing = true;
    await withTimeout(tab.page.goto(url, { waitUntil: 'commit' }), o.loadTimeout * 1000, `navigation to ${url}`);
    const painted = await withTimeout(
      tab.page.evaluate(
        `window.__slBench.waitForMark(${JSON.stringify(MARK_SOURCELINE)}, ${o.loadTimeout * 1000})`,
      ) as Promise<number>,
      o.loadTimeout * 1000 + 5_000,
      `the mark ${MARK_SOURCELINE}`,
    );
    const windows: Window[] = [{ name: 'load: navigation → first painted timeline', from: 0, to: painted }];
    const probe = wordsOf(plan.keystrokes)[0];
    if (probe) {
      const readyAt = await waitForSearchReady(tab, probe, size, o.loadTimeout * 1000);
      windows.push({ name: 'after first paint → search index ready', from: painted, to: readyAt });
    }
    const phase = async (name: string, work: () => Promise<unknown>) => {
      const from = await pageNow(tab.page);
      await work();
      windows.push({ name, from, to: await pageNow(tab.page) });
    };
    if (plan.actors.length > 0) {
      await phase('actor filter: 4 toggles', () =>
        measureActorToggles(tab, plan.actors, 4, { timeoutMs: 10_000, pauseMs: 250 }),
      );
    }
    const firstWord = plan.keystrokes.slice(0, plan.keystrokes.findIndex((k) => k.key === 'Backspace') + 1);
    if (firstWord.length > 0)
      await phase(`search: typing "${wordsOf(firstWord)[0]}" and clearing it`, () =>
        measureSearch(tab, firstWord, { timeoutMs: 5_000, pauseMs: 150 }),
      );
    await phase('pan/zoom: 3 s', () => measurePanZoom(tab, 3));
    const trace = await browser.stopTracing();
    tracing = false;
    const outDir = dirname(resolve(o.out));
    mkdirSync(outDir, { recursive: true });
    const traceFile = join(outDir, `trace-sourceline-${size}.json.gz`);
    writeFileSync(traceFile, gzipSync(trace));
    return {
      traceFile: relative(process.cwd(), traceFile),
      windows: summarizeTrace(trace, dist, MARK_SOURCELINE, painted, windows),
    };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await host.close(tab);
  }
}

/** The words a search plan types (each ends with the Backspace that clears it). */
function wordsOf(keystrokes: ReturnType<typeof searchPlan>): string[] {
  const words: string[] = [];
  let previous = '';
  for (const k of keystrokes) {
    if (k.key === 'Backspace') words.push(previous);
    previous = k.text;
  }
  return words;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const warnings: string[] = [];
  const temp = o.buildDir ? resolve(o.buildDir) : mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
  const dist = join(temp, 'dist');
  const dataDir = join(temp, 'bench');
  mkdirSync(dataDir, { recursive: true });

  let host: BrowserHost | null = null;
  let server: Awaited<ReturnType<typeof import('./bench/server').startStaticServer>> | null = null;
  const cleanup = async () => {
    await host?.shutdown().catch(() => {});
    await server?.close().catch(() => {});
    if (!o.keep && !o.buildDir) rmSync(temp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    console.error('\nbench: interrupted');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    if (o.skipBuild) {
      if (!statSync(join(dist, 'index.html'), { throwIfNoEntry: false }))
        throw new Error(`--skip-build: there is no build in ${dist}`);
      log(`Using the build in ${relative(process.cwd(), dist) || dist}`);
    } else {
      log('Building the app (vite build)…');
      const t = Date.now();
      await run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], 300_000);
      log(`  built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    const initialJs = measureInitialJs(dist);

    log(`Generating datasets (seed ${o.seed})…`);
    const plans = new Map<
      number,
      {
        bytes: number;
        path: string;
        actors: ReturnType<typeof actorsToToggle>;
        keystrokes: ReturnType<typeof searchPlan>;
      }
    >();
    for (const size of o.sizes) {
      const t = Date.now();
      const dataset = generateDataset({ events: size, seed: o.seed });
      const file = `events-${size}.json`;
      const bytes = writeDataset(dataset, join(dataDir, file));
      plans.set(size, {
        bytes,
        path: `/bench/${file}`,
        actors: actorsToToggle(dataset),
        keystrokes: searchPlan(dataset, SEARCH_CANDIDATES, o.keystrokes),
      });
      log(`  ${file}: ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    const { startStaticServer } = await import('./bench/server');
    server = await startStaticServer([
      { prefix: '/', dir: dist, fallback: 'index.html' },
      { prefix: '/bench/', dir: dataDir },
      { prefix: '/baseline/', dir: join(ROOT, 'scripts/bench'), only: ['baseline.html', 'baseline.js'] },
      {
        prefix: '/vendor/vis-timeline/',
        dir: join(ROOT, 'node_modules/vis-timeline'),
        only: ['standalone/umd/vis-timeline-graph2d.min.js', 'styles/vis-timeline-graph2d.min.css'],
      },
    ]);
    log(`Serving on ${server.origin}`);

    const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    host = new BrowserHost(executable);
    await host.start();
    log(`Chromium ${host.version()} (${executable})`);

    const results: BenchResults = {
      version: 1,
      startedAt: new Date(started).toISOString(),
      durationSeconds: 0,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: machine(host.version()),
      app: gitState(),
      options: { ...o },
      initialJs,
      bundled: null,
      sizes: [],
      targets: [],
      otherCpu: [],
      warnings,
    };
    // Other processes' share of the CPU during each part (the machine may be shared).
    let cpuBefore = cpuSnapshot([process.pid]);
    let cpuPart: string | null = null;
    const enter = (part: string | null) => {
      const now = cpuSnapshot([process.pid]);
      const share = othersShare(cpuBefore, now);
      if (cpuPart !== null && share !== null) results.otherCpu.push({ part: cpuPart, percent: round(share * 100, 1) });
      cpuBefore = now;
      cpuPart = part;
    };
    if (results.app.dirty)
      warnings.push(
        'the app had uncommitted changes in src/ (or index.html, vite.config.ts, package.json) when measured',
      );

    if (o.waitIdle > 0) await waitForIdle(o.waitIdle);
    if (o.bundledRepeats > 0) {
      enter('bundled');
      log('Bundled dataset (/)…');
      try {
        results.bundled = await measureBundled(host, server.origin, o.bundledRepeats, o.loadTimeout * 1000);
        log(
          `  first paint ${results.bundled.firstPaintMs} ms after navigation, ${results.bundled.afterLoadMs} ms after load (medians)`,
        );
      } catch (error) {
        results.bundled = {
          runs: [],
          firstPaintMs: null,
          afterLoadMs: null,
          typical: null,
          error: (error as Error).message,
        };
        warnings.push(`bundled dataset: ${(error as Error).message}`);
        console.error(`  FAILED: ${(error as Error).message}`);
      }
    }

    let baselineExceeded: number | null = null;
    for (const size of o.sizes) {
      const plan = plans.get(size)!;
      log(`${size.toLocaleString('en-US')} events`);
      log('  Sourceline…');
      enter(`${size} Sourceline`);
      let sourceline: SourcelineResult;
      try {
        sourceline = await measureSourceline(
          host,
          server.origin,
          size,
          plan.path,
          { actors: plan.actors, keystrokes: plan.keystrokes },
          o,
        );
      } catch (error) {
        const message = (error as Error).message;
        console.error(`  FAILED: ${message}`);
        warnings.push(`Sourceline ${size}: ${message}`);
        sourceline = { ...emptySourcelineResult(), error: message };
      }
      if (o.profile && !sourceline.error) {
        log('  Sourceline, traced session (--profile)…');
        enter(`${size} traced session`);
        sourceline.profile = await profileSourceline(
          host,
          server.origin,
          size,
          plan.path,
          { actors: plan.actors, keystrokes: plan.keystrokes },
          o,
          dist,
        );
        if ('error' in sourceline.profile) warnings.push(`profile ${size}: ${sourceline.profile.error}`);
        else log(`    trace saved to ${sourceline.profile.traceFile}`);
      }
      for (const phase of [sourceline.actorFilter, sourceline.search]) {
        for (const miss of phase?.misses ?? []) warnings.push(`Sourceline ${size}: ${miss}`);
      }
      if (sourceline.panZoom && !sourceline.panZoom.moved)
        warnings.push(`Sourceline ${size}: dragging did not move the time axis`);
      if (sourceline.panZoom && !sourceline.panZoom.zoomed)
        warnings.push(`Sourceline ${size}: the wheel did not change the time axis`);

      let baseline: BaselineResult | null = null;
      if (o.baseline) {
        if (baselineExceeded !== null && !o.baselineAll) {
          baseline = {
            status: 'skipped',
            capSeconds: o.baselineCap,
            firstPaintMs: null,
            marks: [],
            heap: null,
            panZoom: null,
            note: `not run: ${baselineExceeded.toLocaleString('en-US')} events already exceeded the cap (use --baseline-all)`,
          };
          log(`  plain vis-timeline: skipped (${baselineExceeded} events already exceeded the ${o.baselineCap} s cap)`);
        } else {
          log(`  plain vis-timeline (cap ${o.baselineCap} s)…`);
          enter(`${size} baseline`);
          baseline = await measureBaseline(host, server.origin, plan.path, o);
          if (baseline.status === 'over-cap') {
            baselineExceeded = size;
            log(`    no paint within ${o.baselineCap} s`);
          } else if (baseline.status === 'failed') {
            warnings.push(`baseline ${size}: ${baseline.note}`);
            console.error(`    FAILED: ${baseline.note}`);
          }
        }
      }
      results.sizes.push({
        events: size,
        datasetBytes: plan.bytes,
        actorsToggled: plan.actors.map((a) => `${a.name} (${a.events})`),
        searchWords: wordsOf(plan.keystrokes),
        sourceline,
        baseline,
      });
    }
    if (host.restarts > 0)
      warnings.push(`Chromium was killed and relaunched ${host.restarts} time(s) after a page would not close`);
    const failures = [...new Set(server.failures)].filter((f) => !f.includes('/favicon.ico'));
    if (failures.length) warnings.push(`the server answered errors: ${failures.slice(0, 10).join(', ')}`);

    enter(null);
    const busy = results.otherCpu.filter((c) => c.percent >= 10 && !c.part.includes('traced'));
    if (busy.length) {
      warnings.push(
        `other processes used ≥ 10% of the CPU while measuring (${busy.map((c) => `${c.part} ${c.percent}%`).join(', ')}); those timings are likely inflated`,
      );
    }
    results.targets = evaluateTargets(results);
    results.durationSeconds = round((Date.now() - started) / 1000);

    log('');
    log(formatTable(results));
    log('');
    log(formatExtras(results));
    log('');
    log('Targets:');
    log(formatTargets(results.targets));
    if (warnings.length) {
      log('');
      log('Warnings:');
      for (const w of warnings) log(`  - ${w}`);
    }
    const out = resolve(o.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log('');
    log(`Results written to ${relative(process.cwd(), out) || out} (${results.durationSeconds} s)`);
    if (o.keep || o.buildDir) log(`Temp folder kept: ${temp}`);

    const failed = results.sizes.some((s) => s.sourceline.error) || results.bundled?.error;
    await cleanup();
    process.exit(failed ? 1 : 0);
  } catch (error) {
    console.error(`\nbench: ${(error as Error).message}`);
    await cleanup();
    process.exit(1);
  }
}

await main();

function emptySourcelineResult(): SourcelineResult {
  return {
    firstPaintRuns: [],
    firstPaintMs: null,
    load: null,
    searchReadyAfterPaintMs: null,
    heap: null,
    actorFilter: null,
    search: null,
    panZoom: null,
    interactionLongTasks: null,
  };
}
