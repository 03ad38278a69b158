/* global vis */
/*
 * The plain page of scripts/bench.ts. It fetches the dataset named by ?data= and gives EVERY event
 * to vis-timeline at once: content = the title (escaped), group = the side of the first actor,
 * start/end from the partial dates, stack: true, no clustering, no windowing. It marks
 * plain:painted in the animation frame after onInitialDrawComplete, as the app marks its own paint.
 *
 * With ?filter=1 it also has what a developer would write by hand to filter it: a box per actor
 * (the bench clicks them as it clicks Sourceline's) and a vis-data DataView over the items whose
 * filter keeps the events of the actors ticked (all when none is), refreshed on each click.
 *
 * The floor (fetch and parse, nothing else) is floor.html.
 */
(function () {
  const params = new URLSearchParams(location.search);
  const status = document.getElementById('status');
  const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

  /** [start, end) of a partial date in epoch ms: calendar values on the UTC calendar, instants as they are. */
  function period(text) {
    const m = FORM.exec(text);
    if (!m) return null;
    const [y, mo, d] = [+m[1], m[2] ? +m[2] - 1 : undefined, m[3] ? +m[3] : undefined];
    if (mo === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    if (d === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
    if (m[4] === undefined) return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1)];
    const offset = m[7] === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (+m[7].slice(1, 3) * 60 + +m[7].slice(4, 6));
    const t = Date.UTC(y, mo, d, +m[4], +m[5], +(m[6] || 0)) - offset * 60000;
    return [t, t];
  }
  const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  fetch(params.get('data'))
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((text) => {
      const dataset = JSON.parse(text);
      const sideOf = new Map(dataset.actors.map((a) => [a.id, a.side]));
      const groups = dataset.sides.map((s) => ({ id: s.id, content: escape(s.name) }));
      groups.push({ id: '(none)', content: 'No side' });
      const items = [];
      for (const event of dataset.events) {
        const start = period(event.start);
        if (!start) continue;
        const end = event.end && period(event.end);
        items.push({
          id: event.id,
          content: escape(event.title),
          group: sideOf.get(event.actors[0]) ?? '(none)',
          start: start[0],
          ...(end ? { end: Math.max(end[1], start[0]) } : {}),
          actors: event.actors,
        });
      }
      const data = new vis.DataSet(items);
      const shown = params.has('filter') ? filterBoxes(dataset.actors, data) : data;
      new vis.Timeline(document.getElementById('timeline'), shown, new vis.DataSet(groups), {
        stack: true,
        height: '100%',
        verticalScroll: true,
        showCurrentTime: false,
        onInitialDrawComplete: () =>
          requestAnimationFrame(() => {
            performance.mark('plain:painted');
            status.textContent = `${items.length} of ${items.length} events`;
          }),
      });
    })
    .catch((error) => (status.textContent = `Failed: ${error.message}`));

  /** A box per actor ("Name 123"); the DataView shows the events of the actors ticked, or all. */
  function filterBoxes(actors, data) {
    const ticked = new Set();
    const view = new vis.DataView(data, {
      filter: (item) => ticked.size === 0 || item.actors.some((a) => ticked.has(a)),
    });
    const counts = new Map();
    data.forEach((item) => item.actors.forEach((a) => counts.set(a, (counts.get(a) ?? 0) + 1)));
    const group = document.getElementById('actors');
    group.hidden = false;
    document.getElementById('frame').style.left = '220px';
    for (const actor of actors) {
      const label = group.appendChild(document.createElement('label'));
      const box = label.appendChild(document.createElement('input'));
      box.type = 'checkbox';
      label.append(` ${actor.name} ${counts.get(actor.id) ?? 0}`);
      box.addEventListener('change', () => {
        if (box.checked) ticked.add(actor.id);
        else ticked.delete(actor.id);
        view.refresh();
        status.textContent = `${view.length} of ${data.length} events`;
      });
    }
    return view;
  }
})();
