/* global vis */
/*
 * The baseline for scripts/bench.ts: a plain vis-timeline page. It fetches the dataset named by
 * ?data=, and gives EVERY event to vis-timeline directly: content = the title as text, group =
 * the side of the first actor, start/end from the partial dates (calendar values at their UTC
 * start; a range ends where its end value's period ends), stack: true, no clustering, no windowing.
 *
 * Marks: baseline:fetched, baseline:parsed, baseline:items, baseline:constructed, and
 * baseline:timeline-painted (in the animation frame after onInitialDrawComplete), the same way the
 * app marks sourceline:timeline-painted.
 */
(function () {
  'use strict';
  const status = document.getElementById('status');
  const dataUrl = new URLSearchParams(location.search).get('data');
  if (!dataUrl) {
    status.textContent = 'No ?data= given';
    return;
  }

  const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

  /** [start, end) of a partial date in epoch ms: calendar values on the UTC calendar, instants as they are. */
  function period(text) {
    const m = FORM.exec(text);
    if (!m) return null;
    const y = +m[1];
    if (m[2] === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    const mo = +m[2] - 1;
    if (m[3] === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
    const d = +m[3];
    if (m[4] === undefined) return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1)];
    const off = m[7] === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (+m[7].slice(1, 3) * 60 + +m[7].slice(4, 6));
    const t = Date.UTC(y, mo, d, +m[4], +m[5], +(m[6] || 0)) - off * 60000;
    return [t, t];
  }

  function escapeHtml(text) {
    return text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
    );
  }

  fetch(dataUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then((text) => {
      performance.mark('baseline:fetched');
      const dataset = JSON.parse(text);
      performance.mark('baseline:parsed');
      const sideOfActor = new Map(dataset.actors.map((a) => [a.id, a.side]));
      const groups = dataset.sides.map((s) => ({ id: s.id, content: escapeHtml(s.name) }));
      groups.push({ id: '(none)', content: 'No side' });
      const items = [];
      for (const event of dataset.events) {
        const start = period(event.start);
        if (!start) continue;
        const item = {
          id: event.id,
          content: escapeHtml(event.title),
          group: (event.actors.length > 0 && sideOfActor.get(event.actors[0])) || '(none)',
          start: start[0],
        };
        if (event.end) {
          const end = period(event.end);
          if (end) item.end = Math.max(end[1], start[0]);
        }
        items.push(item);
      }
      performance.mark('baseline:items');
      const container = document.getElementById('timeline');
      // ?groups=0 (an experiment, not what the bench runs): one lane, everything stacked together.
      if (new URLSearchParams(location.search).get('groups') === '0') for (const item of items) delete item.group;
      const groupSet = new URLSearchParams(location.search).get('groups') === '0' ? null : new vis.DataSet(groups);
      const timeline = new vis.Timeline(container, new vis.DataSet(items), groupSet, {
        stack: true,
        height: '100%',
        verticalScroll: true,
        showCurrentTime: false,
        onInitialDrawComplete: () => {
          requestAnimationFrame(() => {
            performance.mark('baseline:timeline-painted');
            status.textContent = `${items.length} of ${items.length} events`;
          });
        },
      });
      window.__baselineTimeline = timeline;
      performance.mark('baseline:constructed');
    })
    .catch((error) => {
      status.textContent = `Failed: ${error.message}`;
      performance.mark('baseline:failed');
      console.error(error);
    });
})();
