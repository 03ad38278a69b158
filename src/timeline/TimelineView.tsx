/**
 * A thin React wrapper around vis-timeline: the timeline is created once (layout effect) and
 * destroyed on unmount; lanes and items are synced into its DataSets by diff, so a filter change
 * updates only the items that changed and never remounts the timeline. Each changing input has an
 * effect of its own.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { buildItemElement, buildLaneElement } from './itemElement';
import type { ItemSpec } from './itemSpecs';

export interface TimeRange {
  start: number;
  end: number;
}

export type AxisZone = 'UTC' | 'local';

export interface TimelineViewProps {
  lanes: readonly { ordinal: number; label: string }[];
  items: readonly ItemSpec[];
  selectedItemIds: readonly string[];
  /** The window to show; null shows `fitRange`. */
  window: TimeRange | null;
  fitRange: TimeRange | null;
  axisZone: AxisZone;
  /** Called as the window moves (final=false, throttled to frames) and once it settles (final=true). */
  onWindowChange: (range: TimeRange, final: boolean) => void;
  onItemActivate: (spec: ItemSpec) => void;
  /** Called once, after the first draw with items in it. */
  onFirstPaint?: () => void;
}

interface VisItem {
  id: string;
  group: number;
  start: number;
  end?: number;
  type: 'box' | 'range';
  className: string;
  content: string;
  spec: ItemSpec;
}

interface VisGroup {
  id: number;
  content: string;
  label: string;
}

const MINUTE = 60_000;
const YEAR = 365.25 * 24 * 60 * MINUTE;

/** Moment pinned to the axis zone. Only UTC and the viewer's zone are possible: vis-timeline's axis is moment's. */
function momentFor(zone: AxisZone): TimelineOptions['moment'] {
  return zone === 'UTC' ? (date: moment.MomentInput) => moment(date).utc() : (date: moment.MomentInput) => moment(date);
}

export function TimelineView(props: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null);
  // Handlers change every render; the timeline's listeners read the latest through this ref.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    const container = containerRef.current!;
    const items = new DataSet<VisItem, 'id'>();
    const groups = new DataSet<VisGroup, 'id'>();
    const elementCache = new Map<string, { signature: string; element: HTMLElement }>();
    const initial = latest.current.window ?? latest.current.fitRange;
    const options: TimelineOptions = {
      ...(initial ? { start: initial.start, end: initial.end } : {}),
      moment: momentFor(latest.current.axisZone),
      stack: true,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      showTooltips: false,
      zoomMin: 10 * MINUTE,
      zoomMax: 200 * YEAR,
      // The timeline is as tall as its lanes and the page scrolls, rather than a scroll area of
      // its own that keyboard users could not reach; clusters keep the lanes short.
      verticalScroll: false,
      minHeight: 240,
      groupHeightMode: 'auto',
      // Items come as elements built with textContent, never as HTML strings.
      template: (item: VisItem) => {
        const spec = item.spec;
        const cached = elementCache.get(spec.id);
        if (cached && cached.signature === spec.signature) return cached.element;
        const element = buildItemElement(spec);
        elementCache.set(spec.id, { signature: spec.signature, element });
        return element;
      },
      groupTemplate: (group: VisGroup | null) => buildLaneElement(group?.label ?? ''),
      onInitialDrawComplete: () => latest.current.onFirstPaint?.(),
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
    itemsRef.current = items;
    groupsRef.current = groups;

    // Only the reader's own moves are reported: programmatic ones came from the props already.
    type RangeEvent = { start: Date; end: Date; byUser: boolean };
    let frame = 0;
    timeline.on('rangechange', ({ start, end, byUser }: RangeEvent) => {
      if (!byUser) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => latest.current.onWindowChange({ start: +start, end: +end }, false));
    });
    timeline.on('rangechanged', ({ start, end, byUser }: RangeEvent) => {
      if (!byUser) return;
      cancelAnimationFrame(frame);
      latest.current.onWindowChange({ start: +start, end: +end }, true);
    });
    timeline.on('click', ({ item }: { item: string | null }) => {
      const spec = item === null ? undefined : items.get(item)?.spec;
      if (spec) latest.current.onItemActivate(spec);
    });
    return () => {
      cancelAnimationFrame(frame);
      timeline.destroy();
      timelineRef.current = null;
      elementCache.clear();
    };
  }, []);

  const { lanes, items, selectedItemIds, window, fitRange, axisZone } = props;

  useEffect(() => {
    const groups = groupsRef.current!;
    const next = lanes.map((lane) => ({ id: lane.ordinal, content: '', label: lane.label }));
    const keep = new Set(next.map((g) => g.id));
    groups.remove(groups.getIds().filter((id) => !keep.has(id as number)));
    groups.update(next);
  }, [lanes]);

  useEffect(() => {
    syncItems(itemsRef.current!, items);
  }, [items]);

  useEffect(() => {
    timelineRef.current?.setSelection([...selectedItemIds]);
  }, [selectedItemIds, items]);

  useEffect(() => {
    timelineRef.current?.setOptions({ moment: momentFor(axisZone) });
  }, [axisZone]);

  useEffect(() => {
    const timeline = timelineRef.current;
    const target = window ?? fitRange;
    if (!timeline || !target) return;
    const current = timeline.getWindow();
    const tolerance = Math.max((target.end - target.start) / 10_000, MINUTE);
    if (Math.abs(+current.start - target.start) > tolerance || Math.abs(+current.end - target.end) > tolerance) {
      timeline.setWindow(target.start, target.end, { animation: false });
    }
  }, [window, fitRange]);

  return <div ref={containerRef} className="sl-timeline-canvas" />;
}

/**
 * Applies the difference between what the timeline holds and `specs`. A changed item is replaced,
 * not merged: a merge would keep fields the new item lacks (a range's end on what is now a box).
 */
function syncItems(dataSet: DataSet<VisItem, 'id'>, specs: readonly ItemSpec[]): void {
  const wanted = new Map(specs.map((spec) => [spec.id, spec]));
  const stale: string[] = [];
  for (const existing of dataSet.get()) {
    const spec = wanted.get(existing.id);
    if (spec && spec.signature === existing.spec.signature) wanted.delete(existing.id);
    else stale.push(existing.id);
  }
  if (stale.length) dataSet.remove(stale);
  // Whatever is left in `wanted` is new or changed.
  if (wanted.size) dataSet.add([...wanted.values()].map(toVisItem));
}

function toVisItem(spec: ItemSpec): VisItem {
  return {
    id: spec.id,
    group: spec.lane,
    start: spec.start,
    ...(spec.end !== undefined ? { end: spec.end } : {}),
    type: spec.shape,
    className: spec.classNames.join(' '),
    content: '',
    spec,
  };
}
