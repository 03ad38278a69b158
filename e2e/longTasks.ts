/**
 * How long an action blocks the page's main thread: the CPU time of its longest task, read from
 * Chrome's trace (see mainThreadCpu.ts; a wall-clock long task grows with the machine's load).
 * Measure with CSS locators only: Playwright's role queries run in the page and would count as the
 * page's own work.
 */
import type { Page } from '@playwright/test';
import { MainThreadCpu } from './mainThreadCpu';

/**
 * The least, over up to `runs` tries, of the longest task while `action` runs (`prepare` runs
 * before each try, unmeasured). Work the page itself does recurs on every try; a one-off stall
 * (a garbage collection that another part left behind) does not, so the least is the action's own.
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
  const cpu = new MainThreadCpu(page);
  let least = Infinity;
  try {
    for (let run = 0; run < runs && least >= enough; run++) {
      await prepare?.();
      await cpu.start();
      await action();
      least = Math.min(least, await cpu.stop());
    }
  } finally {
    await cpu.dispose();
  }
  return least;
}
