/**
 * What the timeline draws for the bundled dataset, as snapshots (like Observable Plot's rendered
 * output): three zoom levels by three ways of grouping lanes, each item on one line. A change to
 * the view model, the engine's clustering or the dataset shows up here as a readable diff, without
 * a browser; when the change is meant, `npx vitest run -u src/timelineModel` records it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate';
import { aggregateWindow, lanePage } from '../engine/aggregate';
import { fullBitset } from '../engine/bitset';
import { buildIndex } from '../engine/buildIndex';
import { PRECISIONS } from '../engine/eventIndex';
import { lanesFor, type Grouping } from '../engine/lanes';
import type { ItemSpec } from './itemSpecs';
import { clusterZoom, clusterZoomTarget, drawnLanes, itemsOf, liftedContent, selectedItemIds } from './timelineModel';

const parsed = validateDataset(JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/events.json is invalid');
const index = buildIndex(parsed.dataset);
const CALL = '2022-01-27-biden-zelensky-call';
const WIDTH = 1200;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

const ZOOMS = {
  'the week of the call': { from: day('2022-01-24'), to: day('2022-01-31') },
  'the reporting period': { from: day('2021-12-20'), to: day('2022-02-10') },
  'everything, 2014 on': { from: day('2014-01-01'), to: day('2023-01-01') },
};

/** One line per item: where it is, what it shows, how it looks. */
function line(spec: ItemSpec): string {
  const when = [spec.start, spec.end].filter((ms) => ms !== undefined).map((ms) => new Date(ms!).toISOString());
  const tags = spec.tags.length ? ` [${spec.tags.join(', ')}]` : '';
  return `${spec.lane} ${spec.shape} ${when.join('..')} ${spec.title}${tags} {${spec.classNames.join(' ')}}`;
}

function drawn(grouping: Grouping, window: { from: number; to: number }, selected: number | null = null) {
  const matched = fullBitset(index.count);
  const page = lanePage(index, grouping, lanesFor(index, grouping), 0);
  const content = aggregateWindow(index, matched, grouping, { ...window, widthPx: WIDTH }, { laneMap: page.laneMap });
  const placed = liftedContent(index, content, grouping, selected, new Set());
  const specs = itemsOf(index, placed, 'event');
  return { page, placed, specs };
}

describe('the bundled dataset on the timeline', () => {
  for (const grouping of ['side', 'source', 'none'] as const) {
    for (const [zoom, window] of Object.entries(ZOOMS)) {
      it(`by ${grouping}, ${zoom}`, () => {
        const { page, specs } = drawn(grouping, window);
        const lanes = drawnLanes(page, lanesFor(index, grouping)).map((lane) => `${lane.ordinal} ${lane.label}`);
        expect({ lanes, items: specs.map(line).sort() }).toMatchSnapshot();
      });
    }
  }

  it('draws the selected call as an item of its own, and marks every copy of it', () => {
    const ordinal = index.eventOrdinal.get(CALL)!;
    const { placed, specs } = drawn('side', ZOOMS['everything, 2014 on'], ordinal);
    const selected = selectedItemIds(specs, placed, index, CALL);
    const copies = specs.filter((spec) => spec.eventId === CALL);
    expect(copies.length).toBeGreaterThan(1);
    expect(selected).toEqual(expect.arrayContaining(copies.map((spec) => spec.id)));
  });
});

describe('clusterZoomTarget', () => {
  it('zooms a cluster of the story, seen from 2014 on, to its events dated to the day, not to its year-wide bin', () => {
    const { placed, specs } = drawn('none', ZOOMS['everything, 2014 on']);
    const clusters = specs.filter((spec) => spec.cluster && spec.cluster.count > 20);
    expect(clusters.length).toBeGreaterThan(0);
    for (const spec of clusters) {
      // The bin it is drawn over is a year or more.
      expect(spec.end! - spec.start).toBeGreaterThanOrEqual(365 * DAY);
      const target = clusterZoomTarget(index, placed, spec.id, 'event')!;
      expect(target.end - target.start).toBeLessThan(90 * DAY);
      const cluster = placed.find((p) => p.kind === 'cluster' && `c${p.key}` === spec.id)!;
      const dated = (cluster.kind === 'cluster' ? cluster.ordinals : []).filter(
        (o) => index.precisionCode[o]! >= PRECISIONS.indexOf('day'),
      );
      expect(dated.length).toBeGreaterThan(20);
      for (const o of dated) {
        expect(index.startKey[o]).toBeGreaterThanOrEqual(target.start);
        expect(index.endKey[o]).toBeLessThanOrEqual(target.end);
      }
    }
  });

  it('is null for an item that is not a cluster', () => {
    const { placed, specs } = drawn('side', ZOOMS['the week of the call']);
    const event = specs.find((spec) => spec.eventId !== null)!;
    expect(clusterZoomTarget(index, placed, event.id, 'event')).toBeNull();
  });
});

describe('clusterZoom', () => {
  it("zooms to the cluster's own extent, with a tenth of it on either side", () => {
    expect(clusterZoom({ start: 0, end: 10 * 86_400_000 })).toEqual({ start: -86_400_000, end: 11 * 86_400_000 });
  });

  it('keeps at least half an hour of air around a short cluster', () => {
    expect(clusterZoom({ start: 0, end: 60_000 })).toEqual({ start: -1_800_000, end: 1_860_000 });
  });
});
