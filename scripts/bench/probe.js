/*
 * In-page instrumentation for scripts/bench.ts, added before the page's own scripts. Plain
 * JavaScript, so that nothing is transpiled into the page. Every time is the page's own
 * performance.now() (from navigation start): the latency between Node and Chromium is never measured.
 */
(() => {
  if (window.__bench) return;
  const longTasks = [];
  const frames = [];
  const observe = (type, record) =>
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  observe('longtask', (e) => longTasks.push({ start: e.startTime, duration: e.duration }));
  // Long animation frames: where an interaction's time went (script, of which forced layout; rendering).
  observe('long-animation-frame', (e) =>
    frames.push({
      start: e.startTime,
      duration: e.duration,
      script: e.scripts.reduce((sum, s) => sum + s.duration, 0),
      forced: e.scripts.reduce((sum, s) => sum + (s.forcedStyleAndLayoutDuration || 0), 0),
      render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
    }),
  );
  const overlapping = (list, from, to) => list.filter((e) => e.start + e.duration >= from && e.start <= to);
  const countText = () =>
    (document.querySelector('[data-testid="result-count"]') ?? document.getElementById('status'))?.textContent ?? null;
  /** Calls `each(time)` just after every frame is produced (a task queued from rAF) until it returns false. */
  const afterFrames = (each) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => each(performance.now()) && requestAnimationFrame(tick);
    const tick = () => channel.port2.postMessage(0);
    requestAnimationFrame(tick);
  };
  // What the timeline shows: its items and lanes, and anything of the app's own in its region; not
  // the time axis and panel sizes, which vis-timeline also redraws on its own 1 s resize timer.
  const isContent = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return Boolean(el && (el.closest('.vis-itemset, .vis-labelset') || !el.closest('.vis-timeline')));
  };

  let armed = null;
  let frameTimes = null;
  window.__bench = {
    now: () => performance.now(),
    mark: (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null,
    /** Resolves with the mark's time once it exists (Playwright's waitForFunction would need eval, which the CSP forbids). */
    waitForMark: (name) =>
      new Promise((resolve) => {
        const check = () =>
          window.__bench.mark(name) === null ? setTimeout(check, 20) : resolve(window.__bench.mark(name));
        check();
      }),
    longestTask: (from, to) => Math.max(0, ...overlapping(longTasks, from, to).map((t) => t.duration)),
    /** The long animation frames between two times, summed: where an interaction's time went (null: none). */
    frameCost(from, to) {
      const list = overlapping(frames, from, to);
      const sum = (key) => list.reduce((total, f) => total + f[key], 0);
      return list.length ? { script: sum('script'), forced: sum('forced'), render: sum('render') } : null;
    },
    countText,
    axisText: () => [...document.querySelectorAll('.vis-time-axis .vis-text')].map((e) => e.textContent).join('|'),

    /** Starts timing the next `type` input (click, keydown): when the count and the timeline change. */
    arm(type) {
      const region = document.querySelector('[role="region"][aria-label="Timeline"]');
      const state = { type, armedAt: performance.now(), before: countText(), paints: [] };
      state.input = state.countAt = state.lastChange = null;
      state.onInput = (event) => (state.input ??= event.timeStamp);
      document.addEventListener(type, state.onInput, { capture: true });
      state.observer = new MutationObserver((records) => {
        const now = performance.now();
        if (state.countAt === null && countText() !== state.before) state.countAt = now;
        for (const m of records) {
          if (m.type === 'attributes' && m.oldValue === m.target.getAttribute(m.attributeName)) continue;
          if (region?.contains(m.target) && isContent(m.target)) state.lastChange = now;
        }
      });
      const all = { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true };
      state.observer.observe(document.body, all);
      afterFrames((t) => (state.paints.push(t), armed === state));
      armed = state;
    },

    /**
     * Waits until nothing has changed for `quietMs` (at most `timeoutMs`), then returns the times
     * from the input to just after the frames that showed the new count and the last timeline change.
     */
    settle(quietMs = 300, timeoutMs = 5000) {
      const state = armed;
      return new Promise((resolve) => {
        afterFrames((now) => {
          const input = state.input ?? state.armedAt;
          const last = Math.max(input, state.countAt ?? 0, state.lastChange ?? 0);
          if (now - last < quietMs && now - input < timeoutMs) return true;
          armed = null;
          state.observer.disconnect();
          document.removeEventListener(state.type, state.onInput, { capture: true });
          const paintAfter = (t) => state.paints.find((p) => p > t) ?? now;
          const countMs = state.countAt === null ? null : paintAfter(state.countAt) - input;
          resolve({ input, countMs, settledMs: now - input >= timeoutMs ? null : paintAfter(last) - input });
          return false;
        });
      });
    },

    startFrames() {
      frameTimes = [];
      const times = frameTimes;
      const loop = (t) => frameTimes === times && (times.push(t), requestAnimationFrame(loop));
      requestAnimationFrame(loop);
      return performance.now();
    },
    stopFrames() {
      const times = frameTimes ?? [];
      frameTimes = null;
      return times.slice(1).map((t, i) => t - times[i]);
    },
  };
})();
