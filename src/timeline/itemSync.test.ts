// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import type { ItemSpec } from './itemSpecs';
import { diffItems, ItemSync, toVisItem, type VisItem } from './itemSync';

/** A spec as itemSpecs.ts would make it: only the fields the sync reads vary here. */
function spec(id: string, fields: Partial<ItemSpec> = {}): ItemSpec {
  const base = {
    id,
    lane: 0,
    shape: 'range' as const,
    start: 1000,
    end: 2000,
    classNames: ['sl-cluster'],
    title: `${id} title`,
    tags: [],
    description: `${id} description`,
    eventId: null,
    cluster: { start: 1000, end: 2000, count: 5 },
    ...fields,
  };
  const placement = `${base.lane}|${base.shape}|${base.start}|${base.end}|${base.classNames.join(' ')}`;
  const text = `${base.title}|${base.tags.join(',')}`;
  return {
    ...base,
    layoutKey: fields.layoutKey ?? (base.shape === 'box' ? `${placement}|${text}` : placement),
    contentKey: fields.contentKey ?? `${text}|${base.description}`,
  };
}

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
    expect(toVisItem(spec('a', { lane: 3, classNames: ['sl-type-call', 'sl-disputed'] }))).toEqual({
      id: 'a',
      group: 3,
      start: 1000,
      end: 2000,
      type: 'range',
      className: 'sl-type-call sl-disputed',
      content: '',
    });
    expect(toVisItem(spec('b', { shape: 'box', end: undefined }))).not.toHaveProperty('end');
  });
});

describe('ItemSync with a vis-data DataSet', () => {
  function setup() {
    const store = new DataSet<VisItem, 'id'>();
    const events: string[] = [];
    store.on('*', (event, payload) => {
      const { items } = payload as { items: string[] };
      events.push(`${String(event)} ${items.join(',')}`);
    });
    return { store, events, sync: new ItemSync(store) };
  }

  it('puts exactly the specs on the timeline, and follows them', () => {
    const { store, sync } = setup();
    sync.sync([spec('a'), spec('b')]);
    expect(store.get()).toEqual([toVisItem(spec('a')), toVisItem(spec('b'))]);
    sync.sync([spec('b', { lane: 2 }), spec('c')]);
    expect(store.getIds().sort()).toEqual(['b', 'c']);
    expect(store.get('b')!.group).toBe(2);
    sync.sync([]);
    expect(store.length).toBe(0);
  });

  it('rewrites the element of an item whose text changed, without touching vis-timeline', () => {
    const { events, sync } = setup();
    sync.sync([spec('a'), spec('b')]);
    const element = sync.elementFor('a')!;
    expect(element.textContent).toBe('a title');
    events.length = 0;
    sync.sync([spec('a', { title: '6 events', tags: ['~Feb 2022'], description: 'Six' }), spec('b')]);
    expect(events).toEqual([]);
    expect(sync.elementFor('a')).toBe(element);
    expect(element.textContent).toBe('6 events ~Feb 2022');
    expect(element.title).toBe('Six');
    expect(sync.spec('a')!.title).toBe('6 events');
  });

  it('replaces a moved item, with a new element', () => {
    const { events, sync } = setup();
    sync.sync([spec('a')]);
    const element = sync.elementFor('a');
    events.length = 0;
    sync.sync([spec('a', { start: 1200 })]);
    expect(events).toEqual(['remove a', 'add a']);
    expect(sync.elementFor('a')).not.toBe(element);
  });

  it('keeps elements only for the items on the timeline, however many have been shown', () => {
    const { sync } = setup();
    for (let round = 0; round < 20; round++) {
      const specs = Array.from({ length: 20 }, (_, i) => spec(`r${round}-${i}`));
      sync.sync(specs);
      for (const s of specs) sync.elementFor(s.id);
    }
    expect(sync.elementCount).toBe(20);
    expect(sync.elementFor('r0-0')).toBeUndefined();
    expect(sync.spec('r0-0')).toBeUndefined();
  });

  it('writes dataset text as text, never as HTML', () => {
    const { sync } = setup();
    sync.sync([spec('x', { title: '<img src=x onerror=alert(1)>', tags: ['<b>Disputed</b>'], eventId: 'e<1>' })]);
    const element = sync.elementFor('x')!;
    expect(element.querySelector('img, b')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)> <b>Disputed</b>');
    expect(element.dataset.eventId).toBe('e<1>');
  });
});
