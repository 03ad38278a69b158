/**
 * Keeps vis-timeline's items equal to the item specs of the moment, doing as little as possible:
 * an item whose place is unchanged keeps its element and only has its text rewritten (vis-timeline
 * would otherwise build, insert and measure a new one); only items that are new, gone or placed
 * anew go through vis-timeline. Elements are kept for the items on the timeline only, so memory is
 * bounded by what is shown, however long the reader pans.
 */
import { buildItemElement, fillItemElement } from './itemElement';
import type { ItemSpec } from './itemSpecs';

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
  remove(ids: string[]): unknown;
}

export interface ItemChanges {
  /** Items to take off the timeline (gone, or to be placed anew). */
  remove: string[];
  /** Items to put on the timeline (new, or placed anew). */
  add: ItemSpec[];
  /** Items that stay where they are but show something else. */
  refill: ItemSpec[];
}

/** What changes to go from the items `shown` to `next` (ids in `next` are unique). */
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

export function toVisItem(spec: ItemSpec): VisItem {
  return {
    id: spec.id,
    group: spec.lane,
    start: spec.start,
    ...(spec.end !== undefined ? { end: spec.end } : {}),
    type: spec.shape,
    className: spec.classNames.join(' '),
    content: '',
  };
}

export class ItemSync {
  private readonly specs = new Map<string, ItemSpec>();
  private readonly elements = new Map<string, HTMLElement>();

  constructor(private readonly store: ItemStore) {}

  /** Brings the timeline's items to `next`. */
  sync(next: readonly ItemSpec[]): void {
    const { remove, add, refill } = diffItems(this.specs, next);
    for (const id of remove) {
      this.specs.delete(id);
      this.elements.delete(id);
    }
    for (const spec of refill) {
      this.specs.set(spec.id, spec);
      const element = this.elements.get(spec.id);
      if (element) fillItemElement(element, spec);
    }
    for (const spec of add) this.specs.set(spec.id, spec);
    if (remove.length) this.store.remove(remove);
    if (add.length) this.store.add(add.map(toVisItem));
  }

  /** The spec an item on the timeline shows. */
  spec(id: string): ItemSpec | undefined {
    return this.specs.get(id);
  }

  /** The element of an item on the timeline (built on first use; vis-timeline asks when it draws it). */
  elementFor(id: string): HTMLElement | undefined {
    let element = this.elements.get(id);
    const spec = this.specs.get(id);
    if (!element && spec) this.elements.set(id, (element = buildItemElement(spec)));
    return element;
  }

  /** How many elements are kept (for tests: never more than the items shown). */
  get elementCount(): number {
    return this.elements.size;
  }

  clear(): void {
    this.specs.clear();
    this.elements.clear();
  }
}
