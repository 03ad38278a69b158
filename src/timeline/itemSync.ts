/**
 * Keeps vis-timeline's items equal to the item specs of the moment, doing as little as possible:
 *
 * - an item whose place is unchanged keeps its element and only has its text rewritten;
 * - a range item (clusters, mostly) that moves, or leaves while another arrives in its lane, is
 *   recycled: vis-timeline updates the one it has in place instead of removing one and building,
 *   inserting and measuring another (after a zoom or a filter, nearly every cluster changes);
 * - only boxes (whose size is their text's) and items with nothing to recycle are added anew;
 * - many new items (a dataset's first draw) can be put in over several calls, nearest a given time
 *   first, so that no single one holds the page for long: vis-timeline builds and measures each.
 *
 * So vis-timeline's item ids are its own (`v1`, `v2`, …), mapped to and from spec ids here.
 * Elements are kept for the items on the timeline only: memory is bounded by what is shown,
 * however long the reader pans.
 */
import { buildItemElement, fillItemElement } from './itemElement';
import type { ItemSpec } from './types';

/** What vis-timeline is given: geometry and classes only; the element comes from `elementFor`. */
export interface VisItem {
  id: string;
  group: number;
  start: number;
  end?: number;
  type: 'box' | 'range';
  className: string;
  content: '';
}

/** The part of vis-data's DataSet that the sync uses. */
export interface ItemStore {
  add(items: VisItem[]): unknown;
  update(items: VisItem[]): unknown;
  remove(ids: string[]): unknown;
}

export interface ItemChanges {
  /** Specs to take off the timeline (gone, or to be placed anew). */
  remove: string[];
  /** Specs to put on the timeline (new, or placed anew). */
  add: ItemSpec[];
  /** Specs that stay where they are but show something else. */
  refill: ItemSpec[];
}

/** What changes to go from the specs `shown` to `next` (ids in `next` are unique). */
export function diffItems(shown: ReadonlyMap<string, ItemSpec>, next: readonly ItemSpec[]): ItemChanges {
  const changes: ItemChanges = { remove: [], add: [], refill: [] };
  const nextIds = new Set<string>();
  for (const spec of next) {
    nextIds.add(spec.id);
    const old = shown.get(spec.id);
    if (!old) changes.add.push(spec);
    else if (old.layoutKey !== spec.layoutKey) {
      changes.remove.push(spec.id);
      changes.add.push(spec);
    } else if (old.contentKey !== spec.contentKey) changes.refill.push(spec);
  }
  for (const id of shown.keys()) if (!nextIds.has(id)) changes.remove.push(id);
  return changes;
}

export function toVisItem(spec: ItemSpec, id: string): VisItem {
  return {
    id,
    group: spec.lane,
    start: spec.start,
    ...(spec.end !== undefined ? { end: spec.end } : {}),
    type: spec.shape,
    className: spec.classNames.join(' '),
    content: '',
  };
}

export class ItemSync {
  /** Spec id → what is shown for it. */
  private readonly shown = new Map<string, { spec: ItemSpec; visId: string }>();
  /** vis-timeline id → spec id, and the element of each vis-timeline item drawn so far. */
  private readonly specIds = new Map<string, string>();
  private readonly elements = new Map<string, HTMLElement>();
  private nextId = 1;

  constructor(private readonly store: ItemStore) {}

  /**
   * Brings the timeline's items to `next`, or, given a `limit`, puts in at most that many new or
   * moved items, those nearest the time `near` first: calling again with the same `next` goes on
   * from there. Returns whether the timeline now holds exactly `next`.
   */
  sync(next: readonly ItemSpec[], { limit = Infinity, near = 0 }: { limit?: number; near?: number } = {}): boolean {
    const specs = new Map([...this.shown].map(([id, { spec }]) => [id, spec]));
    const changes = diffItems(specs, next);
    const { remove, refill } = changes;
    const complete = changes.add.length <= limit;
    const add = complete ? changes.add : nearestFirst(changes.add, near).slice(0, limit);
    // Range items that leave, by lane: the arriving ranges of that lane take them over.
    const spare = new Map<number, string[]>();
    const removed: string[] = [];
    for (const id of remove) {
      const { spec, visId } = this.shown.get(id)!;
      this.shown.delete(id);
      this.specIds.delete(visId);
      if (spec.shape !== 'range') removed.push(visId);
      else if (spare.has(spec.lane)) spare.get(spec.lane)!.push(visId);
      else spare.set(spec.lane, [visId]);
    }
    for (const spec of refill) {
      const { visId } = this.shown.get(spec.id)!;
      this.shown.set(spec.id, { spec, visId });
      const element = this.elements.get(visId);
      if (element) fillItemElement(element, spec);
    }
    const added: VisItem[] = [];
    const updated: VisItem[] = [];
    for (const spec of add) {
      const reused = spec.shape === 'range' ? spare.get(spec.lane)?.pop() : undefined;
      const visId = reused ?? `v${this.nextId++}`;
      this.shown.set(spec.id, { spec, visId });
      this.specIds.set(visId, spec.id);
      (reused ? updated : added).push(toVisItem(spec, visId));
      const element = reused && this.elements.get(visId);
      if (element) fillItemElement(element, spec);
    }
    for (const ids of spare.values()) removed.push(...ids);
    for (const visId of removed) this.elements.delete(visId);
    if (removed.length) this.store.remove(removed);
    if (updated.length) this.store.update(updated);
    if (added.length) this.store.add(added);
    return complete;
  }

  /** The spec shown by a vis-timeline item. */
  specOf(visId: string): ItemSpec | undefined {
    const id = this.specIds.get(visId);
    return id === undefined ? undefined : this.shown.get(id)?.spec;
  }

  /** The vis-timeline ids of the items showing these specs. */
  visIds(specIds: readonly string[]): string[] {
    return specIds.flatMap((id) => this.shown.get(id)?.visId ?? []);
  }

  /** The element of a vis-timeline item (built on first use: vis-timeline asks when it draws it). */
  elementFor(visId: string): HTMLElement | undefined {
    let element = this.elements.get(visId);
    const spec = this.specOf(visId);
    if (!element && spec) this.elements.set(visId, (element = buildItemElement(spec)));
    return element;
  }

  /** How many elements are kept (never more than the items shown). */
  get elementCount(): number {
    return this.elements.size;
  }

  clear(): void {
    this.shown.clear();
    this.specIds.clear();
    this.elements.clear();
  }
}

/** The specs by their distance in time from `at` (0 for an item that spans it). */
function nearestFirst(specs: readonly ItemSpec[], at: number): ItemSpec[] {
  const distance = (spec: ItemSpec) => Math.max(spec.start - at, at - (spec.end ?? spec.start), 0);
  return [...specs].sort((a, b) => distance(a) - distance(b));
}
