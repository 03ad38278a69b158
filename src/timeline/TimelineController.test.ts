// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { ITEMS_PER_TASK, TimelineController, type TimelineDeps, type TimelineEngine } from './TimelineController';
import { spec } from './testing.test-utils';
import type { TimeRange } from './types';

const DAY = 86_400_000;
type Handler = (properties: never) => void;

/** Stands in for vis-timeline: keeps a window, emits what vis-timeline emits, records what it is told. */
class FakeEngine implements TimelineEngine {
  private readonly handlers = new Map<string, Set<Handler>>();
  window: TimeRange;
  selection: string[] = [];
  moves: TimeRange[] = [];
  redraws = 0;
  destroyed = false;
  constructor(readonly options: TimelineOptions) {
    this.window = { start: Number(options.start ?? 0), end: Number(options.end ?? 10 * DAY) };
  }
  on(event: string, handler: Handler) {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(handler);
  }
  off(event: string, handler: Handler) {
    this.handlers.get(event)?.delete(handler);
  }
  emit(event: string, properties: unknown) {
    for (const handler of this.handlers.get(event) ?? []) handler(properties as never);
  }
  setWindow(start: number, end: number) {
    this.moves.push({ start, end });
    this.window = { start, end };
    // What vis-timeline does for a move the app asked for: the same events, marked not the reader's.
    this.emit('rangechange', { start: new Date(start), end: new Date(end), byUser: false });
    this.emit('rangechanged', { start: new Date(start), end: new Date(end), byUser: false });
  }
  getWindow() {
    return { start: new Date(this.window.start), end: new Date(this.window.end) };
  }
  setSelection(ids: string[]) {
    this.selection = ids;
  }
  optionChanges: TimelineOptions[] = [];
  setOptions(options: TimelineOptions) {
    this.optionChanges.push(options);
  }
  redraw() {
    this.redraws++;
  }
  destroy() {
    this.destroyed = true;
  }
  /** The reader dragging the window to `range`, one frame (final=false) or letting go (final=true). */
  drag(range: TimeRange, final: boolean) {
    this.window = range;
    const properties = { start: new Date(range.start), end: new Date(range.end), byUser: true };
    this.emit(final ? 'rangechanged' : 'rangechange', properties);
  }
}

function setUp(initial: TimeRange | null = { start: 0, end: 10 * DAY }) {
  let engine: FakeEngine | null = null;
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const deps: TimelineDeps = {
    createEngine: (_container, _items, _groups, options) => (engine = new FakeEngine(options)),
    nextTask: (work) => {
      tasks.push(work);
      return () => tasks.splice(tasks.indexOf(work) >>> 0, 1);
    },
    nextFrame: (work) => {
      frames.push(work);
      return () => frames.splice(frames.indexOf(work) >>> 0, 1);
    },
  };
  const handlers = { onRangeChange: vi.fn(), onItemActivate: vi.fn(), onFirstPaint: vi.fn() };
  const container = document.createElement('div');
  const controller = new TimelineController(
    container,
    { initial, axisZone: 'UTC', yearLabel: String, maxSpan: 1e13 },
    handlers,
    deps,
  );
  const runAll = (queue: (() => void)[]) => {
    while (queue.length) queue.shift()!();
  };
  return {
    controller,
    engine: engine!,
    handlers,
    container,
    runTasks: () => runAll(tasks),
    runFrames: () => runAll(frames),
    pendingTasks: () => tasks.length,
  };
}

const specs = (count: number) =>
  Array.from({ length: count }, (_, i) => spec(`s${i}`, { start: i * 1000, end: i * 1000 + 500 }));

afterEach(() => vi.restoreAllMocks());

describe('TimelineController', () => {
  it('opens on the window it is given', () => {
    const { engine } = setUp({ start: DAY, end: 3 * DAY });
    expect([engine.options.start, engine.options.end]).toEqual([DAY, 3 * DAY]);
  });

  it('does not report back a move the app asked for', () => {
    const { controller, engine, handlers, runFrames } = setUp();
    controller.setWindow({ start: 2 * DAY, end: 4 * DAY });
    runFrames();
    expect(engine.moves).toEqual([{ start: 2 * DAY, end: 4 * DAY }]);
    expect(handlers.onRangeChange).not.toHaveBeenCalled();
  });

  it('is as tall as its lanes until bounded; bounded, its lanes scroll inside it; told once per change', () => {
    const { controller, engine } = setUp();
    expect(engine.options.verticalScroll).toBe(false);
    controller.setMaxHeight(null);
    expect(engine.optionChanges).toEqual([]);
    controller.setMaxHeight(420);
    controller.setMaxHeight(420);
    controller.setMaxHeight(null);
    expect(engine.optionChanges).toEqual([
      { maxHeight: 420, verticalScroll: true },
      { maxHeight: '', verticalScroll: false },
    ]);
  });

  it('leaves the window alone when it already shows about that range', () => {
    const { controller, engine } = setUp();
    controller.setWindow({ start: 1000, end: 10 * DAY - 1000 });
    expect(engine.moves).toEqual([]);
  });

  it("reports the reader's moves once a frame, then where they settle", () => {
    const { engine, handlers, runFrames } = setUp();
    engine.drag({ start: DAY, end: 11 * DAY }, false);
    engine.drag({ start: 2 * DAY, end: 12 * DAY }, false);
    runFrames();
    expect(handlers.onRangeChange.mock.calls).toEqual([[{ start: 2 * DAY, end: 12 * DAY }, false]]);
    engine.drag({ start: 3 * DAY, end: 13 * DAY }, true);
    expect(handlers.onRangeChange).toHaveBeenLastCalledWith({ start: 3 * DAY, end: 13 * DAY }, true);
  });

  it('lets the reader win: a move the app asks for during a drag waits until the drag ends', () => {
    const { controller, engine } = setUp();
    engine.drag({ start: DAY, end: 11 * DAY }, false);
    controller.setWindow({ start: 5 * DAY, end: 6 * DAY });
    expect(engine.moves).toEqual([]);
    engine.drag({ start: DAY, end: 11 * DAY }, true);
    controller.setWindow({ start: 5 * DAY, end: 6 * DAY });
    expect(engine.moves).toEqual([{ start: 5 * DAY, end: 6 * DAY }]);
  });

  it('takes the click that ends a drag for a pan, and a click without a drag for a choice', () => {
    const { controller, engine, handlers, container } = setUp();
    const items = specs(3);
    controller.setItems(items);
    // vis-timeline's ids are the sync's own: the second item given is v2.
    const visId = 'v2';
    container.dispatchEvent(new Event('pointerdown'));
    engine.drag({ start: DAY, end: 11 * DAY }, false);
    engine.drag({ start: DAY, end: 11 * DAY }, true);
    engine.emit('click', { item: visId });
    expect(handlers.onItemActivate).not.toHaveBeenCalled();

    container.dispatchEvent(new Event('pointerdown'));
    engine.emit('click', { item: visId });
    expect(handlers.onItemActivate).toHaveBeenCalledWith(items[1]);
  });

  it('feeds many items a hundred per task, marking the selection after each step', () => {
    const { controller, engine, handlers, runTasks, pendingTasks } = setUp({ start: 0, end: 1000 });
    const items = specs(ITEMS_PER_TASK * 2 + 50);
    // The window's middle is near s0, so the farthest item (the last) arrives in the last task.
    controller.setSelection([items.at(-1)!.id]);
    controller.setItems(items);
    expect(engine.selection).toEqual([]);
    expect(pendingTasks()).toBe(1);
    runTasks();
    expect(pendingTasks()).toBe(0);
    expect(engine.selection).toHaveLength(1);
    // The first paint waits for both: vis-timeline's first draw and all the items first given.
    expect(handlers.onFirstPaint).not.toHaveBeenCalled();
    engine.options.onInitialDrawComplete!();
    expect(handlers.onFirstPaint).toHaveBeenCalledTimes(1);
  });

  it('drops the rest of a feed when newer items come', () => {
    const { controller, runTasks, pendingTasks, engine } = setUp();
    controller.setItems(specs(ITEMS_PER_TASK * 3));
    controller.setItems(specs(2));
    runTasks();
    expect(pendingTasks()).toBe(0);
    controller.setSelection(['s1', 's150']);
    expect(engine.selection).toHaveLength(1);
  });

  it('builds items as elements with the text as text, never as HTML', () => {
    const { controller, engine } = setUp();
    controller.setItems([spec('x', { title: '<img src=x onerror=alert(1)>' })]);
    const element = (engine.options.template as (item: { id: string }) => HTMLElement)({ id: 'v1' });
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('stops feeding and lets go of the timeline when destroyed', () => {
    const { controller, engine, pendingTasks } = setUp();
    controller.setItems(specs(ITEMS_PER_TASK * 2));
    controller.destroy();
    expect(pendingTasks()).toBe(0);
    expect(engine.destroyed).toBe(true);
  });
});
