/**
 * The controller on a real vis-timeline, in Chromium (Vitest browser mode): what the stand-in of
 * TimelineController.test.ts cannot show, that the installed vis-timeline, with the overrides of
 * visPatches.ts applied, still draws, moves and selects the way the controller expects.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as vis from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { spec } from './testing.test-utils';
import { TimelineController } from './TimelineController';
import type { ItemSpec } from './types';
import { applyVisPatches } from './visPatches';

const DAY = 86_400_000;
const JAN_1 = Date.UTC(2022, 0, 1);
const WINDOW = { start: JAN_1, end: JAN_1 + 60 * DAY };

/** 50 events a day apart in two lanes, as boxes; one title carries markup, which must stay text. */
const ITEMS: ItemSpec[] = Array.from({ length: 50 }, (_, i) =>
  spec(`e${i}`, {
    lane: i % 2,
    shape: 'box',
    start: JAN_1 + i * DAY + DAY / 2,
    end: undefined,
    classNames: ['sl-type-call'],
    title: i === 7 ? '<b>not bold</b>' : `Event ${i}`,
    eventId: `event-${i}`,
    cluster: null,
  }),
);
const LANES = [
  { ordinal: 0, label: 'Lane <i>A</i>' },
  { ordinal: 1, label: 'Lane B' },
];

let controller: TimelineController | null = null;
let container: HTMLElement | null = null;

function open() {
  const handlers = { onRangeChange: vi.fn(), onItemActivate: vi.fn(), onFirstPaint: vi.fn() };
  container = document.createElement('div');
  container.style.width = '1000px';
  document.body.append(container);
  controller = new TimelineController(
    container,
    { initial: WINDOW, axisZone: 'UTC', yearLabel: String, maxSpan: 1e13 },
    handlers,
  );
  controller.setLanes(LANES);
  controller.setItems(ITEMS);
  return { controller, container, handlers };
}

const drawnItems = () => container!.querySelectorAll('.vis-item.vis-box .sl-item');

beforeAll(() => {
  expect(applyVisPatches()).toEqual([]);
});

afterEach(() => {
  controller?.destroy();
  container?.remove();
  controller = container = null;
});

describe('TimelineController on a real vis-timeline', () => {
  it('draws every item as an element whose text is text, and says when its first paint is done', async () => {
    const { handlers } = open();
    await expect.poll(() => handlers.onFirstPaint.mock.calls.length).toBe(1);
    await expect.poll(() => drawnItems().length).toBe(50);
    const marked = container!.querySelector('.sl-item[data-item-id="e7"]')!;
    expect(marked.querySelector('b')).toBeNull();
    expect(marked.textContent).toContain('<b>not bold</b>');
    const lane = container!.querySelector('.vis-labelset .sl-lane')!;
    expect(lane.querySelector('i')).toBeNull();
    expect(lane.textContent).toBe('Lane <i>A</i>');
  });

  it("writes the axis labels as text (the overridden label drawing), in the axis zone's calendar", async () => {
    open();
    await expect
      .poll(() => container!.querySelectorAll('.vis-time-axis .vis-text.vis-minor').length)
      .toBeGreaterThan(3);
    const labels = [...container!.querySelectorAll('.vis-time-axis .vis-text')].map((label) => label.textContent);
    expect(labels.every((text) => text !== null && text.trim() !== '')).toBe(true);
    expect(labels.join(' ')).toMatch(/January|February|Jan|Feb/);
    expect(container!.querySelector('.vis-time-axis .vis-text *:not(div)')).toBeNull();
  });

  it("moves where the app asks without reporting it back as the reader's move", async () => {
    const { handlers } = open();
    await expect.poll(() => drawnItems().length).toBe(50);
    const target = { start: JAN_1 + 10 * DAY, end: JAN_1 + 20 * DAY };
    controller!.setWindow(target);
    const shown = (controller as unknown as { engine: vis.Timeline }).engine.getWindow();
    expect([+shown.start, +shown.end]).toEqual([target.start, target.end]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(handlers.onRangeChange).not.toHaveBeenCalled();
  });

  it('marks the selected item, and asks vis-timeline for one redraw per change of items', async () => {
    open();
    await expect.poll(() => drawnItems().length).toBe(50);
    controller!.setSelection(['e3']);
    await expect
      .poll(() => container!.querySelector('.vis-item.vis-selected .sl-item')?.getAttribute('data-item-id'))
      .toBe('e3');

    const redraw = vi.spyOn(vis.Timeline.prototype, 'redraw');
    // Removes (the first ten), updates (a new title) and adds (five new) in one change.
    const next = [
      ...ITEMS.slice(10).map((item, i) => (i === 0 ? { ...item, title: 'Renamed', contentKey: 'renamed' } : item)),
      ...Array.from({ length: 5 }, (_, i) =>
        spec(`n${i}`, { shape: 'box', end: undefined, start: JAN_1 + i * DAY, cluster: null, eventId: `new-${i}` }),
      ),
    ];
    controller!.setItems(next);
    expect(redraw).toHaveBeenCalledTimes(1);
    await expect.poll(() => drawnItems().length).toBe(45);
    expect(container!.querySelector('.sl-item[data-item-id="e10"]')!.textContent).toContain('Renamed');
  });
});
