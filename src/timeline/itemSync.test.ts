// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { diffItems, ItemSync, toVisItem, type VisItem } from './itemSync';
import { spec } from './testing.test-utils';
import type { ItemSpec } from './types';

describe('diffItems', () => {
  const shown = new Map(['a', 'b', 'c', 'd'].map((id) => [id, spec(id)]));

  it('adds what is new, removes what is gone, replaces what moved and refills what only reads differently', () => {
    const next = [
      spec('a'),
      spec('b', { start: 1500 }),
      spec('c', { title: '6 events' }),
      spec('e'),
      spec('f', { shape: 'box', end: undefined }),
    ];
    const changes = diffItems(shown, next);
    expect(changes.remove.sort()).toEqual(['b', 'd']);
    expect(changes.add.map((s) => s.id).sort()).toEqual(['b', 'e', 'f']);
    expect(changes.refill.map((s) => s.id)).toEqual(['c']);
  });

  it('changes nothing when nothing changed', () => {
    expect(
      diffItems(
        shown,
        [...shown.values()].map((s) => spec(s.id)),
      ),
    ).toEqual({ remove: [], add: [], refill: [] });
  });

  it('replaces a box whose text changes (a box is as large as its text)', () => {
    const box = spec('x', { shape: 'box', end: undefined });
    const changes = diffItems(new Map([['x', box]]), [spec('x', { shape: 'box', end: undefined, title: 'New' })]);
    expect(changes).toEqual({ remove: ['x'], add: [expect.objectContaining({ id: 'x', title: 'New' })], refill: [] });
  });
});

describe('toVisItem', () => {
  it('gives vis-timeline geometry and fixed classes, never text', () => {
    expect(toVisItem(spec('a', { lane: 3, classNames: ['sl-type-call', 'sl-disputed'] }), 'v7')).toEqual({
      id: 'v7',
      group: 3,
      start: 1000,
      end: 2000,
      type: 'range',
      className: 'sl-type-call sl-disputed',
      content: '',
    });
    expect(toVisItem(spec('b', { shape: 'box', end: undefined }), 'v8')).not.toHaveProperty('end');
  });
});

describe('ItemSync with a vis-data DataSet', () => {
  function setup() {
    const store = new DataSet<VisItem, 'id'>();
    const events: string[] = [];
    store.on('*', (event, payload) => events.push(`${String(event)} ${(payload as { items: string[] }).items.length}`));
    const sync = new ItemSync(store);
    /** What the timeline holds, as the specs' ids and fields (vis-timeline's own ids aside). */
    const holds = (specs: ItemSpec[]) =>
      specs.map((s) => {
        const [visId] = sync.visIds([s.id]);
        return { ...store.get(visId!)!, id: s.id, spec: sync.specOf(visId!)?.id };
      });
    return { store, events, sync, holds };
  }
  const expected = (specs: ItemSpec[]) => specs.map((s) => ({ ...toVisItem(s, s.id), spec: s.id }));

  it('puts exactly the specs on the timeline, and follows them', () => {
    const { store, sync, holds } = setup();
    const first = [spec('a'), spec('b', { shape: 'box', end: undefined })];
    sync.sync(first);
    expect(holds(first)).toEqual(expected(first));
    const second = [spec('b', { shape: 'box', end: undefined, lane: 2 }), spec('c', { lane: 1 }), spec('d')];
    sync.sync(second);
    expect(holds(second)).toEqual(expected(second));
    expect(store.length).toBe(3);
    sync.sync([]);
    expect(store.length).toBe(0);
  });

  it('rewrites the element of an item whose text changed, without touching vis-timeline', () => {
    const { events, sync } = setup();
    sync.sync([spec('a'), spec('b')]);
    const [visId] = sync.visIds(['a']);
    const element = sync.elementFor(visId!)!;
    expect(element.textContent).toBe('a title');
    events.length = 0;
    sync.sync([spec('a', { title: '6 events', tags: ['~Feb 2022'], description: 'Six' }), spec('b')]);
    expect(events).toEqual([]);
    expect(sync.elementFor(visId!)).toBe(element);
    expect(element.textContent).toBe('6 events ~Feb 2022');
    expect(element.title).toBe('Six');
    expect(sync.specOf(visId!)!.title).toBe('6 events');
  });

  it('moves a range item in place, and hands a leaving range item to one arriving in its lane', () => {
    const { events, sync, holds } = setup();
    sync.sync([spec('a'), spec('b', { lane: 1 })]);
    const [a, b] = sync.visIds(['a', 'b']);
    const elementA = sync.elementFor(a!)!;
    events.length = 0;
    // A zoom: "a" moves; "b" leaves lane 1 while "c" arrives there.
    const next = [spec('a', { start: 1200 }), spec('c', { lane: 1, start: 5000, end: 6000 })];
    sync.sync(next);
    expect(events).toEqual(['update 2']);
    expect(sync.visIds(['a', 'c'])).toEqual([a, b]);
    expect(holds(next)).toEqual(expected(next));
    expect(sync.elementFor(a!)).toBe(elementA);
    expect(sync.elementFor(b!)!.textContent).toBe('c title');
  });

  it('replaces a box that moves or changes its text (a box is as large as its text)', () => {
    const { events, sync } = setup();
    const box = { shape: 'box', end: undefined } as const;
    sync.sync([spec('a', box)]);
    const [before] = sync.visIds(['a']);
    events.length = 0;
    sync.sync([spec('a', { ...box, title: 'Longer title' })]);
    expect(events).toEqual(['remove 1', 'add 1']);
    expect(sync.visIds(['a'])).not.toEqual([before]);
  });

  it('does not hand a range item to another lane', () => {
    const { events, sync } = setup();
    sync.sync([spec('a', { lane: 0 })]);
    events.length = 0;
    sync.sync([spec('b', { lane: 1 })]);
    expect(events).toEqual(['remove 1', 'add 1']);
  });

  it('keeps elements only for the items on the timeline, however many have been shown', () => {
    const { store, sync } = setup();
    for (let round = 0; round < 20; round++) {
      const specs = Array.from({ length: 20 }, (_, i) =>
        spec(`r${round}-${i}`, i % 2 ? { shape: 'box', end: undefined, lane: i % 3 } : { lane: i % 3 }),
      );
      sync.sync(specs);
      for (const id of sync.visIds(specs.map((s) => s.id))) sync.elementFor(id);
    }
    expect(sync.elementCount).toBe(20);
    expect(store.length).toBe(20);
    expect(sync.visIds(['r0-0'])).toEqual([]);
  });

  it('given a limit, puts in that many new items per call, those nearest a time first, until all are in', () => {
    const { store, events, sync, holds } = setup();
    const boxes = [5, 1, 9, 3, 7].map((at) => spec(`b${at}`, { shape: 'box', start: at * 1000, end: undefined }));
    const range = spec('r', { start: 6000, end: 12000 });
    const all = [...boxes, range];
    expect(sync.sync(all, { limit: 2, near: 8400 })).toBe(false);
    // The range spans 8400 (distance 0); the nearest box is at 9000.
    expect(store.getIds().map((id) => sync.specOf(id as string)!.id)).toEqual(['r', 'b9']);
    expect(sync.sync(all, { limit: 2, near: 8400 })).toBe(false);
    expect(sync.sync(all, { limit: 2, near: 8400 })).toBe(true);
    expect(holds(all)).toEqual(expected(all));
    expect(events).toEqual(['add 2', 'add 2', 'add 2']);
    // Nothing left to do: it says so, and touches nothing.
    expect(sync.sync(all, { limit: 2, near: 8400 })).toBe(true);
    expect(events).toHaveLength(3);
  });

  it('writes dataset text as text, never as HTML', () => {
    const { sync } = setup();
    sync.sync([spec('x', { title: '<img src=x onerror=alert(1)>', tags: ['<b>Disputed</b>'], eventId: 'e<1>' })]);
    const element = sync.elementFor(sync.visIds(['x'])[0]!)!;
    expect(element.querySelector('img, b')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)> <b>Disputed</b>');
    expect(element.dataset.eventId).toBe('e<1>');
  });
});
