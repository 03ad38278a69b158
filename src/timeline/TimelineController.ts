/**
 * The one owner of a vis-timeline instance: it creates the Timeline, keeps its lanes and items in
 * step with what the app hands it (items by diff, see itemSync.ts, fed a hundred per task), marks
 * the selection, moves the window when the app asks, and reports back only what the *reader* did:
 * their moves of the window and the items they activate. It is plain TypeScript, so it is tested
 * without React (TimelineController.test.ts, with a stand-in for vis-timeline).
 *
 * Echo: a window the app sets is never reported back (vis-timeline marks those moves `byUser:
 * false`), and while the reader is moving the window the app's requests wait: the reader wins.
 */
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { inNextTask } from '../tasks/nextTask';
import { axisFormat } from './axisLabels';
import { EraSync, type EraVisItem } from './eraSync';
import { buildLaneElement } from './itemElement';
import { ItemSync, type VisItem } from './itemSync';
import { glideOptions, scrollSelectionIntoView } from './selectionInView';
import type { AxisZone, EraBand, ItemSpec, TimelineLane, TimeRange, YearLabel } from './types';
import { showFirstDrawNow, withOneRedraw } from './visPatches';

/**
 * vis-timeline builds, inserts and measures each new item, about a millisecond apiece: a dataset's
 * first few hundred items go in this many per task (those nearest the middle of the window first),
 * so that the page never waits on all of them at once.
 */
export const ITEMS_PER_TASK = 100;

export interface TimelineHandlers {
  /** The reader moved the window: each frame of the move (final=false), then once it settles (final=true). */
  onRangeChange(range: TimeRange, final: boolean): void;
  /** The reader clicked or tapped an item (not the end of a drag that began on it). */
  onItemActivate(item: ItemSpec): void;
  /** Once, after the first draw that holds all the items first given. */
  onFirstPaint?(): void;
}

/** The part of vis-timeline's Timeline that the controller uses (a stand-in implements it in tests). */
export interface TimelineEngine {
  on(event: string, handler: (properties: never) => void): void;
  off(event: string, handler: (properties: never) => void): void;
  setWindow(start: number, end: number, options: { animation: ReturnType<typeof glideOptions> }): void;
  getWindow(): { start: Date; end: Date };
  setSelection(ids: string[]): void;
  setOptions(options: TimelineOptions): void;
  redraw(): void;
  destroy(): void;
}

export interface TimelineDeps {
  createEngine(
    container: HTMLElement,
    items: DataSet<VisItem | EraVisItem, 'id'>,
    groups: DataSet<VisGroup, 'id'>,
    options: TimelineOptions,
  ): TimelineEngine;
  /** Runs work in a task of its own; returns a function that cancels it. */
  nextTask(work: () => void): () => void;
  nextFrame(work: () => void): () => void;
}

export interface VisGroup {
  id: number;
  content: string;
  label: string;
  /** Place from the top (vis-timeline's default `groupOrder` is this field). */
  order: number;
}

const MINUTE = 60_000;

/** What the timeline is made with (the rest comes later, through the setters). */
export interface TimelineSetup {
  initial: TimeRange | null;
  axisZone: AxisZone;
  /** How the axis writes years ("625", "44 BC"); moment's own would print "0625", "-0043". */
  yearLabel: YearLabel;
  /** The widest span the reader may zoom out to. */
  maxSpan: number;
}

type RangeEvent = { start: Date; end: Date; byUser: boolean };

export const VIS_TIMELINE: TimelineDeps = {
  createEngine(container, items, groups, options) {
    const timeline = new Timeline(container, items, groups, options);
    if (options.start !== undefined && options.end !== undefined)
      showFirstDrawNow(timeline, { start: +options.start, end: +options.end });
    return timeline as unknown as TimelineEngine;
  },
  nextTask: inNextTask,
  nextFrame(work) {
    const frame = requestAnimationFrame(work);
    return () => cancelAnimationFrame(frame);
  },
};

/** Moment pinned to the axis zone. */
function momentFor(zone: AxisZone): TimelineOptions['moment'] {
  return zone === 'UTC' ? (date: moment.MomentInput) => moment(date).utc() : (date: moment.MomentInput) => moment(date);
}

/** Stacking order: boxes, then ranges from the shortest to the longest, each in time order. */
function shortestFirst(a: VisItem, b: VisItem): number {
  const length = (item: VisItem) => (item.type === 'box' ? 0 : (item.end ?? item.start) - item.start);
  return length(a) - length(b) || a.start - b.start;
}

export class TimelineController {
  private readonly engine: TimelineEngine;
  private readonly sync: ItemSync;
  private readonly eras: EraSync;
  private readonly groups = new DataSet<VisGroup, 'id'>();
  private handlers: TimelineHandlers;
  /** True from the reader's first move of the window until it settles. */
  private moving = false;
  /** Whether the pointer moved the window since it went down: the click that ends a drag is not a choice. */
  private dragged = false;
  private selection: readonly string[] = [];
  private maxHeight: number | null = null;
  // As the constructor set them: each change redraws the whole timeline, so an unchanged value is not sent.
  private axisZone: AxisZone;
  private maxSpan: number;
  private cancelFrame = () => {};
  private cancelFeed = () => {};
  private readonly firstPaint = { drawn: false, itemsIn: false, told: false };
  private readonly onPointerDown = () => (this.dragged = false);

  constructor(
    private readonly container: HTMLElement,
    { initial, axisZone, yearLabel, maxSpan }: TimelineSetup,
    handlers: TimelineHandlers,
    private readonly deps: TimelineDeps = VIS_TIMELINE,
  ) {
    this.handlers = handlers;
    this.axisZone = axisZone;
    this.maxSpan = maxSpan;
    const items = new DataSet<VisItem | EraVisItem, 'id'>();
    const sync = (this.sync = new ItemSync(items));
    const eras = (this.eras = new EraSync(items));
    const options: TimelineOptions = {
      ...(initial ? { start: initial.start, end: initial.end } : {}),
      moment: momentFor(axisZone),
      stack: true,
      // Events of the moment take the top rows of a lane; long background spans stack below them.
      order: shortestFirst,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      showTooltips: false,
      zoomMin: 10 * MINUTE,
      zoomMax: maxSpan,
      format: axisFormat(yearLabel),
      // The timeline is as tall as its lanes and the page scrolls, rather than a scroll area of
      // its own that keyboard users could not reach; clusters keep the lanes short.
      verticalScroll: false,
      minHeight: 240,
      groupHeightMode: 'auto',
      // Items are elements built with textContent, never HTML strings.
      template: (item: VisItem) => eras.elementFor(item.id) ?? sync.elementFor(item.id) ?? '',
      groupTemplate: (group: VisGroup | null) => buildLaneElement(group?.label ?? ''),
      onInitialDrawComplete: () => {
        this.firstPaint.drawn = true;
        this.tellFirstPaint();
      },
    };
    this.engine = deps.createEngine(container, items, this.groups, options);
    this.engine.on('rangechange', this.onRangeChange);
    this.engine.on('rangechanged', this.onRangeChanged);
    this.engine.on('click', this.onClick);
    container.addEventListener('pointerdown', this.onPointerDown, { capture: true });
  }

  /** The handlers to call from now on (a React owner passes its latest ones each render). */
  setHandlers(handlers: TimelineHandlers): void {
    this.handlers = handlers;
  }

  setLanes(lanes: readonly TimelineLane[]): void {
    // `order` is the lane's place in the list: a lane kept from the page before (the row of the
    // others) would otherwise stay where it was inserted, above the new page's lanes.
    const next = lanes.map((lane, order) => ({ id: lane.ordinal, content: '', label: lane.label, order }));
    const keep = new Set(next.map((g) => g.id));
    this.groups.remove(this.groups.getIds().filter((id) => !keep.has(id as number)));
    this.groups.update(next);
  }

  /**
   * Brings the items to `items` (null: not known yet, the lanes and axis are drawn first), a
   * hundred new ones per task, nearest the middle of the window first; the selection is marked
   * again after each step, since its items may arrive late.
   */
  setItems(items: readonly ItemSpec[] | null): void {
    this.cancelFeed();
    if (items === null) return;
    const step = () => {
      const { start, end } = this.engine.getWindow();
      let complete = false;
      withOneRedraw(
        () => (complete = this.sync.sync(items, { limit: ITEMS_PER_TASK, near: (+start + +end) / 2 })),
        () => this.engine.redraw(),
      );
      this.markSelection();
      if (!complete) {
        this.cancelFeed = this.deps.nextTask(step);
        return;
      }
      this.cancelFeed = () => {};
      this.firstPaint.itemsIn = true;
      this.tellFirstPaint();
    };
    step();
  }

  /** Draws these bands behind every lane (a dataset's eras: a handful, replaced whole). */
  setBands(bands: readonly EraBand[]): void {
    this.eras.sync(bands);
  }

  /** The widest span the reader may zoom out to. */
  setMaxSpan(maxSpan: number): void {
    if (maxSpan === this.maxSpan) return;
    this.maxSpan = maxSpan;
    this.engine.setOptions({ zoomMax: maxSpan });
  }

  /** Marks the items showing the selected event (its copies, and a cluster that holds it). */
  setSelection(itemIds: readonly string[]): void {
    this.selection = itemIds;
    this.markSelection();
  }

  /**
   * Shows `range`, gliding if asked. Nothing happens while the reader moves the window (their
   * move wins; the app hears where it ends), nor when the timeline already shows about that range.
   */
  setWindow(range: TimeRange, { glide = false }: { glide?: boolean } = {}): void {
    if (this.moving) return;
    const current = this.engine.getWindow();
    const tolerance = Math.max((range.end - range.start) / 10_000, MINUTE);
    if (Math.abs(+current.start - range.start) <= tolerance && Math.abs(+current.end - range.end) <= tolerance) return;
    this.engine.setWindow(range.start, range.end, { animation: glide ? glideOptions() : false });
  }

  /**
   * Bounds the timeline's height: beyond `px` its lanes scroll inside it, under an axis that stays
   * put (null: as tall as its lanes, and the page scrolls).
   */
  setMaxHeight(px: number | null): void {
    if (px === this.maxHeight) return;
    this.maxHeight = px;
    this.engine.setOptions({ maxHeight: px ?? '', verticalScroll: px !== null });
  }

  setAxisZone(zone: AxisZone): void {
    if (zone === this.axisZone) return;
    this.axisZone = zone;
    this.engine.setOptions({ moment: momentFor(zone) });
  }

  /** Scrolls the page to the selected item once it is drawn; returns a function that stops waiting. */
  scrollSelectionIntoView(): () => void {
    return scrollSelectionIntoView(this.engine, this.container);
  }

  destroy(): void {
    this.cancelFrame();
    this.cancelFeed();
    this.container.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.engine.destroy();
    this.sync.clear();
  }

  private markSelection(): void {
    this.engine.setSelection(this.sync.visIds(this.selection));
  }

  private tellFirstPaint(): void {
    const state = this.firstPaint;
    if (!state.drawn || !state.itemsIn || state.told) return;
    state.told = true;
    this.handlers.onFirstPaint?.();
  }

  // Only the reader's own moves are reported: the app's came from the app already.
  private readonly onRangeChange = ({ start, end, byUser }: RangeEvent) => {
    if (!byUser) return;
    this.moving = this.dragged = true;
    this.cancelFrame();
    this.cancelFrame = this.deps.nextFrame(() => this.handlers.onRangeChange({ start: +start, end: +end }, false));
  };

  private readonly onRangeChanged = ({ start, end, byUser }: RangeEvent) => {
    if (!byUser) return;
    this.cancelFrame();
    this.moving = false;
    this.handlers.onRangeChange({ start: +start, end: +end }, true);
  };

  // A drag that starts on an item ends on it too (the item moves with the pointer), and the browser
  // then sends a click: that was a pan, not a choice of the item.
  private readonly onClick = ({ item }: { item: string | null }) => {
    const spec = item === null || this.dragged ? undefined : this.sync.specOf(item);
    if (spec) this.handlers.onItemActivate(spec);
  };
}
