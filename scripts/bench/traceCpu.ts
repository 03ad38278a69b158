/**
 * The CPU time of the longest task on a page's main thread, read from Chrome's trace: the thread
 * time (`tdur`) of each `RunTask` on a renderer's main thread (`CrRendererMain`).
 *
 * Why thread time: a task's wall-clock length (what PerformanceObserver 'longtask' reports) grows
 * with whatever else the machine runs (a 200 ms task took 800 ms at a load average of 25), while
 * its thread time is the page's own work. The benchmark and the end-to-end specs
 * (e2e/mainThreadCpu.ts) read it the same way.
 */

/** Enough for the tasks, the threads' names and the page's own performance marks; light to record. */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * The longest main-thread task's CPU time in `trace` (the bytes Browser.stopTracing returns), in
 * ms; with `beforeMark`, only the tasks that started before the first performance mark of that name.
 */
export function longestTaskCpuMs(trace: Buffer, beforeMark?: string): number {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
  );
  const mark = beforeMark === undefined ? undefined : events.find((e) => e.name === beforeMark);
  const until = mark?.ts ?? Infinity;
  let longest = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.ts >= until) continue;
    if (mainThreads.has(`${event.pid}/${event.tid}`)) longest = Math.max(longest, (event.tdur ?? 0) / 1000);
  }
  return longest;
}
