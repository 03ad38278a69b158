// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as vis from 'vis-timeline/esnext';
import { applyVisPatches, fingerprintOf, RANGE_ITEM_HEIGHT, upstreamSources, withOneRedraw } from './visPatches';

/**
 * The upstream functions the overrides replace or rely on, as they are in vis-timeline 8.5.4 (the
 * version package.json pins). A failure names the function that changed: read its new source,
 * re-derive the override in visPatches.ts, and record the new fingerprint here.
 */
const UPSTREAM_FINGERPRINTS: Record<string, string> = {
  'TimeAxis._repaintMinorText': '0f92124f',
  'TimeAxis._repaintMajorText': '7a68c792',
  'RangeItem._getDomComponentsSizes': 'b59b0161',
  'BackgroundGroup.redraw': '856df023',
  'Group.add': 'a29631d5',
  'ItemSet.redraw': '235560b6',
  'Group._didMarkerHeightChange': '8cec4c1d',
  'Core._create': 'e85a73f0',
  'Timeline.constructor': '5823b522',
};

type Proto = Record<string, (this: unknown, ...args: unknown[]) => unknown>;
const components = (vis as unknown as { timeline: { components: Record<string, { prototype: Proto }> } }).timeline
  .components;
const rangeItem = (components as unknown as { items: Record<string, { prototype: Proto }> }).items.RangeItem!;

describe('the upstream code the overrides were written against', () => {
  const sources = upstreamSources();

  it('names every function an override depends on', () => {
    expect(Object.keys(sources).sort()).toEqual(Object.keys(UPSTREAM_FINGERPRINTS).sort());
  });

  it.each(Object.entries(UPSTREAM_FINGERPRINTS))('%s is unchanged upstream', (name, fingerprint) => {
    expect(
      fingerprintOf(sources[name] ?? ''),
      `vis-timeline's ${name} changed upstream: re-derive its override in src/timeline/visPatches.ts, then record the new fingerprint`,
    ).toBe(fingerprint);
  });

  it('fingerprints tell one source from another, however small the change', () => {
    const source = sources['Group.add']!;
    expect(fingerprintOf(source)).toBe(fingerprintOf(`${source}`));
    expect(fingerprintOf(source.replace('stackDirty = true', 'stackDirty = false'))).not.toBe(fingerprintOf(source));
  });
});

describe('vis-timeline overrides', () => {
  it('all apply to the installed vis-timeline (a failure here means its internals changed: see visPatches.ts)', () => {
    expect(applyVisPatches()).toEqual([]);
  });

  it('keeps the originals: the upstream sources read the same after the overrides are applied', () => {
    const before = upstreamSources();
    applyVisPatches();
    expect(upstreamSources()).toEqual(before);
    expect(components.Group!.prototype.add!.toString()).not.toBe(before['Group.add']);
  });

  it('writes time-axis labels as text, reusing the labels of the last redraw and leaving unchanged text alone', () => {
    applyVisPatches();
    const foreground = document.createElement('div');
    const axis = {
      dom: {
        foreground,
        minorTexts: [] as HTMLElement[],
        majorTexts: [],
        redundant: { minorTexts: [], majorTexts: [] },
      },
      props: { majorLabelHeight: 20, minorLabelHeight: 18 },
      options: { rtl: false },
    };
    const draw = (texts: string[]) => {
      axis.dom.redundant.minorTexts = axis.dom.minorTexts as never;
      axis.dom.minorTexts = [];
      texts.forEach((text, i) =>
        components.TimeAxis!.prototype._repaintMinorText!.call(axis, i * 50, text, 'top', 'vis-day'),
      );
    };
    draw(['<b>Jan</b>', 'Feb']);
    const [jan, feb] = axis.dom.minorTexts;
    expect(jan!.textContent).toBe('<b>Jan</b>');
    expect(jan!.querySelector('b')).toBeNull();
    expect(feb!.className).toBe('vis-text vis-minor vis-day');
    expect(feb!.style.transform).toBe('translate(50px, 20px)');

    const janText = jan!.firstChild;
    draw(['<b>Jan</b>', 'Mar']);
    expect(axis.dom.minorTexts).toEqual([jan, feb]);
    expect(jan!.firstChild).toBe(janText);
    expect(feb!.textContent).toBe('Mar');
    expect(foreground.children).toHaveLength(2);
  });

  it('gives range items their fixed height without asking the browser', () => {
    applyVisPatches();
    const item = { overflow: true, whiteSpace: true };
    expect(rangeItem.prototype._getDomComponentsSizes!.call(item)).toEqual({
      content: { width: 0 },
      box: { height: RANGE_ITEM_HEIGHT },
    });
    expect(item).toEqual({ overflow: false, whiteSpace: false });
  });

  it('adds an item to its lane without showing it: the next redraw shows all new items together', () => {
    applyVisPatches();
    const shown: unknown[] = [];
    const lane = {
      items: {} as Record<string, unknown>,
      stackDirty: false,
      visibleItems: [] as unknown[],
      itemSet: { body: { range: { start: 0, end: 10 } } },
      _checkIfVisible: (item: unknown) => shown.push(item),
      _addToSubgroup: () => {},
      orderSubgroups: () => {},
    };
    let parent: unknown = null;
    const item = { id: 'v1', data: {}, setParent: (group: unknown) => (parent = group) };
    components.Group!.prototype.add!.call(lane, item);
    expect(lane.items).toEqual({ v1: item });
    expect(parent).toBe(lane);
    expect(lane.stackDirty).toBe(true);
    expect(shown).toEqual([]);
  });

  it("holds the item set's redraws during a change and redraws once after it, only if one was asked for", () => {
    applyVisPatches();
    const itemSetRedraw = components.ItemSet!.prototype.redraw!;
    let redraws = 0;
    const itemSet = { body: null };
    // Outside a change the item set's redraw is its own (it fails on this stand-in, which proves it ran).
    expect(() => itemSetRedraw.call(itemSet)).toThrow();
    withOneRedraw(
      () => {
        expect(itemSetRedraw.call(itemSet)).toBe(false);
        expect(itemSetRedraw.call(itemSet)).toBe(false);
      },
      () => redraws++,
    );
    expect(redraws).toBe(1);
    withOneRedraw(
      () => {},
      () => redraws++,
    );
    expect(redraws).toBe(1);
  });

  it('reads a lane’s empty marker once: later redraws skip the read (and the layout it forced)', () => {
    applyVisPatches();
    const marker = document.createElement('div');
    let reads = 0;
    Object.defineProperty(marker, 'clientHeight', {
      get: () => {
        reads++;
        return 0;
      },
    });
    const group = { dom: { marker }, items: {}, lastMarkerHeight: undefined as number | undefined };
    const didChange = components.Group!.prototype._didMarkerHeightChange!;
    // The first read finds a height where there was none: vis-timeline then redraws the lane's items.
    expect(didChange.call(group)).toBe(true);
    expect(group.lastMarkerHeight).toBe(0);
    expect(didChange.call(group)).toBe(false);
    expect(didChange.call(group)).toBe(false);
    expect(reads).toBe(1);
  });
});
