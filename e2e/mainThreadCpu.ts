/**
 * The CPU time of the longest task on the page's main thread, read from Chrome's own trace: the
 * thread time of each `RunTask` on a renderer's main thread (`tdur`; see scripts/bench/traceCpu.ts,
 * which the benchmark reads the same way).
 *
 * Why not PerformanceObserver 'longtask': it gives a task's wall-clock length, which on a shared
 * 2-core machine grows with whatever else runs (a 200 ms task took 800 ms with a load average of
 * 25), so a limit on it fails or passes with the machine, not with the page. The thread time is
 * the page's own work, and a task that freezes the page for its own reasons (a cubic regex, a
 * layout of a 1 MB paragraph) costs it in CPU time too.
 */
import type { Page } from '@playwright/test';
import { longestTaskCpuMs, TRACE_CATEGORIES } from '../scripts/bench/traceCpu';

export class MainThreadCpu {
  private tracing = false;

  constructor(private readonly page: Page) {}

  /** Starts measuring now (whatever was measured before is dropped). */
  async start(): Promise<void> {
    if (this.tracing) await this.stop();
    await this.browser().startTracing(this.page, { categories: TRACE_CATEGORIES });
    this.tracing = true;
  }

  /** Stops measuring: the longest main-thread task's CPU time since `start`, in ms. */
  async stop(): Promise<number> {
    // Let the frame after the last action run, so that its task is in the trace.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const buffer = await this.browser().stopTracing();
    this.tracing = false;
    return longestTaskCpuMs(buffer);
  }

  /** Stops a trace still running (a test that failed midway), so that the next test can start one. */
  async dispose(): Promise<void> {
    if (!this.tracing) return;
    this.tracing = false;
    await this.browser().stopTracing();
  }

  private browser() {
    const browser = this.page.context().browser();
    if (!browser) throw new Error('main-thread CPU is read from a trace, which needs a launched browser');
    return browser;
  }
}
