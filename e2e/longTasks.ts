/**
 * The main thread's long tasks (PerformanceObserver 'longtask': tasks over 50 ms), to check that
 * an action never blocks the page for long. Measure with CSS locators only: Playwright's role
 * queries run in the page and would count as the page's own work.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __longTasks: number[];
    __longTaskObserver: PerformanceObserver;
  }
}

/** Call before the page loads. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    });
    window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
  });
}

/** Forgets the long tasks so far: what follows is measured. */
export async function startMeasuring(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__longTaskObserver.takeRecords();
    window.__longTasks = [];
  });
}

/** The longest task since `startMeasuring`, in ms (0 if none was long), after the next frame has painted. */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            for (const entry of window.__longTaskObserver.takeRecords()) window.__longTasks.push(entry.duration);
            resolve(Math.max(0, ...window.__longTasks));
          }),
        );
      }),
  );
}

/**
 * The least, over up to `runs` tries, of the longest task while `action` runs (`prepare` runs
 * before each try, unmeasured). Work the page itself does recurs on every try; a stall because
 * the machine was busy with something else does not, so the least is the page's own.
 */
export async function leastLongestTask(
  page: Page,
  {
    prepare,
    action,
    runs = 3,
    enough,
  }: { prepare?: () => Promise<void>; action: () => Promise<void>; runs?: number; enough: number },
): Promise<number> {
  let least = Infinity;
  for (let run = 0; run < runs && least >= enough; run++) {
    await prepare?.();
    await startMeasuring(page);
    await action();
    least = Math.min(least, await longestTask(page));
  }
  return least;
}
