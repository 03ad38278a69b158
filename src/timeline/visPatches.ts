/**
 * Six overrides of vis-timeline internals that remove DOM work it repeats on every redraw, which
 * is every frame of a drag or zoom (measured with `npm run bench`; see docs/performance.md):
 *
 * - Time-axis labels: vis-timeline rewrites every label with `innerHTML` after running it through
 *   an HTML sanitiser, each frame, which made the axis about 40% of a pan frame. Here a label's
 *   text and class are written only when they change, as text.
 * - Range items: vis-timeline reads two computed styles and two sizes from each new range item,
 *   which forces a layout per lane with new items. Our range items have a fixed height (set here
 *   and in the stylesheet through `--sl-range-item-height`) and clip their text, so their sizes
 *   are known without asking the browser.
 * - The background group (which holds no items here) reads its width each redraw, forcing a layout
 *   before any item has moved; it now keeps the width it had.
 * - Adding items: a lane shows each item the moment it is added, measuring it straight after
 *   writing it, so giving the timeline 300 new items (a filter, a zoom) forced 300 layouts, about
 *   230 ms at 100,000 events. Added items now wait for the redraw that follows every change, which
 *   creates all new items first and then measures them together (one layout).
 * - One redraw per change of items: vis-timeline redraws its items after each of remove, update
 *   and add, so one filter change laid the page out three times; `withOneRedraw` holds those
 *   redraws and redraws once at the end.
 * - Each lane reads the height of its "marker", an empty hidden element, at the start of every
 *   redraw, to redraw all its items when that height changes. The element is empty, so its height
 *   is 0 from the first read on; only that first read is kept. The later ones forced a layout
 *   per lane per redraw (the largest single cost of drawing a dataset's first items).
 *
 * - The first draw: given a start and an end, vis-timeline keeps itself hidden until a range change
 *   has settled, which it announces 200 ms after the change; `showFirstDrawNow` announces it at once.
 *
 * Each override replaces a method of a class that vis-timeline exports (`timeline.components`);
 * when a method is missing (another version of vis-timeline), it is left alone and
 * `applyVisPatches()` says so. They are applied when the timeline's chunk is loaded
 * (`loadTimelineView`), never as a side effect of importing this module.
 *
 * Upgrading vis-timeline: every upstream function an override replaces or relies on is listed in
 * UPSTREAM with a fingerprint of its source, and visPatches.test.ts fails, naming the function,
 * when the installed source differs. Read the new upstream code, re-derive the override, then
 * record the new fingerprint (docs/architecture.md, "Upgrading vis-timeline").
 */
import * as vis from 'vis-timeline/esnext';

/** The height of every range item, in px (the stylesheet reads it as --sl-range-item-height). */
export const RANGE_ITEM_HEIGHT = 26;

type Method = (this: never, ...args: never[]) => unknown;
type Prototype = Record<string, Method | undefined>;

const components =
  (vis as unknown as { timeline?: { components?: Record<string, { prototype: Prototype } | undefined> } }).timeline
    ?.components ?? {};
/** vis-timeline's Core, the class Timeline extends (not exported by name). */
const core = Object.getPrototypeOf(vis.Timeline.prototype) as Prototype;
const items = (components as unknown as { items?: Record<string, { prototype: Prototype } | undefined> }).items ?? {};

interface AxisDom {
  foreground: HTMLElement;
  minorTexts: HTMLElement[];
  majorTexts: HTMLElement[];
  redundant: { minorTexts: HTMLElement[]; majorTexts: HTMLElement[] };
}

interface TimeAxis {
  dom: AxisDom;
  props: { majorLabelHeight: number; minorLabelHeight: number };
  options: { rtl?: boolean };
}

/** A label from those left over by the previous redraw, or a new one; `deep` labels hold their text in a child. */
function takeLabel(spare: HTMLElement[], parent: HTMLElement, deep: boolean): HTMLElement {
  const reused = spare.shift();
  if (reused) return reused;
  const label = document.createElement('div');
  if (deep) label.append(document.createElement('div'));
  parent.append(label);
  return label;
}

function writeLabel(label: HTMLElement, text: string, className: string, x: number, y: number, rtl?: boolean) {
  const holder = (label.firstElementChild as HTMLElement | null) ?? label;
  if (holder.textContent !== text) holder.textContent = text;
  if (label.className !== className) label.className = className;
  label.style.transform = `translate(${rtl ? -x : x}px, ${y}px)`;
}

function minorText(this: TimeAxis, x: number, text: string, orientation: string, classes: string): HTMLElement {
  const label = takeLabel(this.dom.redundant.minorTexts, this.dom.foreground, false);
  const y = orientation === 'top' ? this.props.majorLabelHeight : 0;
  writeLabel(label, text, `vis-text vis-minor ${classes}`, x, y, this.options.rtl);
  this.dom.minorTexts.push(label);
  return label;
}

function majorText(this: TimeAxis, x: number, text: string, orientation: string, classes: string): HTMLElement {
  const label = takeLabel(this.dom.redundant.majorTexts, this.dom.foreground, true);
  const y = orientation === 'top' ? 0 : this.props.minorLabelHeight;
  writeLabel(label, text, `vis-text vis-major ${classes}`, x, y, this.options.rtl);
  this.dom.majorTexts.push(label);
  return label;
}

interface RangeItem {
  overflow: boolean;
  whiteSpace: boolean;
}

function rangeItemSizes(this: RangeItem) {
  // What vis-timeline would read: the text is clipped (no overflow) on one line (nowrap).
  this.overflow = false;
  this.whiteSpace = false;
  return { content: { width: 0 }, box: { height: RANGE_ITEM_HEIGHT } };
}

interface BackgroundGroup {
  width: number;
  items: Record<string, unknown>;
  dom: { background: HTMLElement };
}

function backgroundRedraw(original: Method) {
  return function (this: BackgroundGroup, ...args: unknown[]) {
    if (Object.keys(this.items).length > 0 || !this.width)
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    this.dom.background.style.height = '0';
    return false;
  };
}

interface LaneItem {
  id: string | number;
  data: { subgroup?: unknown };
  setParent(group: unknown): void;
}

interface Lane {
  items: Record<string, LaneItem>;
  stackDirty: boolean;
  _addToSubgroup(item: LaneItem): void;
  orderSubgroups(): void;
}

/** vis-timeline's `Group.add` less its last step (showing and measuring the item on its own). */
function laneAdd(this: Lane, item: LaneItem) {
  this.items[item.id] = item;
  item.setParent(this);
  this.stackDirty = true;
  if (item.data.subgroup !== undefined) {
    this._addToSubgroup(item);
    this.orderSubgroups();
  }
}

/** While true, the item set's own redraws wait for the one `withOneRedraw` makes at the end. */
let holdingRedraws = false;
let redrawHeld = false;

function heldRedraw(original: Method) {
  return function (this: unknown, ...args: unknown[]) {
    if (!holdingRedraws) return (original as (...a: unknown[]) => unknown).apply(this, args);
    redrawHeld = true;
    return false;
  };
}

/** Runs `change` (DataSet removes, updates, adds) with the item set's redraws held, then `redraw` once if any was asked for. */
export function withOneRedraw(change: () => void, redraw: () => void): void {
  holdingRedraws = true;
  redrawHeld = false;
  try {
    change();
  } finally {
    holdingRedraws = false;
  }
  if (redrawHeld) redraw();
}

interface Group {
  lastMarkerHeight?: number;
}

function markerHeightReadOnce(original: Method) {
  return function (this: Group, ...args: unknown[]) {
    // Once read, the empty marker's height stays 0: nothing can have changed.
    if (this.lastMarkerHeight === 0) return false;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}

interface Patch {
  /** "Class.method", as the tests and the upgrade notes name it. */
  name: string;
  target: Prototype | undefined;
  method: string;
  patch: (original: Method) => Method;
}

const PATCHES: Patch[] = [
  {
    name: 'TimeAxis._repaintMinorText',
    target: components.TimeAxis?.prototype,
    method: '_repaintMinorText',
    patch: () => minorText as Method,
  },
  {
    name: 'TimeAxis._repaintMajorText',
    target: components.TimeAxis?.prototype,
    method: '_repaintMajorText',
    patch: () => majorText as Method,
  },
  {
    name: 'RangeItem._getDomComponentsSizes',
    target: items.RangeItem?.prototype,
    method: '_getDomComponentsSizes',
    patch: () => rangeItemSizes as Method,
  },
  {
    name: 'BackgroundGroup.redraw',
    target: components.BackgroundGroup?.prototype,
    method: 'redraw',
    patch: (o) => backgroundRedraw(o) as Method,
  },
  { name: 'Group.add', target: components.Group?.prototype, method: 'add', patch: () => laneAdd as Method },
  {
    name: 'ItemSet.redraw',
    target: components.ItemSet?.prototype,
    method: 'redraw',
    patch: (o) => heldRedraw(o) as Method,
  },
  {
    name: 'Group._didMarkerHeightChange',
    target: components.Group?.prototype,
    method: '_didMarkerHeightChange',
    patch: (o) => markerHeightReadOnce(o) as Method,
  },
];

/** The upstream functions as they were before any override: what the overrides were written against. */
const originals = new Map<string, Method>();
let applied: string[] | null = null;

/** Applies the overrides once; returns the names of those that could not be applied (none with vis-timeline 8.5.4). */
export function applyVisPatches(): string[] {
  if (!applied) {
    applied = [];
    for (const { name, target, method, patch } of PATCHES) {
      const original = target?.[method];
      if (!target || typeof original !== 'function') continue;
      originals.set(name, original);
      target[method] = patch(original);
      applied.push(name);
    }
  }
  return PATCHES.map((p) => p.name).filter((name) => !applied!.includes(name));
}

/**
 * The source of each upstream function an override replaces or relies on, keyed by the name the
 * upgrade notes use: the originals, whether or not the overrides have been applied.
 */
export function upstreamSources(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const { name, target, method } of PATCHES) {
    const fn = originals.get(name) ?? target?.[method];
    if (typeof fn === 'function') sources[name] = String(fn);
  }
  // showFirstDrawNow relies on these two: Core._create starts listening for the first settled
  // range change, and Timeline's constructor shows the timeline only once it has come.
  if (typeof core._create === 'function') sources['Core._create'] = String(core._create);
  sources['Timeline.constructor'] = constructorSource(String(vis.Timeline));
  return sources;
}

/** A class's constructor, cut from the class's source (up to the next method). */
function constructorSource(classSource: string): string {
  const start = classSource.indexOf('constructor(');
  if (start < 0) return '';
  const next = /\n {2}[A-Za-z_$][\w$]*\([^)]*\) \{/.exec(classSource.slice(start + 1));
  return next ? classSource.slice(start, start + 1 + next.index) : classSource.slice(start);
}

/** A short fingerprint of a function's source (FNV-1a, 32 bits, as hex): enough to notice a change. */
export function fingerprintOf(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Shows a timeline created with a start and an end at once. vis-timeline would stay hidden until
 * its private `rangechanged` event, which it sends 200 ms after a range change has settled; this
 * sends it now (byUser: false, so that the app's own listeners ignore it).
 */
export function showFirstDrawNow(timeline: vis.Timeline, range: { start: number; end: number }): void {
  (timeline as unknown as { emit(event: string, properties: unknown): void }).emit('rangechanged', {
    start: new Date(range.start),
    end: new Date(range.end),
    byUser: false,
  });
}
