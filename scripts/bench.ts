/**
 * npm run bench [-- --quick] [--sizes 1000,10000,100000] [--dist DIR] … (--help): a benchmark, not a
 * test. Builds the app (or takes a build), generates synthetic datasets, serves them with the build
 * and a plain vis-timeline page, and measures both in Chromium: first paint, heap, filter and
 * keystroke latency, pan/zoom frames, long tasks; also the floor (fetching and parsing the file,
 * nothing else), the bundled dataset on both pages, and a dataset of thousands of lanes. Prints the
 * tables and targets of docs/performance.md and writes the results as JSON.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './chromium';
import * as measure from './bench/measure';
import {
  evaluateTargets,
  formatTables,
  formatTargets,
  type Loads,
  type Results,
  type SourcelineRun,
} from './bench/report';
import { datasetToArrow } from '../src/io/columnar';
import { serve } from './bench/serve';
import { datasetJson, generateDataset, SEARCH_CANDIDATES } from './synthetic';
import { generateAcledCsv } from './acledSynthetic';

const HELP = `npm run bench -- [options]
  --quick          smoke run: 1,000 events, one load each, short phases, no lanes
  --sizes LIST     dataset sizes (default 1000,10000,100000)
  --repeats N      fresh loads per page for the first-paint medians (default 3)
  --dist DIR       measure this build instead of building the checkout (e.g. an older commit's dist/)
  --before DIR     also measure this build (e.g. main's dist/) in the same run, for a before/after table
  --columnar N     events of the columnar (Arrow) dataset (default 1000000; quick 20000; 0 skips it)
  --out FILE       results JSON (default bench-results/latest.json)
  --plain-cap S    seconds the plain page may take to paint (default 120; larger sizes are skipped after)
  --no-plain       skip the plain vis-timeline page and the floor
  --lanes N        sides of the many-lanes dataset (default 2000; 0 skips it)
  --acled N        rows of the ACLED-layout CSV opened by link (default 50000, quick 2000; 0 skips it)
Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.`;
const ROOT = resolve(import.meta.dirname, '..');
const PAINT = 'sourceline:timeline-painted';
const PLAIN_FILTER_EVENTS = 1000;
const [text, flag] = [{ type: 'string' }, { type: 'boolean' }] as const;
const { values: args } = parseArgs({
  options: {
    quick: flag,
    sizes: text,
    repeats: text,
    dist: text,
    before: text,
    columnar: text,
    out: text,
    'plain-cap': text,
    'no-plain': flag,
    lanes: text,
    acled: text,
    help: { ...flag, short: 'h' },
  },
});
const out = resolve(args.out ?? 'bench-results/latest.json');
const quick = Boolean(args.quick);
const whole = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
const o = {
  sizes: (args.sizes ?? (quick ? '1000' : '1000,10000,100000')).split(',').map(Number),
  repeats: whole(args.repeats, quick ? 1 : 3),
  toggles: quick ? 4 : 10,
  keystrokes: quick ? 6 : 16,
  panSeconds: quick ? 2 : 6,
  plainCap: whole(args['plain-cap'], quick ? 20 : 120),
  lanes: whole(args.lanes, quick ? 0 : 2000),
  columnar: whole(args.columnar, quick ? 20_000 : 1_000_000),
  acled: whole(args.acled, quick ? 2000 : 50_000),
};
if (
  args.help ||
  [...o.sizes, o.plainCap, o.lanes, o.columnar, o.acled, o.repeats - 1].some((v) => !Number.isInteger(v) || v < 0)
) {
  console.log(HELP);
  process.exit(args.help ? 0 : 2);
}
const log = (line: string) => console.log(line);
const launch = () => chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const relaunch = (browser: Browser) => browser.close().then(launch);

/** The JavaScript index.html loads first (entry and modulepreloads), gzipped at level 9. */
function initialJs(dist: string): Results['initialJs'] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pattern = /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g;
  const files = [...html.matchAll(pattern)].map((m) => m[1]!);
  const bytes = files.map((f) => readFileSync(join(dist, f)));
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
  return { files, raw: sum(bytes.map((b) => b.length)), gzip: sum(bytes.map((b) => gzipSync(b, { level: 9 }).length)) };
}

const noLoads = (): Loads => ({ paints: [], longestTaskMs: 0, longestTaskCpuMs: 0 });

/** The most frequent actor and one of middling frequency: the checkboxes the bench clicks. */
function actorsToToggle(dataset: ReturnType<typeof generateDataset>): string[] {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = dataset.actors.filter((a) => counts.has(a.id)).sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
  return [ranked[0]!.name, ranked[Math.floor(ranked.length / 2)]!.name];
}

async function main(temp: string): Promise<number> {
  const started = Date.now();
  const dist = resolve(args.dist ?? join(temp, 'dist'));
  if (!args.dist) {
    log('Building the app (vite build)…');
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  log('Generating datasets…');
  const data = join(temp, 'data');
  mkdirSync(data);
  const actors = new Map<number, string[]>();
  // The plain page's DataView filter is measured at 1,000 events, whatever the sizes.
  const jsonSizes = [...new Set([...o.sizes, ...(args['no-plain'] ? [] : [PLAIN_FILTER_EVENTS])])];
  for (const size of [...jsonSizes, ...(o.lanes ? [-o.lanes] : [])]) {
    const dataset = generateDataset(size > 0 ? { events: size } : { events: -2 * size, sides: -size });
    writeFileSync(join(data, size > 0 ? `events-${size}.json` : 'lanes.json'), datasetJson(dataset));
    actors.set(size, actorsToToggle(dataset));
  }
  if (o.columnar) {
    const dataset = generateDataset({ events: o.columnar });
    writeFileSync(join(data, `events-${o.columnar}.arrow`), datasetToArrow(dataset));
    actors.set(-o.columnar - 1, actorsToToggle(dataset));
  }
  if (o.acled) writeFileSync(join(data, 'acled.csv'), generateAcledCsv({ rows: o.acled, seed: 26 }));
  cpSync(join(ROOT, 'data/events.json'), join(data, 'bundled.json'));
  const before = args.before ? resolve(args.before) : null;
  const server = await serve({
    '/': dist,
    ...(before ? { '/before/': before } : {}),
    '/bench/': data,
    '/plain/': join(ROOT, 'scripts/bench'),
    '/vendor/vis-timeline/': join(ROOT, 'node_modules/vis-timeline'),
    '/vendor/apache-arrow/': join(ROOT, 'node_modules/apache-arrow'),
  });
  let browser: Browser = await launch();
  const results: Results = {
    startedAt: new Date(started).toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: `${cpus()[0]?.model ?? '?'} × ${cpus().length}; Chromium ${browser.version()}; Node ${process.version}`,
    app: args.dist ?? execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).trim(),
    before: before ? { app: args.before!, initialJs: initialJs(before) } : null,
    initialJs: initialJs(dist),
    bundled: null,
    sizes: [],
    plainFilter: null,
    columnar: null,
    lanes: null,
    acled: null,
    load: [],
    plainCapSeconds: o.plainCap,
  };
  const part = (name: string) => results.load.push({ part: name, load1: loadavg()[0]! });
  /** Fresh loads of `path` until its mark; `then` runs on the last load, before it closes. */
  const loads = async (
    path: string,
    mark: string,
    timeoutMs: number,
    repeats = o.repeats,
    then?: (tab: measure.Tab) => Promise<void>,
  ) => {
    const result = noLoads();
    for (let i = 0; i < repeats; i++) {
      const tab = await measure.load(browser, `${server.origin}${path}`, mark, timeoutMs);
      result.paints.push(tab.paintMs);
      result.longestTaskMs = Math.max(result.longestTaskMs, tab.longestTaskMs);
      result.longestTaskCpuMs = Math.max(result.longestTaskCpuMs, tab.longestTaskCpuMs);
      try {
        if (i === repeats - 1) await then?.(tab);
      } finally {
        const closed = await Promise.race([tab.context.close().then(() => true), measure.sleep(20_000, false)]);
        if (!closed) browser = await relaunch(browser); // a renderer still busy drawing
      }
    }
    return result;
  };
  /** The builds measured, each part back to back: this checkout's ('/'), then --before's. */
  const builds = ['/', ...(before ? ['/before/'] : [])];

  /**
   * Sourceline (at `root`) opening `file`, then filtering, typing (unless `typing` is false: the
   * million columnar events' search index takes minutes to build) and panning in the last load.
   */
  const sourceline = async (root: string, file: string, size: number, toggle: string[], typing = true) => {
    try {
      const run = { heapMB: 0, filter: null, search: null, pan: null } as Omit<SourcelineRun, keyof Loads>;
      const paints = await loads(`${root}?data=${file}`, PAINT, 180_000, o.repeats, async (tab) => {
        run.heapMB = await measure.heapMB(tab);
        if (typing) await measure.waitForSearch(tab, SEARCH_CANDIDATES[0]!, size);
        run.filter = await measure.timeActorToggles(tab, toggle, o.toggles);
        if (typing) run.search = await measure.timeKeystrokes(tab, [...SEARCH_CANDIDATES], o.keystrokes);
        run.pan = await measure.panZoom(tab, o.panSeconds);
      });
      return { ...paints, ...run };
    } catch (error) {
      log(`  FAILED (${root}): ${(error as Error).message}`);
      return { error: (error as Error).message };
    }
  };

  log('Bundled dataset…');
  const events = (JSON.parse(readFileSync(join(data, 'bundled.json'), 'utf8')) as { events: [] }).events.length;
  results.bundled = {
    events,
    sourceline: await loads('/', PAINT, 60_000),
    before: before ? await loads('/before/', PAINT, 60_000) : null,
    plain: await loads('/plain/plain.html?data=/bench/bundled.json', 'plain:painted', 60_000),
  };
  part('bundled');

  let plainOverCap = false;
  for (const size of o.sizes) {
    log(`${size.toLocaleString('en-US')} events…`);
    const file = `/bench/events-${size}.json`;
    const entry: Results['sizes'][number] = {
      events: size,
      bytes: readFileSync(join(data, file.slice(7))).length,
      sourceline: { error: 'not run' },
      before: null,
      plain: null,
      floor: null,
    };
    results.sizes.push(entry);
    for (const root of builds) {
      const measured = await sourceline(root, file, size, actors.get(size)!);
      if (root === '/') entry.sourceline = measured;
      else entry.before = measured;
    }
    part(`${size} Sourceline`);
    if (args['no-plain']) continue;
    entry.floor = await loads(`/plain/floor.html?data=${file}`, 'floor:parsed', 120_000);
    const plain = (entry.plain = { ...noLoads(), heapMB: null as number | null, pan: null as measure.Frames | null });
    const painted = plainOverCap
      ? null
      : await loads(`/plain/plain.html?data=${file}`, 'plain:painted', o.plainCap * 1000, 1, async (tab) => {
          plain.heapMB = await measure.heapMB(tab);
          plain.pan = await measure.panZoom(tab, o.panSeconds);
        }).catch(() => null);
    if (painted) Object.assign(plain, painted);
    else if (!plainOverCap) [plainOverCap, browser] = [true, await relaunch(browser)];
    part(`${size} plain and floor`);
  }

  if (!args['no-plain']) {
    log(`Plain page filtering ${PLAIN_FILTER_EVENTS.toLocaleString('en-US')} events with a DataView…`);
    const file = `/bench/events-${PLAIN_FILTER_EVENTS}.json`;
    await loads(`/plain/plain.html?filter=1&data=${file}`, 'plain:painted', 60_000, 1, async (tab) => {
      results.plainFilter = await measure.timeActorToggles(tab, actors.get(PLAIN_FILTER_EVENTS)!, o.toggles, 120_000);
    }).catch((error: Error) => log(`  FAILED: ${error.message}`));
    part('plain filter');
  }

  if (o.columnar) {
    log(`${o.columnar.toLocaleString('en-US')} events, columnar (Arrow)…`);
    const file = `/bench/events-${o.columnar}.arrow`;
    results.columnar = {
      events: o.columnar,
      bytes: readFileSync(join(data, file.slice(7))).length,
      sourceline: await sourceline('/', file, o.columnar, actors.get(-o.columnar - 1)!, o.columnar <= 100_000),
      floor: args['no-plain'] ? null : await loads(`/plain/floor.html?data=${file}`, 'floor:parsed', 180_000),
    };
    part('columnar');
  }

  if (o.lanes) {
    log(`${o.lanes.toLocaleString('en-US')} lanes…`);
    const session = async (root: string) => {
      const lanes = {
        sides: o.lanes,
        events: 2 * o.lanes,
        sessionLongestTaskMs: 0,
        pan: null as measure.Frames | null,
      };
      const paints = await loads(`${root}?data=/bench/lanes.json`, PAINT, 120_000, 1, async (tab) => {
        await measure.timeActorToggles(tab, actors.get(-o.lanes)!, 2);
        lanes.pan = await measure.panZoom(tab, 2);
        lanes.sessionLongestTaskMs = await measure.longestTask(tab, 0, Infinity);
      });
      return { ...paints, ...lanes };
    };
    results.lanes = { ...(await session('/')), before: before ? await session('/before/') : null };
    part('lanes');
  }
  if (o.acled) {
    log(`ACLED-layout CSV, ${o.acled.toLocaleString('en-US')} rows…`);
    const acled = {
      rows: o.acled,
      bytes: readFileSync(join(data, 'acled.csv')).length,
      heapMB: 0,
      pan: null as measure.Frames | null,
    };
    const paints = await loads('/?data=/bench/acled.csv', PAINT, 120_000, o.repeats, async (tab) => {
      acled.heapMB = await measure.heapMB(tab);
      acled.pan = await measure.panZoom(tab, o.panSeconds);
    });
    results.acled = { ...paints, ...acled };
    part('acled');
  }
  await browser.close();
  await server.close();

  log(`\n${formatTables(results)}\n\nTargets:\n${formatTargets(evaluateTargets(results))}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
  log(`\nResults written to ${out} (${Math.round((Date.now() - started) / 1000)} s)`);
  const failed = (s: { sourceline: object } | null) => s !== null && 'error' in s.sourceline;
  return results.sizes.some(failed) || failed(results.columnar) ? 1 : 0;
}

const temp = mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
const code = await main(temp).catch((error: Error) => (console.error(`bench: ${error.message}`), 1));
rmSync(temp, { recursive: true, force: true });
process.exit(code);
