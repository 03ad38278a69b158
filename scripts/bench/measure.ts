/**
 * The measurements, one function per phase. Timing is done in the page by probe.js; this side
 * drives real input through Playwright (CDP) and collects the numbers. Whatever is awaited has a
 * timeout whose message names what never happened.
 */
import type { Page } from 'playwright-core';
import { sleep, TimeoutError, withTimeout, type BrowserHost, type Tab } from './browser';
import type { Keystroke } from './plan';
import { median, quantile as quantileOf, round, summarize, type Summary } from './stats';

export interface LongTaskSummary {
  count: number;
  maxMs: number | null;
  totalMs: number;
}

/**
 * Where an interaction's time went, from the Long Animation Frames API (frames over 50 ms that
 * overlap the interaction): script time (and how much of it was forced style/layout), and the
 * frame's own rendering work (rAF callbacks, style, layout, paint). Medians over the samples.
 */
export interface Breakdown {
  scriptMs: number | null;
  forcedLayoutMs: number | null;
  renderMs: number | null;
  styleLayoutMs: number | null;
  /** Script time by what invoked it (event handlers, rAF, timers, messages), summed over all samples. */
  byInvoker: { invoker: string; ms: number }[];
  /** How many of the interactions had a frame over 50 ms at all (only those are broken down). */
  framesOver50: number;
}

export interface PhaseResult {
  /** Input → the frame after the result count changed (the defined measure). */
  latency: Summary;
  samples: number[];
  /** Input → the frame after the timeline region's last change: when the screen had caught up. */
  settled: Summary;
  settledSamples: number[];
  breakdown: Breakdown;
  /** Timed inputs whose effect never showed (with why). */
  misses: string[];
  longTasks: LongTaskSummary;
  notes: string[];
}

export interface FramesResult {
  frames: Summary;
  /** Frames longer than 50 ms. */
  slowFrames: number;
  /** Share of frames that missed at least one vsync (delta over 1.5 × the median). */
  missedShare: number;
  seconds: number;
  longTasks: LongTaskSummary;
  moved: boolean;
  zoomed: boolean;
}

export interface LoadTiming {
  /** Navigation start → the paint mark. */
  firstPaintMs: number;
  domContentLoadedMs: number | null;
  loadEventEndMs: number | null;
  /** When the dataset download finished (resource timing), if it was fetched. */
  datasetResponseEndMs: number | null;
  marks: { name: string; start: number }[];
  /** Main-thread long tasks from navigation to the paint mark. */
  longTasks: LongTaskSummary & { list: { start: number; duration: number }[] };
  /** Long animation frames before the paint, with the scripts that ran in them (for attribution). */
  loafScripts: { invoker: string; source: string; fn: string; durationMs: number; startMs: number }[];
}

export interface Heap {
  usedMB: number;
  totalMB: number;
  domNodes: number;
}

export const MARK_SOURCELINE = 'sourceline:timeline-painted';
export const MARK_BASELINE = 'baseline:timeline-painted';

function summarizeLongTasks(list: { start: number; duration: number }[]): LongTaskSummary {
  return {
    count: list.length,
    maxMs: list.length ? round(Math.max(...list.map((t) => t.duration))) : null,
    totalMs: round(list.reduce((sum, t) => sum + t.duration, 0)),
  };
}

/** "page.evaluate: Error: X\n    at check (…)" → "X". */
export function cleanError(error: unknown): Error {
  const message = (error as Error)?.message ?? String(error);
  return new Error(message.split('\n')[0]!.replace(/^page\.evaluate: (Error: )?/, ''), { cause: error });
}

async function evaluate<T>(page: Page, expression: string, ms: number, what: string): Promise<T> {
  try {
    return await withTimeout(page.evaluate(expression) as Promise<T>, ms, what);
  } catch (error) {
    throw error instanceof TimeoutError ? error : cleanError(error);
  }
}

export async function pageNow(page: Page): Promise<number> {
  return evaluate<number>(page, 'window.__slBench.now()', 30_000, 'the page to answer (its main thread is busy)');
}

/** What the page shows, for error messages: count, alerts, errors. */
export async function describePage(tab: Tab): Promise<string> {
  const parts: string[] = [];
  try {
    const info = await withTimeout(
      tab.page.evaluate(`({
        count: window.__slBench ? window.__slBench.countText() : null,
        alerts: Array.from(document.querySelectorAll('[role="alert"]'), (e) => e.textContent.trim()).filter(Boolean),
        status: Array.from(document.querySelectorAll('[role="status"]'), (e) => e.textContent.trim()).filter(Boolean).slice(0, 3),
        url: location.href,
      })`) as Promise<{ count: string | null; alerts: string[]; status: string[]; url: string }>,
      5_000,
      'the page to describe itself',
    );
    parts.push(`url ${info.url}`);
    parts.push(info.count === null ? 'no result count on the page' : `result count "${info.count}"`);
    if (info.alerts.length) parts.push(`alerts: ${info.alerts.map((a) => JSON.stringify(a.slice(0, 300))).join('; ')}`);
    if (info.status.length) parts.push(`status: ${info.status.map((a) => JSON.stringify(a.slice(0, 120))).join('; ')}`);
  } catch (error) {
    parts.push(`the page did not answer (${(error as Error).message})`);
  }
  if (tab.errors.length) parts.push(`errors: ${tab.errors.slice(0, 5).join(' | ')}`);
  return parts.join('; ');
}

/** Opens `url` in a fresh context and waits for `mark`; returns the tab and the load timing. */
export async function loadAndWaitForMark(
  host: BrowserHost,
  url: string,
  mark: string,
  timeoutMs: number,
  datasetPath: string | null,
): Promise<{ tab: Tab; timing: LoadTiming }> {
  const tab = await host.open();
  try {
    await withTimeout(
      tab.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }),
      timeoutMs,
      `navigation to ${url}`,
    );
    const firstPaint = await withTimeout(
      tab.page.evaluate(`window.__slBench.waitForMark(${JSON.stringify(mark)}, ${timeoutMs})`) as Promise<number>,
      timeoutMs + 5_000,
      `the performance mark "${mark}" (the main thread may be stuck)`,
    );
    const timing = await loadTiming(tab.page, firstPaint, datasetPath);
    return { tab, timing };
  } catch (error) {
    const message = cleanError(error).message;
    const described = await describePage(tab);
    await host.close(tab);
    throw new Error(`${url}: ${message}. The page: ${described}`, { cause: error });
  }
}

export async function loadTiming(page: Page, firstPaint: number, datasetPath: string | null): Promise<LoadTiming> {
  const raw = await evaluate<{
    domContentLoaded: number | null;
    loadEventEnd: number | null;
    resources: { name: string; responseEnd: number }[];
    marks: { name: string; start: number }[];
  }>(page, 'window.__slBench.timing()', 30_000, 'navigation timing');
  const longTasks = await evaluate<{ start: number; duration: number }[]>(
    page,
    `window.__slBench.longTasks(0, ${firstPaint})`,
    30_000,
    'long tasks',
  );
  const loafs = await evaluate<
    { scripts: { invoker: string; source: string; fn: string; duration: number; start: number }[] }[]
  >(page, `window.__slBench.loafs(0, ${firstPaint})`, 30_000, 'long animation frames');
  const dataset = datasetPath ? raw.resources.find((r) => r.name.split(/[?#]/)[0]!.endsWith(datasetPath)) : undefined;
  const scripts = loafs
    .flatMap((l) => l.scripts)
    .filter((s) => s.duration >= 20)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 8)
    .sort((a, b) => a.start - b.start)
    .map((s) => ({
      invoker: s.invoker,
      source: s.source.replace(/^https?:\/\/[^/]+/, ''),
      fn: s.fn,
      durationMs: round(s.duration),
      startMs: round(s.start),
    }));
  return {
    firstPaintMs: round(firstPaint),
    domContentLoadedMs: raw.domContentLoaded ? round(raw.domContentLoaded) : null,
    loadEventEndMs: raw.loadEventEnd ? round(raw.loadEventEnd) : null,
    datasetResponseEndMs: dataset ? round(dataset.responseEnd) : null,
    marks: raw.marks.map((m) => ({ name: m.name, start: round(m.start) })),
    longTasks: {
      ...summarizeLongTasks(longTasks),
      list: longTasks.map((t) => ({ start: round(t.start), duration: round(t.duration) })),
    },
    loafScripts: scripts,
  };
}

/** The count's "N of M events", as numbers. */
export async function readCount(tab: Tab): Promise<{ shown: number; total: number } | null> {
  const text = await evaluate<string | null>(tab.page, 'window.__slBench.countText()', 10_000, 'the result count');
  const match = text && /([\d,.\s]+)\s+of\s+([\d,.\s]+)\s+events?/i.exec(text.replace(/\u00a0/g, ' '));
  if (!match) return null;
  const number = (s: string) => Number(s.replace(/[^\d]/g, ''));
  return { shown: number(match[1]!), total: number(match[2]!) };
}

/**
 * Waits until search works. The search index is built in a worker after the first paint, and the
 * box only says "Indexing…" while a query is waiting for it, so: type `probe` (a word that
 * matches some but not all events), wait until the count drops below `total` and the box no longer
 * says it is indexing, then clear the box and wait for the count to return. Returns the page time
 * at which the query first applied.
 */
export async function waitForSearchReady(tab: Tab, probe: string, total: number, timeoutMs: number): Promise<number> {
  const box = tab.page.getByRole('searchbox', { name: 'Search events' });
  try {
    await box.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    throw new Error(`no visible searchbox named "Search events" within 15 s. The page: ${await describePage(tab)}`);
  }
  await box.fill(probe);
  const started = Date.now();
  let readyAt: number | null = null;
  while (readyAt === null) {
    const pending = await evaluate<boolean | null>(
      tab.page,
      'window.__slBench.searchPending()',
      30_000,
      'the search box state',
    );
    const count = await readCount(tab);
    if (pending === false && count && count.shown < total) readyAt = await pageNow(tab.page);
    else if (Date.now() - started > timeoutMs) {
      throw new Error(
        `searching for "${probe}" did not apply within ${timeoutMs / 1000} s (${pending ? 'the search box still says it is indexing' : `the count reads ${count ? `${count.shown} of ${count.total}` : 'nothing'}`})`,
      );
    } else await sleep(50);
  }
  await box.fill('');
  for (const waitStart = Date.now(); ;) {
    const count = await readCount(tab);
    if (count && count.shown === total) break;
    if (Date.now() - waitStart > timeoutMs)
      throw new Error('clearing the search box did not bring the count back to all events');
    await sleep(50);
  }
  return readyAt;
}

export async function measureHeap(tab: Tab): Promise<Heap> {
  const cdp = await tab.context.newCDPSession(tab.page);
  try {
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'a garbage collection');
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'a garbage collection');
    const usage = await withTimeout(cdp.send('Runtime.getHeapUsage'), 30_000, 'the heap usage');
    const domNodes = await evaluate<number>(
      tab.page,
      "document.getElementsByTagName('*').length",
      30_000,
      'the DOM size',
    );
    return { usedMB: round(usage.usedSize / 2 ** 20), totalMB: round(usage.totalSize / 2 ** 20), domNodes };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTaskSummary> {
  const list = await evaluate<{ start: number; duration: number }[]>(
    page,
    `window.__slBench.longTasks(${from}, ${to})`,
    30_000,
    'long tasks',
  );
  return summarizeLongTasks(list);
}

interface InputResult {
  latency: number;
  input: number;
  painted: number;
  /** When the timeline had caught up (null if it kept changing for 5 s). */
  settled: number | null;
  settleLatency: number | null;
  after: string;
  sawInput: boolean;
}

interface Loaf {
  start: number;
  duration: number;
  render: number;
  styleLayout: number;
  scripts: { duration: number; invoker: string; forcedLayout: number }[];
}

/** Accumulates LoAF breakdowns of several interactions. */
class BreakdownCollector {
  private readonly script: number[] = [];
  private readonly forced: number[] = [];
  private readonly render: number[] = [];
  private readonly styleLayout: number[] = [];
  private readonly invokers = new Map<string, number>();
  private withFrames = 0;

  async add(page: Page, from: number, to: number): Promise<void> {
    const frames = await evaluate<Loaf[]>(
      page,
      `window.__slBench.loafs(${from}, ${to})`,
      30_000,
      'long animation frames',
    );
    let script = 0;
    let forced = 0;
    let render = 0;
    let styleLayout = 0;
    if (frames.length === 0) return;
    this.withFrames++;
    for (const frame of frames) {
      render += frame.render;
      styleLayout += frame.styleLayout;
      for (const s of frame.scripts) {
        script += s.duration;
        forced += s.forcedLayout ?? 0;
        // "DIV.onclick", "Window.requestAnimationFrame", "TimerHandler:setTimeout" → its kind.
        const invoker = s.invoker.replace(/^https?:\/\/\S+/, 'script load').replace(/\[.*\]/, '');
        this.invokers.set(invoker, (this.invokers.get(invoker) ?? 0) + s.duration);
      }
    }
    this.script.push(script);
    this.forced.push(forced);
    this.render.push(render);
    this.styleLayout.push(styleLayout);
  }

  result(): Breakdown {
    if (this.withFrames === 0) {
      return {
        scriptMs: null,
        forcedLayoutMs: null,
        renderMs: null,
        styleLayoutMs: null,
        byInvoker: [],
        framesOver50: 0,
      };
    }
    return {
      framesOver50: this.withFrames,
      scriptMs: median(this.script),
      forcedLayoutMs: median(this.forced),
      renderMs: median(this.render),
      styleLayoutMs: median(this.styleLayout),
      byInvoker: [...this.invokers]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([invoker, ms]) => ({ invoker, ms: round(ms) })),
    };
  }
}

/** Arms the probe, performs `act`, and waits for the count to change and the next frame to be painted. */
async function timedInput(
  page: Page,
  eventType: 'click' | 'keydown',
  act: () => Promise<void>,
  timeoutMs: number,
): Promise<InputResult> {
  await evaluate(page, `window.__slBench.arm(${JSON.stringify(eventType)}, ${timeoutMs})`, 30_000, 'the probe to arm');
  await act();
  return evaluate<InputResult>(page, 'window.__slBench.result()', timeoutMs + 30_000, 'the result count to change');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** (b) Actor filter: click a checkbox, time to the next paint after the count changes. */
export async function measureActorToggles(
  tab: Tab,
  actors: { name: string }[],
  toggles: number,
  options: { timeoutMs: number; pauseMs: number },
): Promise<PhaseResult> {
  const { page } = tab;
  const fieldset = page.getByRole('group', { name: 'Actors', exact: true });
  const checkbox = (name: string) =>
    fieldset.getByRole('checkbox', { name: new RegExp(`^\\s*${escapeRegExp(name)}\\s+[\\d,.]+\\s*$`) });
  for (const actor of actors) {
    try {
      await checkbox(actor.name).waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      throw new Error(
        `no visible checkbox labelled "${actor.name} <count>" inside the fieldset with legend "Actors" within 15 s. The page: ${await describePage(tab)}`,
      );
    }
  }
  const samples: number[] = [];
  const misses: string[] = [];
  const notes: string[] = [];
  const settledSamples: number[] = [];
  const breakdown = new BreakdownCollector();
  const windows: [number, number][] = [];
  const t0 = await pageNow(page);
  for (let i = 0; i < toggles; i++) {
    const actor = actors[Math.floor(i / 2) % actors.length]!;
    const what = `${i % 2 === 0 ? 'checking' : 'unchecking'} "${actor.name}"`;
    try {
      const r = await timedInput(
        page,
        'click',
        () => checkbox(actor.name).click({ timeout: 10_000 }),
        options.timeoutMs,
      );
      if (!r.sawInput) notes.push(`${what}: the click event was not seen; timed from just before the click`);
      samples.push(r.latency);
      if (r.settleLatency !== null) settledSamples.push(r.settleLatency);
      else notes.push(`${what}: the timeline was still changing 5 s after the count`);
      windows.push([r.input, r.settled ?? r.painted]);
    } catch (error) {
      misses.push(`${what}: ${(error as Error).message}`);
      if (misses.length >= 3 && samples.length === 0) {
        throw new Error(
          `the actor filter never changed the result count: ${misses.join(' | ')}. The page: ${await describePage(tab)}`,
          {
            cause: error,
          },
        );
      }
    }
    await sleep(options.pauseMs);
  }
  const t1 = await pageNow(page);
  // Long-animation-frame entries arrive after their frame; by now they have.
  for (const [from, to] of windows) await breakdown.add(page, from, to);
  return {
    ...summarizeInteraction(samples, settledSamples),
    breakdown: breakdown.result(),
    misses,
    longTasks: await longTasksBetween(page, t0, t1),
    notes,
  };
}

/** (c) Search: type character by character; time each keystroke the count should change on. */
export async function measureSearch(
  tab: Tab,
  plan: Keystroke[],
  options: { timeoutMs: number; pauseMs: number },
): Promise<PhaseResult> {
  const { page } = tab;
  const box = page.getByRole('searchbox', { name: 'Search events' });
  try {
    await box.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    throw new Error(`no visible searchbox named "Search events" within 15 s. The page: ${await describePage(tab)}`);
  }
  await box.click();
  await box.fill('');
  await sleep(options.pauseMs);
  const samples: number[] = [];
  const misses: string[] = [];
  const notes: string[] = [];
  const settledSamples: number[] = [];
  const breakdown = new BreakdownCollector();
  const windows: [number, number][] = [];
  const t0 = await pageNow(page);
  for (const stroke of plan) {
    const press = async () => {
      if (stroke.key === 'Backspace') await page.keyboard.press('Backspace');
      else await page.keyboard.type(stroke.key);
    };
    if (stroke.key === 'Backspace') {
      await page.keyboard.press('ControlOrMeta+A');
      await sleep(50);
    }
    if (stroke.timed) {
      try {
        const r = await timedInput(page, 'keydown', press, options.timeoutMs);
        samples.push(r.latency);
        if (r.settleLatency !== null) settledSamples.push(r.settleLatency);
        else notes.push(`"${stroke.text}": the timeline was still changing 5 s after the count`);
        windows.push([r.input, r.settled ?? r.painted]);
        const count = /([\d,]+)\s+of/.exec(r.after)?.[1]?.replace(/,/g, '');
        if (count !== undefined && Number(count) !== stroke.expectedCount) {
          notes.push(`"${stroke.text}": the page counts ${count}, the bench's model of search ${stroke.expectedCount}`);
        }
      } catch (error) {
        misses.push(`typing "${stroke.text}": ${(error as Error).message}`);
      }
    } else {
      await press();
    }
    await sleep(options.pauseMs);
    if (stroke.key === 'Backspace' || stroke === plan[plan.length - 1]) {
      const value = await box.inputValue();
      if (value !== stroke.text)
        throw new Error(`the search box reads "${value}" where the bench typed "${stroke.text}"`);
    }
  }
  const t1 = await pageNow(page);
  const timed = plan.filter((s) => s.timed).length;
  if (timed > 0 && samples.length === 0) {
    throw new Error(
      `no keystroke in the search box ever changed the result count: ${misses.slice(0, 3).join(' | ')}. The page: ${await describePage(tab)}`,
    );
  }
  for (const [from, to] of windows) await breakdown.add(page, from, to);
  return {
    ...summarizeInteraction(samples, settledSamples),
    breakdown: breakdown.result(),
    misses,
    longTasks: await longTasksBetween(page, t0, t1),
    notes,
  };
}

/** (d) Pan by dragging and zoom with the wheel inside the timeline, recording frame times. */
export async function measurePanZoom(tab: Tab, seconds: number): Promise<FramesResult> {
  const { page } = tab;
  const region = page.getByRole('region', { name: 'Timeline' }).first();
  let box: { x: number; y: number; width: number; height: number } | null = null;
  try {
    await region.waitFor({ state: 'visible', timeout: 15_000 });
    box = await region.boundingBox();
  } catch {
    /* reported below */
  }
  if (!box || box.width < 200 || box.height < 100) {
    throw new Error(
      `no visible region named "Timeline" of a usable size (got ${JSON.stringify(box)}). The page: ${await describePage(tab)}`,
    );
  }
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + Math.min(box.height * 0.5, 300));
  await page.mouse.move(x, y);
  await sleep(200);
  const axisAt = () => evaluate<string>(page, 'window.__slBench.axisText()', 30_000, 'the time axis');
  const axis0 = await axisAt();
  let moved = false;
  let zoomed = false;

  const drag = async (dx: number, steps: number) => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x + (dx * i) / steps, y + (i % 2));
      await sleep(16);
    }
    await page.mouse.up();
  };
  const wheel = async (deltaY: number, notches: number) => {
    await page.mouse.move(x, y);
    for (let i = 0; i < notches; i++) {
      await page.mouse.wheel(0, deltaY);
      await sleep(60);
    }
  };

  const t0 = await evaluate<number>(page, 'window.__slBench.startFrames()', 30_000, 'the frame recorder');
  const started = Date.now();
  let round_ = 0;
  while (Date.now() - started < seconds * 1000) {
    await drag(round_ % 2 === 0 ? -360 : 360, 24);
    if (!moved) {
      await sleep(50);
      moved = (await axisAt()) !== axis0;
    }
    const before: string = zoomed ? '' : await axisAt();
    await wheel(round_ % 2 === 0 ? -100 : 100, 4);
    if (!zoomed) {
      await sleep(50);
      zoomed = (await axisAt()) !== before;
    }
    round_++;
  }
  const deltas = await evaluate<number[]>(page, 'window.__slBench.stopFrames()', 30_000, 'the frame recorder');
  const t1 = await pageNow(page);
  if (deltas.length < 5)
    throw new Error(
      `only ${deltas.length} animation frames were recorded in ${seconds} s of panning: the page is not producing frames`,
    );
  return {
    frames: summarize(deltas),
    slowFrames: deltas.filter((d) => d > 50).length,
    missedShare: round(deltas.filter((d) => d > 1.5 * (quantileOf(deltas, 0.5) ?? 16.7)).length / deltas.length, 3),
    seconds: round((t1 - t0) / 1000, 2),
    longTasks: await longTasksBetween(page, t0, t1),
    moved,
    zoomed,
  };
}

/** Latency and settled-time summaries of one kind of interaction, with the raw samples rounded. */
function summarizeInteraction(samples: number[], settledSamples: number[]) {
  return {
    latency: summarize(samples),
    samples: samples.map((s) => round(s)),
    settled: summarize(settledSamples),
    settledSamples: settledSamples.map((s) => round(s)),
  };
}
