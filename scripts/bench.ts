/**
 * npm run bench [-- --quick] [--sizes 1000,10000,100000] [--dist DIR] [--out FILE] …  (--help)
 *
 * A benchmark, not a test: builds the app (or takes a build), generates synthetic datasets, serves
 * them with the build and a plain vis-timeline page, and measures both in Chromium: first paint,
 * heap, filter and keystroke latency, pan/zoom frames, long tasks; also "the floor" (fetching and
 * parsing the same file, nothing else), the bundled dataset on both pages, and a dataset with
 * thousands of lanes. Prints tables and the targets of docs/performance.md; writes JSON.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './chromium';
import { cpuSnapshot, othersPercent } from './bench/cpu';
import {
  heapMB,
  load,
  longest,
  panZoom,
  timeActorToggles,
  timeKeystrokes,
  waitForSearch,
  type Frames,
  type Tab,
} from './bench/measure';
import { evaluateTargets, formatTables, formatTargets, type Results, type SizeResult } from './bench/report';
import { datasetJson, generateDataset, SEARCH_CANDIDATES } from './synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    repeats: { type: 'string' },
    dist: { type: 'string' },
    out: { type: 'string', default: 'bench-results/latest.json' },
    'plain-cap': { type: 'string' },
    'no-plain': { type: 'boolean' },
    lanes: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(`npm run bench -- [options]
  --quick          smoke run: 1,000 events, one load, short phases, no lanes (under a minute)
  --sizes LIST     dataset sizes (default 1000,10000,100000)
  --repeats N      fresh loads per page for first-paint medians (default 3)
  --dist DIR       measure this build instead of building the checkout (e.g. an older commit's dist/)
  --out FILE       results JSON (default bench-results/latest.json)
  --plain-cap S    seconds the plain page may take to paint (default 120; larger sizes are skipped after)
  --no-plain       skip the plain vis-timeline page and the floor
  --lanes N        sides of the many-lanes dataset (default 2000; 0 skips it)
Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.`);
  process.exit(0);
}
const quick = Boolean(args.quick);
const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
const o = {
  sizes: (args.sizes ?? (quick ? '1000' : '1000,10000,100000')).split(',').map(Number),
  repeats: number(args.repeats, quick ? 1 : 3),
  toggles: quick ? 4 : 10,
  keystrokes: quick ? 6 : 16,
  panSeconds: quick ? 2 : 6,
  plainCap: number(args['plain-cap'], quick ? 20 : 120),
  lanes: number(args.lanes, quick ? 0 : 2000),
};
if ([...o.sizes, o.repeats, o.plainCap, o.lanes].some((v) => !Number.isInteger(v) || v < 0) || o.repeats < 1) {
  console.error('bench: --sizes, --repeats, --plain-cap and --lanes take whole numbers (see --help)');
  process.exit(2);
}

const temp = mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
const log = (line: string) => console.log(line);

function build(): string {
  if (args.dist) return resolve(args.dist);
  log('Building the app (vite build)…');
  const out = join(temp, 'dist');
  const run = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('vite build failed');
  return out;
}

/** The JavaScript index.html loads before anything else (entry and modulepreloads), gzipped at level 9. */
function initialJs(dist: string): Results['initialJs'] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const bytes = files.map((f) => readFileSync(join(dist, f)));
  return {
    files,
    raw: bytes.reduce((s, b) => s + b.length, 0),
    gzip: bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** The most frequent actor and one of middling frequency: the checkboxes the bench clicks. */
function actorsToToggle(dataset: ReturnType<typeof generateDataset>): string[] {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = dataset.actors.filter((a) => counts.has(a.id)).sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
  return [ranked[0]!.name, ranked[Math.floor(ranked.length / 2)]!.name];
}

async function closeTab(tab: Tab, browser: Browser): Promise<Browser> {
  const closed = await Promise.race([
    tab.context.close().then(() => true),
    new Promise((r) => setTimeout(r, 20_000, false)),
  ]);
  if (closed) return browser;
  log('  ! a page would not close: relaunching Chromium');
  await browser.close().catch(() => {});
  return launch();
}

const launch = () => chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });

async function main(): Promise<number> {
  const started = new Date();
  const dist = build();
  const data = join(temp, 'data');
  mkdirSync(data);
  log('Generating datasets…');
  const generated = new Map<number, string[]>();
  for (const size of o.sizes) {
    const dataset = generateDataset({ events: size, seed: 1 });
    writeFileSync(join(data, `events-${size}.json`), datasetJson(dataset));
    generated.set(size, actorsToToggle(dataset));
  }
  const lanesDataset = o.lanes ? generateDataset({ events: 2 * o.lanes, sides: o.lanes, seed: 1 }) : null;
  if (lanesDataset) writeFileSync(join(data, 'lanes.json'), datasetJson(lanesDataset));
  cpSync(join(ROOT, 'data/events.json'), join(data, 'bundled.json'));
  const bundledEvents = (JSON.parse(readFileSync(join(data, 'bundled.json'), 'utf8')) as { events: unknown[] }).events
    .length;

  const { serve } = await import('./bench/serve');
  const server = await serve({
    '/': dist,
    '/bench/': data,
    '/plain/': join(ROOT, 'scripts/bench'),
    '/vendor/vis-timeline/': join(ROOT, 'node_modules/vis-timeline'),
  });
  const at = (path: string) => `${server.origin}${path}`;
  let browser = await launch();
  const results: Results = {
    startedAt: started.toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: `${cpus()[0]?.model ?? '?'} × ${cpus().length}; Chromium ${browser.version()}; Node ${process.version}`,
    app: args.dist ?? spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    initialJs: initialJs(dist),
    bundled: null,
    sizes: [],
    lanes: null,
    otherCpu: [],
  };
  let cpu = cpuSnapshot();
  const part = (name: string) => {
    const now = cpuSnapshot();
    results.otherCpu.push({ part: name, percent: othersPercent(cpu, now) });
    cpu = now;
  };
  /** First paints of `url` over fresh loads; `measure` runs on the last load before it closes. */
  const loads = async (url: string, mark: string, timeoutMs: number, measure?: (tab: Tab) => Promise<void>) => {
    const paints: number[] = [];
    let longestTaskMs = 0;
    let marks: { name: string; start: number }[] = [];
    for (let i = 0; i < o.repeats; i++) {
      const tab = await load(browser, url, mark, timeoutMs);
      paints.push(tab.paintMs);
      longestTaskMs = Math.max(longestTaskMs, tab.longestTaskMs);
      marks = tab.marks;
      try {
        if (i === o.repeats - 1) await measure?.(tab);
      } finally {
        browser = await closeTab(tab, browser);
      }
    }
    return { paints, longestTaskMs, marks };
  };
  const PAINT = 'sourceline:timeline-painted';

  log('Bundled dataset…');
  const bundledSl = await loads(at('/'), PAINT, 60_000);
  const bundledPlain = await loads(at('/plain/plain.html?data=/bench/bundled.json'), 'plain:painted', 60_000);
  results.bundled = { events: bundledEvents, sourceline: bundledSl.paints, plain: bundledPlain.paints };
  part('bundled');

  let plainOverCap = false;
  for (const size of o.sizes) {
    log(`${size.toLocaleString('en-US')} events: Sourceline…`);
    const entry: SizeResult = {
      events: size,
      bytes: readFileSync(join(data, `events-${size}.json`)).length,
      sourceline: { error: 'not run' },
      plain: null,
      floor: null,
    };
    results.sizes.push(entry);
    try {
      const run = { heapMB: 0, filter: null, search: null, pan: null } as Omit<
        Extract<SizeResult['sourceline'], { loads: number[] }>,
        'loads' | 'longestLoadTaskMs' | 'marks'
      >;
      const { paints, longestTaskMs, marks } = await loads(
        at(`/?data=/bench/events-${size}.json`),
        PAINT,
        120_000,
        async (tab) => {
          run.heapMB = await heapMB(tab);
          await waitForSearch(tab, SEARCH_CANDIDATES[0]!, size);
          run.filter = await timeActorToggles(tab, generated.get(size)!, o.toggles);
          run.search = await timeKeystrokes(tab, [...SEARCH_CANDIDATES], o.keystrokes);
          run.pan = await panZoom(tab, o.panSeconds);
        },
      );
      entry.sourceline = { loads: paints, longestLoadTaskMs: longestTaskMs, marks, ...run };
    } catch (error) {
      entry.sourceline = { error: (error as Error).message };
      log(`  FAILED: ${(error as Error).message}`);
    }
    part(`${size} Sourceline`);
    if (args['no-plain']) continue;
    log('  floor, plain vis-timeline…');
    entry.floor = (
      await loads(at(`/plain/plain.html?floor=1&data=/bench/events-${size}.json`), 'floor:parsed', 120_000)
    ).paints;
    entry.plain = { loads: null, capSeconds: o.plainCap, heapMB: null, pan: null };
    if (!plainOverCap) {
      const tab = await load(
        browser,
        at(`/plain/plain.html?data=/bench/events-${size}.json`),
        'plain:painted',
        o.plainCap * 1000,
      ).catch(() => null);
      if (tab) {
        entry.plain = {
          ...entry.plain,
          loads: [tab.paintMs],
          heapMB: await heapMB(tab),
          pan: await panZoom(tab, o.panSeconds),
        };
        browser = await closeTab(tab, browser);
      } else {
        plainOverCap = true;
        await browser.close(); // its renderer may still be busy drawing
        browser = await launch();
      }
    }
    part(`${size} plain and floor`);
  }

  if (o.lanes) {
    log(`${o.lanes.toLocaleString('en-US')} lanes…`);
    try {
      const lanes = { sides: o.lanes, events: 2 * o.lanes, longestTaskMs: 0, pan: null as Frames | null };
      const { paints } = await loads(at('/?data=/bench/lanes.json'), PAINT, 120_000, async (tab) => {
        await timeActorToggles(tab, actorsToToggle(lanesDataset!), 2);
        lanes.pan = await panZoom(tab, 2);
        lanes.longestTaskMs = longest(await tab.page.evaluate('__bench.longTasks(0, __bench.now())'));
      });
      results.lanes = { ...lanes, loads: paints };
    } catch (error) {
      results.lanes = { error: (error as Error).message };
    }
    part('lanes');
  }
  await browser.close();
  await server.close();

  log(`\n${formatTables(results)}\n\nTargets:\n${formatTargets(evaluateTargets(results))}`);
  mkdirSync(dirname(resolve(args.out!)), { recursive: true });
  writeFileSync(resolve(args.out!), `${JSON.stringify(results, null, 1)}\n`);
  log(`\nResults written to ${args.out} (${Math.round((Date.now() - started.getTime()) / 1000)} s)`);
  return results.sizes.some((s) => 'error' in s.sourceline) ? 1 : 0;
}

const code = await main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  return 1;
});
rmSync(temp, { recursive: true, force: true });
process.exit(code);
