/**
 * The measurements, one function per phase: real input through Playwright, timing in the page by
 * probe.js. Whatever is awaited has a timeout whose message says what never happened.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median, round, summarize, type Summary } from './stats';
import { longestTaskCpuMs, TRACE_CATEGORIES } from './traceCpu';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

export interface Tab {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

type Cost = { script: number; forced: number; render: number };
export interface Interaction {
  /** Input → just after the frame that showed the new count. */
  count: Summary;
  /** Input → just after the frame that showed the timeline's last change. */
  settled: Summary;
  longestTaskMs: number;
  /** Medians over the interactions with a long animation frame (over 50 ms): where the time went. */
  cost: (Cost & { withLongFrame: number }) | null;
  /** Inputs after which the timeline kept changing for 5 s (not in `settled`). */
  unsettled: number;
}

export interface Frames {
  frames: Summary;
  /** Share of frames longer than 20 ms (a missed vsync at 60 Hz). */
  over20: number;
  longestTaskMs: number;
  moved: boolean;
}

export const sleep = <T>(ms: number, value?: T) =>
  new Promise<T | undefined>((resolve) => setTimeout(resolve, ms, value));
const page$ = <T>(tab: Tab, expression: string) => tab.page.evaluate(expression) as Promise<T>;
/** The longest main-thread task (wall clock, PerformanceObserver) between two page times. */
export const longestTask = async (tab: Tab, from: number, to: number) =>
  round(await page$<number>(tab, `__bench.longestTask(${from}, ${to})`));

/**
 * Loads `url` in a fresh context and waits for the performance mark `mark`, under Chrome's tracing
 * (every page alike) for the CPU time of the tasks before the mark: the page's own work, whatever
 * else the machine runs (traceCpu.ts).
 */
export async function load(browser: Browser, url: string, mark: string, timeoutMs: number) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript({ path: PROBE });
  const tab: Tab = { context, page: await context.newPage(), errors: [] };
  tab.page.on('pageerror', (error) => tab.errors.push(error.message));
  let tracing = false;
  try {
    await browser.startTracing(tab.page, { categories: TRACE_CATEGORIES });
    tracing = true;
    await tab.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const painted = page$(tab, `__bench.waitForMark(${JSON.stringify(mark)})`);
    if ((await Promise.race([painted, sleep(timeoutMs, 'timeout')])) === 'timeout') throw new Error('timeout');
  } catch (error) {
    if (tracing) await browser.stopTracing().catch(() => {});
    const count = await page$<string | null>(tab, '__bench.countText()').catch(() => null);
    await Promise.race([tab.context.close().catch(() => {}), sleep(10_000)]);
    const seen = `${count === null ? 'no count shown' : `the page shows "${count}"`}${tab.errors.length ? `; errors: ${tab.errors.join(' | ')}` : ''}`;
    throw new Error(`${url}: no "${mark}" mark within ${timeoutMs / 1000} s (${seen})`, { cause: error });
  }
  const trace = await browser.stopTracing();
  const paintMs = (await page$<number>(tab, `__bench.mark(${JSON.stringify(mark)})`))!;
  const longestTaskMs = await longestTask(tab, 0, paintMs);
  return { ...tab, paintMs: round(paintMs), longestTaskMs, longestTaskCpuMs: round(longestTaskCpuMs(trace, mark)) };
}

export async function heapMB(tab: Tab): Promise<number> {
  const cdp = await tab.context.newCDPSession(tab.page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return round(usedSize / 2 ** 20);
}

/** The search index is built after the first paint: types `word` and waits until it applies, then clears it. */
export async function waitForSearch(tab: Tab, word: string, total: number): Promise<void> {
  const box = tab.page.getByRole('searchbox', { name: 'Search events' });
  const shown = async () =>
    Number((await page$<string>(tab, '__bench.countText()')).split(' of ')[0]!.replace(/\D/g, ''));
  const indexing = () => page$<boolean>(tab, `/Indexing/.test(document.querySelector('.sl-search')?.textContent)`);
  await box.fill(word);
  for (const started = Date.now(); (await shown()) >= total || (await indexing()); await sleep(100))
    if (Date.now() - started > 120_000) throw new Error(`searching for "${word}" never applied`);
  await box.fill('');
  while ((await shown()) !== total) await sleep(50);
}

/**
 * Times inputs with the probe; `act(i)` performs the i-th and returns false when there are no more.
 * An input after which the timeline still changes `patienceMs` later is counted as never settled.
 */
async function timeInputs(
  tab: Tab,
  type: 'click' | 'keydown',
  wanted: number,
  act: (i: number) => Promise<boolean>,
  patienceMs = 5000,
) {
  const timed: { input: number; countMs: number | null; settledMs: number | null }[] = [];
  let unsettled = 0;
  const t0 = await page$<number>(tab, '__bench.now()');
  for (let i = 0; timed.length < wanted; i++) {
    await page$(tab, `__bench.arm(${JSON.stringify(type)})`);
    if (!(await act(i))) break;
    const result = await page$<(typeof timed)[number]>(tab, `__bench.settle(300, ${patienceMs})`);
    if (result.settledMs === null) unsettled++;
    if (result.countMs !== null) timed.push(result); // the others had nothing to show
  }
  const longestTaskMs = await longestTask(tab, t0, await page$<number>(tab, '__bench.now()'));
  const costs: Cost[] = [];
  for (const t of timed) {
    const cost = await page$<Cost | null>(tab, `__bench.frameCost(${t.input}, ${t.input + (t.settledMs ?? 5000)})`);
    if (cost) costs.push(cost);
  }
  const medianOf = (key: keyof Cost) => median(costs.map((c) => c[key]))!;
  return {
    count: summarize(timed.map((t) => t.countMs!)),
    settled: summarize(timed.flatMap((t) => (t.settledMs === null ? [] : [t.settledMs]))),
    longestTaskMs,
    cost: costs.length
      ? {
          script: medianOf('script'),
          forced: medianOf('forced'),
          render: medianOf('render'),
          withLongFrame: costs.length,
        }
      : null,
    unsettled,
  } satisfies Interaction;
}

/**
 * Clicks actor checkboxes (alternately `names[0]` and `names[1]`, checking then unchecking). A page
 * that can hold its main thread for long (the plain page re-adding a thousand items) is given
 * `patienceMs` for each click and for its timeline to settle.
 */
export function timeActorToggles(tab: Tab, names: string[], toggles: number, patienceMs = 5000): Promise<Interaction> {
  const actors = tab.page.getByRole('group', { name: 'Actors' });
  return timeInputs(
    tab,
    'click',
    toggles,
    async (i) => {
      if (i >= toggles * 2) return false;
      const name = names[i % names.length]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await actors
        .getByRole('checkbox', { name: new RegExp(`^${name} [\\d,]+$`) })
        .click({ timeout: Math.max(30_000, patienceMs) });
      return true;
    },
    patienceMs,
  );
}

/** Types `words` one key at a time, clearing each word with select-all and Backspace. */
export function timeKeystrokes(tab: Tab, words: string[], wanted: number): Promise<Interaction> {
  const keys = words.flatMap((word) => [...word.split(''), 'Clear']);
  const box = tab.page.getByRole('searchbox', { name: 'Search events' });
  return timeInputs(tab, 'keydown', wanted, async (i) => {
    const key = keys[i];
    if (key === undefined) return false;
    if (i === 0) await box.focus();
    if (key === 'Clear') await box.selectText();
    await tab.page.keyboard.press(key === 'Clear' ? 'Backspace' : key);
    return true;
  });
}

/** Drags the time axis 360 px left and right and zooms with the wheel, alternately, recording every frame. */
export async function panZoom(tab: Tab, seconds: number): Promise<Frames> {
  const { page } = tab;
  const axis = await page.locator('.vis-panel.vis-top').first().boundingBox();
  if (!axis) throw new Error('no time axis (.vis-panel.vis-top) to drag');
  const [x, y] = [Math.round(axis.x + axis.width / 2), Math.round(axis.y + axis.height / 2)];
  const before = await page$<string>(tab, '__bench.axisText()');
  const t0 = await page$<number>(tab, '__bench.startFrames()');
  for (let round = 0, started = Date.now(); Date.now() - started < seconds * 1000; round++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 24; i++) {
      await page.mouse.move(x + ((round % 2 ? 360 : -360) * i) / 24, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, round % 2 ? 100 : -100);
      await page.waitForTimeout(60);
    }
  }
  const deltas = await page$<number[]>(tab, '__bench.stopFrames()');
  return {
    frames: summarize(deltas),
    over20: round(deltas.filter((d) => d > 20).length / Math.max(deltas.length, 1), 3),
    longestTaskMs: await longestTask(tab, t0, await page$<number>(tab, '__bench.now()')),
    moved: (await page$<string>(tab, '__bench.axisText()')) !== before,
  };
}
