/**
 * A thin React wrapper around vis-timeline: the timeline is created once (layout effect) and
 * destroyed on unmount; lanes and items are synced into its DataSets by diff (see itemSync.ts), so
 * a filter change touches only the items that changed and never remounts the timeline.
 *
 * While the reader drags or zooms, vis-timeline moves what it already has: the view reports each
 * frame's window to `onWindowChange` (final=false) without re-rendering, and its owner decides
 * whether new items are needed (see TimelinePanel); the window settles with final=true.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { AXIS_FORMAT } from './axisLabels';
import type { EraBand } from '../engine/eraBands';
import { EraSync, type EraVisItem } from './eraSync';
import { buildLaneElement } from './itemElement';
import type { ItemSpec } from './itemSpecs';
import { ItemSync, type VisItem } from './itemSync';
import { inNextTask } from './nextTask';
import { applyVisPatches, RANGE_ITEM_HEIGHT, withOneRedraw } from './visPatches';
import { glideOptions, scrollSelectionIntoView } from './selectionInView';

applyVisPatches();

export interface TimeRange {
  start: number;
  end: number;
}

export type AxisZone = 'UTC' | 'local';

export interface TimelineViewProps {
  lanes: readonly { ordinal: number; label: string }[];
  /** null: not known yet (the lanes and axis are drawn first; see DrawInSteps). */
  items: readonly ItemSpec[] | null;
  selectedItemIds: readonly string[];
  /** The window to show; null shows `fitRange`. */
  window: TimeRange | null;
  fitRange: TimeRange | null;
  /** Glide to a new window (briefly, unless the reader prefers reduced motion) rather than jump. */
  glide?: boolean;
  axisZone: AxisZone;
  /** Called as the reader moves the window (final=false, at most once a frame) and once it settles (final=true). */
  onWindowChange: (range: TimeRange, final: boolean) => void;
  onItemActivate: (spec: ItemSpec) => void;
  /** Called once, after the first draw that holds all the items first known. */
  onFirstPaint?: () => void;
  /** The dataset's eras, drawn as labelled bands behind every lane. */
  eras?: readonly EraBand[];
}

/**
 * vis-timeline builds, inserts and measures each new item, about a millisecond apiece: a dataset's
 * first few hundred items go in this many per task (those nearest the middle of the window first),
 * so that the page never waits on all of them at once.
 */
export const ITEMS_PER_TASK = 100;

interface VisGroup {
  id: number;
  content: string;
  label: string;
  /** Place from the top (vis-timeline's default `groupOrder` is this field). */
  order: number;
}

const MINUTE = 60_000;
const YEAR = 365.25 * 24 * 60 * MINUTE;

/**
 * How far out the reader may zoom: two centuries, or twice the whole dataset for a longer history
 * (3500 BC to today), so that "Fit all" always fits.
 */
function zoomMaxFor(fitRange: TimeRange | null): number {
  return Math.max(200 * YEAR, fitRange ? 2 * (fitRange.end - fitRange.start) : 0);
}

/** Moment pinned to the axis zone. Only UTC and the viewer's zone are possible: vis-timeline's axis is moment's. */
function momentFor(zone: AxisZone): TimelineOptions['moment'] {
  return zone === 'UTC' ? (date: moment.MomentInput) => moment(date).utc() : (date: moment.MomentInput) => moment(date);
}

const CANVAS_STYLE = { '--sl-range-item-height': `${RANGE_ITEM_HEIGHT}px` } as CSSProperties;

type RangeEvent = { start: Date; end: Date; byUser: boolean };

/** Stacking order: boxes, then ranges from the shortest to the longest, each in time order. */
function shortestFirst(a: VisItem, b: VisItem): number {
  const length = (item: VisItem) => (item.type === 'box' ? 0 : (item.end ?? item.start) - item.start);
  return length(a) - length(b) || a.start - b.start;
}

export function TimelineView(props: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const syncRef = useRef<ItemSync | null>(null);
  const eraSyncRef = useRef<EraSync | null>(null);
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null);
  /** True from the reader's first move of the window until it settles. */
  const movingRef = useRef(false);
  // Handlers change every render; the timeline's listeners read the latest through this ref.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  /** The first paint is told once vis-timeline has drawn and the items first known are all in. */
  const firstPaint = useRef({ drawn: false, itemsIn: false, told: false });
  const tellFirstPaint = useCallback(() => {
    const state = firstPaint.current;
    if (!state.drawn || !state.itemsIn || state.told) return;
    state.told = true;
    latest.current.onFirstPaint?.();
  }, []);

  useLayoutEffect(() => {
    const container = containerRef.current!;
    const items = new DataSet<VisItem | EraVisItem, 'id'>();
    const groups = new DataSet<VisGroup, 'id'>();
    const sync = new ItemSync(items);
    const eraSync = new EraSync(items);
    const initial = latest.current.window ?? latest.current.fitRange;
    const options: TimelineOptions = {
      ...(initial ? { start: initial.start, end: initial.end } : {}),
      moment: momentFor(latest.current.axisZone),
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
      zoomMax: zoomMaxFor(latest.current.fitRange),
      // Years as the page writes them ("625", "44 BC"), not moment's "0625", "-0043".
      format: AXIS_FORMAT,
      // The timeline is as tall as its lanes and the page scrolls, rather than a scroll area of
      // its own that keyboard users could not reach; clusters keep the lanes short.
      verticalScroll: false,
      minHeight: 240,
      groupHeightMode: 'auto',
      // Items are elements built with textContent, never HTML strings.
      template: (item: VisItem) => eraSync.elementFor(item.id) ?? sync.elementFor(item.id) ?? '',
      groupTemplate: (group: VisGroup | null) => buildLaneElement(group?.label ?? ''),
      onInitialDrawComplete: () => {
        firstPaint.current.drawn = true;
        tellFirstPaint();
      },
    };
    const timeline = new Timeline(container, items, groups, options);
    // Given a start and end, vis-timeline stays invisible until a range change has *settled*, which
    // it announces 200 ms after the change. Announce it now, so the first draw is shown at once.
    (timeline as unknown as { emit(event: string, properties: unknown): void }).emit('rangechanged', {
      start: new Date(initial?.start ?? 0),
      end: new Date(initial?.end ?? 0),
      byUser: false,
    });
    timelineRef.current = timeline;
    syncRef.current = sync;
    eraSyncRef.current = eraSync;
    groupsRef.current = groups;

    // Only the reader's own moves are reported: programmatic ones came from the props already.
    let frame = 0;
    let moved = false;
    timeline.on('rangechange', ({ start, end, byUser }: RangeEvent) => {
      if (!byUser) return;
      movingRef.current = moved = true;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => latest.current.onWindowChange({ start: +start, end: +end }, false));
    });
    timeline.on('rangechanged', ({ start, end, byUser }: RangeEvent) => {
      if (!byUser) return;
      cancelAnimationFrame(frame);
      movingRef.current = false;
      latest.current.onWindowChange({ start: +start, end: +end }, true);
    });
    // A drag that starts on an item ends on it too (the item moves with the pointer), and the
    // browser then sends a click: that was a pan, not a choice of the item.
    const onPointerDown = () => (moved = false);
    container.addEventListener('pointerdown', onPointerDown, { capture: true });
    timeline.on('click', ({ item }: { item: string | null }) => {
      const spec = item === null || moved ? undefined : sync.specOf(item);
      if (spec) latest.current.onItemActivate(spec);
    });
    return () => {
      cancelAnimationFrame(frame);
      container.removeEventListener('pointerdown', onPointerDown, { capture: true });
      timeline.destroy();
      timelineRef.current = null;
      syncRef.current = null;
      sync.clear();
    };
  }, [tellFirstPaint]);

  const { lanes, items, selectedItemIds, window, fitRange, glide, axisZone, eras } = props;

  useEffect(() => {
    eraSyncRef.current!.sync(eras ?? []);
  }, [eras]);

  useEffect(() => {
    const groups = groupsRef.current!;
    // `order` is the lane's place in the list: a lane kept from the page before (the row of the
    // others) would otherwise stay where it was inserted, above the new page's lanes.
    const next = lanes.map((lane, order) => ({ id: lane.ordinal, content: '', label: lane.label, order }));
    const keep = new Set(next.map((g) => g.id));
    groups.remove(groups.getIds().filter((id) => !keep.has(id as number)));
    groups.update(next);
  }, [lanes]);

  // The selected items are marked again after each step of the sync below: they may arrive late.
  const showSelection = useCallback(
    () => timelineRef.current?.setSelection(syncRef.current!.visIds(latest.current.selectedItemIds)),
    [],
  );

  useEffect(() => {
    if (items === null) return;
    const sync = syncRef.current!;
    let cancel = () => {};
    const step = () => {
      const { start, end } = timelineRef.current!.getWindow();
      let complete = false;
      withOneRedraw(
        () => (complete = sync.sync(items, { limit: ITEMS_PER_TASK, near: (+start + +end) / 2 })),
        () => timelineRef.current!.redraw(),
      );
      showSelection();
      if (!complete) {
        cancel = inNextTask(step);
        return;
      }
      firstPaint.current.itemsIn = true;
      tellFirstPaint();
    };
    step();
    return () => cancel();
  }, [items, showSelection, tellFirstPaint]);

  useEffect(() => {
    showSelection();
  }, [selectedItemIds, showSelection]);

  // A newly selected event's lane is scrolled into view once the timeline has drawn it there.
  const selectionKey = selectedItemIds.join(' ');
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !selectionKey) return;
    return scrollSelectionIntoView(timeline, containerRef.current!);
  }, [selectionKey]);

  useEffect(() => {
    timelineRef.current?.setOptions({ moment: momentFor(axisZone) });
  }, [axisZone]);

  const zoomMax = zoomMaxFor(fitRange);
  useEffect(() => {
    timelineRef.current?.setOptions({ zoomMax });
  }, [zoomMax]);

  useEffect(() => {
    const timeline = timelineRef.current;
    const target = window ?? fitRange;
    // While the reader moves the window, the store follows the timeline, never the other way.
    if (!timeline || !target || movingRef.current) return;
    const current = timeline.getWindow();
    const tolerance = Math.max((target.end - target.start) / 10_000, MINUTE);
    if (Math.abs(+current.start - target.start) > tolerance || Math.abs(+current.end - target.end) > tolerance) {
      timeline.setWindow(target.start, target.end, { animation: glide ? glideOptions() : false });
    }
  }, [window, fitRange, glide]);

  return <div ref={containerRef} className="sl-timeline-canvas" style={CANVAS_STYLE} />;
}
