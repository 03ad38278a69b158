/*
 * In-page instrumentation for scripts/bench.ts, injected before any of the page's own scripts run
 * (Playwright addInitScript). Plain JavaScript on purpose: functions passed from the TypeScript
 * side would be transpiled by tsx and could reference helpers that do not exist in the page.
 *
 * All timing happens here, in the page's own clock (performance.now(), relative to navigation
 * start), so the latency of the DevTools protocol between Node and Chromium is never measured.
 *
 * window.__slBench:
 *   waitForMark(name, timeoutMs)        → startTime of the first performance mark of that name
 *   arm(eventType, timeoutMs)           starts watching the result count; the next `eventType`
 *                                       (click, keydown) on the document is the input
 *   result()                            → { input, changed, painted, latency, settled,
 *                                       settleLatency, before, after }: latency is from the input
 *                                       event's timestamp to just after the next frame that follows
 *                                       the count changing; settleLatency to just after the frame
 *                                       that follows the timeline region's last change (once it has
 *                                       been unchanged for 300 ms), for apps that update the
 *                                       timeline in a later, deferred render
 *   startFrames() / stopFrames()        rAF loop; stopFrames() → frame deltas in ms
 *   longTasks(from, to)                 long tasks (≥ 50 ms) that overlap [from, to]
 *   loafs(from, to)                     long animation frames, with script attribution
 *   axisText()                          the visible time-axis labels (to check a pan moved)
 *   searchPending()                     whether the search box says it is still indexing
 */
(() => {
  if (window.__slBench) return;

  const longTaskEntries = [];
  const loafEntries = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTaskEntries.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported: reported as null by the bench */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        loafEntries.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: (e.scripts || []).map((s) => ({
            start: s.startTime,
            duration: s.duration,
            invoker: s.invoker,
            source: s.sourceURL,
            fn: s.sourceFunctionName,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* not supported */
  }

  /** Resolves just after the next frame has been produced: rAF, then a task queued from it. */
  function afterNextPaint() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  }

  function countElement() {
    return document.querySelector('[data-testid="result-count"]');
  }

  let pending = null;
  let frames = null;
  /** How long the timeline must stay unchanged to count as settled, and how long to wait for that. */
  const quietMs = 300;
  const settleTimeoutMs = 5000;

  window.__slBench = {
    now: () => performance.now(),

    waitForMark(name, timeoutMs) {
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const entry = performance.getEntriesByName(name, 'mark')[0];
          if (entry) return resolve(entry.startTime);
          if (performance.now() - started > timeoutMs) {
            return reject(
              new Error(`the performance mark "${name}" did not appear within ${Math.round(timeoutMs / 1000)} s`),
            );
          }
          setTimeout(check, 20);
        };
        check();
      });
    },

    countText() {
      const el = countElement();
      return el ? el.textContent : null;
    },

    arm(eventType, timeoutMs) {
      const el = countElement();
      if (!el) throw new Error('no result count on the page ([data-testid="result-count"])');
      const before = el.textContent;
      const armedAt = performance.now();
      const state = { input: null, changed: null };
      const onInput = (event) => {
        if (state.input !== null) return;
        // The event's own timestamp (when the browser received the input); fall back to now if
        // it is not on the performance timeline.
        const now = performance.now();
        const stamp = event.timeStamp;
        state.input = stamp >= armedAt - 1 && stamp <= now + 1 ? stamp : now;
      };
      document.addEventListener(eventType, onInput, { capture: true });
      // The timeline may follow the count in a later (deferred) render: watch its region too, and
      // note when each frame after the input was produced, to find when the screen settled.
      const region = document.querySelector('[role="region"][aria-label="Timeline"]');
      const settle = { last: null, paints: [], running: true };
      // What counts is the timeline's content: its items and lanes (.vis-itemset, .vis-labelset)
      // and the app's own elements around them. Not counted: the time axis and the panels'
      // sizes, which vis-timeline redraws on its own 1 s resize timer after the timeline's height
      // changes, and attribute writes that change nothing (vis-timeline rewrites them on redraws).
      const counts = (node) => {
        const el = node.nodeType === 1 ? node : node.parentElement;
        if (!el) return false;
        return Boolean(el.closest('.vis-itemset, .vis-labelset')) || !el.closest('.vis-timeline');
      };
      const regionObserver = region
        ? new MutationObserver((list) => {
            for (const m of list) {
              if (m.type === 'attributes' && m.oldValue === m.target.getAttribute(m.attributeName)) continue;
              if (counts(m.target)) {
                settle.last = performance.now();
                return;
              }
            }
          })
        : null;
      if (regionObserver) {
        regionObserver.observe(region, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeOldValue: true,
        });
      }
      const framesLoop = () => {
        if (!settle.running) return;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => settle.paints.push(performance.now());
        channel.port2.postMessage(null);
        requestAnimationFrame(framesLoop);
      };
      requestAnimationFrame(framesLoop);
      pending = new Promise((resolve, reject) => {
        let done = false;
        let observer = null;
        let watched = el;
        const finish = (fn, value) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          if (observer) observer.disconnect();
          if (regionObserver) regionObserver.disconnect();
          settle.running = false;
          document.removeEventListener(eventType, onInput, { capture: true });
          fn(value);
        };
        /** After the count's frame: wait for `quietMs` without changes in the timeline region. */
        const waitForSettle = (base) => {
          const started = performance.now();
          const check = () => {
            if (done) return;
            const now = performance.now();
            const last = settle.last;
            const quiet = last === null || last <= base.painted || now - last >= quietMs;
            if (quiet && now - base.painted >= quietMs) {
              const after = last === null ? null : settle.paints.find((t) => t > last);
              const settled =
                last === null || last <= base.changed
                  ? base.painted
                  : after !== undefined
                    ? Math.max(after, base.painted)
                    : null;
              if (settled !== null) {
                finish(resolve, {
                  ...base,
                  settled,
                  settleLatency: settled - base.input,
                  settledBy: last === null ? 'count' : 'timeline',
                });
                return;
              }
            }
            if (now - started > settleTimeoutMs) {
              finish(resolve, {
                ...base,
                settled: null,
                settleLatency: null,
                settledBy: 'never (the timeline kept changing)',
              });
              return;
            }
            requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        };
        const onChange = () => {
          const current = countElement();
          const text = current ? current.textContent : null;
          if (done || state.changed !== null || text === before || text === null) return;
          state.changed = performance.now();
          if (observer) observer.disconnect();
          afterNextPaint().then((painted) => {
            const input = state.input !== null ? state.input : armedAt;
            waitForSettle({
              input,
              changed: state.changed,
              painted,
              latency: painted - input,
              sawInput: state.input !== null,
              before,
              after: text,
            });
          });
        };
        const observe = (node) => {
          if (observer) observer.disconnect();
          observer = new MutationObserver(onChange);
          observer.observe(node, { subtree: true, childList: true, characterData: true });
        };
        observe(el);
        // If the count element is replaced rather than updated, find it again each frame.
        const poll = () => {
          if (done || state.changed !== null) return;
          const current = countElement();
          if (current !== watched) {
            watched = current;
            if (current) observe(current);
          }
          onChange();
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
        const timer = setTimeout(() => {
          if (state.changed !== null) return; // changed; waiting for the timeline to settle
          const current = countElement();
          finish(
            reject,
            new Error(
              `the result count did not change within ${Math.round(timeoutMs / 1000)} s ` +
                `(it reads "${current ? current.textContent : '(gone)'}"; the ${eventType} input was ${state.input !== null ? '' : 'NOT '}seen)`,
            ),
          );
        }, timeoutMs);
      });
      // Avoid an unhandled rejection if result() is never asked for.
      pending.catch(() => {});
      return before;
    },

    result() {
      if (!pending) throw new Error('arm() was not called');
      const p = pending;
      pending = null;
      return p;
    },

    startFrames() {
      const state = { times: [], running: true };
      frames = state;
      const loop = (t) => {
        if (!state.running) return;
        state.times.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      return performance.now();
    },

    stopFrames() {
      if (!frames) return [];
      frames.running = false;
      const t = frames.times;
      frames = null;
      const deltas = [];
      for (let i = 1; i < t.length; i++) deltas.push(t[i] - t[i - 1]);
      return deltas;
    },

    longTasks(from, to) {
      return longTaskEntries.filter((e) => e.start + e.duration >= from && e.start <= to);
    },

    longTasksSupported() {
      return (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
    },

    loafs(from, to) {
      return loafEntries.filter((e) => e.start + e.duration >= from && e.start <= to);
    },

    axisText() {
      const labels = document.querySelectorAll('.vis-time-axis .vis-text');
      return Array.from(labels, (l) => l.textContent).join('|');
    },

    searchPending() {
      const input = document.querySelector('input[type="search"]');
      if (!input) return null;
      const ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      const text = ids.map((id) => (document.getElementById(id) || {}).textContent || '').join(' ');
      return /index/i.test(text) && /…|\.\.\.|moment|progress/i.test(text);
    },

    timing() {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((r) => ({
        name: r.name,
        type: r.initiatorType,
        start: r.startTime,
        responseEnd: r.responseEnd,
        size: r.encodedBodySize,
      }));
      return {
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        loadEventEnd: nav ? nav.loadEventEnd : null,
        loadEventStart: nav ? nav.loadEventStart : null,
        resources,
        marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, start: m.startTime })),
      };
    },
  };
})();
