import { readFileSync } from 'node:fs';
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { buildIndexColumns } from '../engine/buildIndex';
import { CONTRACT_FIELDS } from '../dataset/knownFields';
import { arrowToDataset, columnarEventReader, datasetToArrow, EVENT_COLUMNS, looksColumnar } from './columnar';
import { ColumnarStream, openColumnar } from './columnarCheck';

const bundled = (() => {
  const result = validateDataset(JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error('the bundled dataset should be valid');
  return result.dataset;
})();

/** Columns without their records (JSON bytes in one form, the Arrow file in the other). */
const withoutRecords = ({ records: _records, ...rest }: ReturnType<typeof buildIndexColumns>) => rest;

describe('the columnar form', () => {
  it("has a column for every field of an event the contract defines, in the contract's order", () => {
    expect(EVENT_COLUMNS.map(([name]) => name)).toEqual(CONTRACT_FIELDS.event);
  });

  it('keeps the fields the contract added later (a TimelineJS display date)', () => {
    const dataset = { ...bundled, events: [{ ...bundled.events[0]!, displayDate: 'Summer 1963' }] };
    expect((arrowToDataset(datasetToArrow(dataset)) as Dataset).events[0]!.displayDate).toBe('Summer 1963');
  });

  it('holds the same dataset: written and read back, the events are the JSON events, key for key', () => {
    const bytes = datasetToArrow(bundled);
    expect(looksColumnar(bytes)).toBe(true);
    expect(JSON.stringify(arrowToDataset(bytes))).toBe(JSON.stringify(bundled));
  });

  it('opens to the same index as the JSON form, and reads each event back whole from its row', async () => {
    const bytes = datasetToArrow(bundled);
    const whole = openColumnar(bytes);
    if (!whole.ok) throw new Error(whole.message);
    expect(withoutRecords(whole.columns)).toEqual(withoutRecords(buildIndexColumns(bundled)));
    const read = columnarEventReader(bytes);
    bundled.events.forEach((event, position) => expect(read(position)).toEqual(event));
    // Streamed in small pieces, batch by batch: the same.
    const stream = new ColumnarStream();
    for (let at = 0; at < bytes.length; at += 999) stream.push(bytes.slice(at, at + 999));
    const streamed = await stream.finish(bytes);
    if (!streamed.ok) throw new Error(streamed.message);
    expect(withoutRecords(streamed.columns)).toEqual(withoutRecords(whole.columns));
  });
});

/** A small valid dataset, and one rule broken at a time: the columnar checks judge as validateDataset does. */
const base: Dataset = {
  title: 'Rules',
  sides: [{ id: 's', name: 'S' }],
  sources: [{ id: 'src', outlet: 'Outlet', kind: 'news-report' }],
  actors: [{ id: 'a', name: 'A', side: 's' }],
  events: [
    {
      id: 'e1',
      title: 'One',
      type: 'statement',
      status: 'occurred',
      start: '2022-01-01',
      actors: ['a'],
      excerpts: [{ source: 'src', quote: 'q', claims: [{ claim: 'c', stance: 'asserts' }] }],
      claims: [{ id: 'c', text: 'Claim' }],
    },
    {
      id: 'e2',
      title: 'Two',
      type: 'call',
      status: 'scheduled',
      start: '2022-01-02T10:00+02:00',
      timeZone: 'Europe/Kyiv',
      actors: ['a'],
      sides: ['s'],
      excerpts: [{ source: 'src', quote: 'r', speaker: 'a', stance: 'disputes' }],
      related: [{ event: 'e1', relation: 'responds-to' }],
    },
  ],
};
type Change = (events: TimelineEvent[]) => void;
const broken: [string, Change][] = [
  ['an id that is not one', (e) => (e[0]!.id = 'not an id')],
  ['an empty title', (e) => (e[0]!.title = ' \u00a0')],
  ['an unknown type', (e) => (e[0]!.type = 'party' as never)],
  ['an unknown status', (e) => (e[0]!.status = 'rumoured' as never)],
  ['a date that does not exist', (e) => (e[0]!.start = '2022-02-30')],
  ['an end before the start', (e) => (e[0]!.end = '2021-12-31')],
  ['a zone that is not one', (e) => (e[1]!.timeZone = 'Mars/Olympus')],
  ['a clock time without a zone', (e) => delete e[1]!.timeZone],
  ['an offset the zone did not have', (e) => (e[1]!.start = '2022-01-02T10:00+05:00')],
  ['an actor not declared', (e) => (e[0]!.actors = ['ghost'])],
  ['a side not declared', (e) => (e[1]!.sides = ['nowhere'])],
  ['no excerpt', (e) => (e[0]!.excerpts = [])],
  ['a source not declared', (e) => (e[1]!.excerpts[0]!.source = 'elsewhere')],
  ['an empty quote', (e) => (e[1]!.excerpts[0]!.quote = '')],
  ['a speaker not declared', (e) => (e[1]!.excerpts[0]!.speaker = 'nobody')],
  ['an unknown stance', (e) => (e[1]!.excerpts[0]!.stance = 'maybe' as never)],
  ['a claim no excerpt asserts', (e) => (e[0]!.excerpts[0]!.claims = [{ claim: 'c', stance: 'disputes' }])],
  ['a reference to a claim not there', (e) => (e[0]!.excerpts[0]!.claims = [{ claim: 'x', stance: 'asserts' }])],
  ['a repeated event id', (e) => (e[1]!.id = 'e1')],
  ['a link to an event not there', (e) => (e[1]!.related = [{ event: 'e9', relation: 'responds-to' }])],
  ['a link to itself', (e) => (e[1]!.related = [{ event: 'e2', relation: 'responds-to' }])],
  ['an unknown relation', (e) => (e[1]!.related = [{ event: 'e1', relation: 'inspired' as never }])],
];

describe('checking a columnar file', () => {
  it('accepts the valid dataset', () => {
    expect(openColumnar(datasetToArrow(base)).ok).toBe(true);
  });

  it.each(broken)('rejects %s, with the problems validateDataset lists for the same dataset', (_, change) => {
    const dataset = structuredClone(base);
    change(dataset.events);
    const expected = validateDataset(dataset);
    expect(expected.ok).toBe(false);
    const opened = openColumnar(datasetToArrow(dataset));
    expect(opened.ok).toBe(false);
    if (!opened.ok && !expected.ok) expect(opened.problems).toEqual(expected.problems);
  });

  it('rejects a null where the contract requires a value, as a missing field', () => {
    const dataset = structuredClone(base);
    (dataset.events[0] as { title: unknown }).title = null; // a hostile writer ignores the column's "not null"
    const opened = openColumnar(datasetToArrow(dataset));
    expect(opened).toMatchObject({
      ok: false,
      problems: [{ kind: 'missing', path: ['events', 0, 'title'], message: 'is required' }],
    });
  });

  it('rejects a dataset whose fields besides the events break the contract, with their paths', () => {
    const opened = openColumnar(datasetToArrow({ ...base, actors: [{ id: 'a', name: 'A', side: 'nowhere' }] }));
    expect(opened).toMatchObject({
      ok: false,
      problems: [{ kind: 'integrity', path: ['actors', 0, 'side'], message: 'no side with id "nowhere"' }],
    });
  });

  it('takes key moments that are its events, and rejects one that is not, with its path', () => {
    const intro = (keyEvents: string[]) => ({ ...base, intro: { dek: 'Where to start.', keyEvents } });
    expect(openColumnar(datasetToArrow(intro(['e2', 'e1']))).ok).toBe(true);
    expect(openColumnar(datasetToArrow(intro(['e2', 'e9'])))).toMatchObject({
      ok: false,
      problems: [{ kind: 'integrity', path: ['intro', 'keyEvents', 1], message: 'no event with id "e9"' }],
    });
  });

  it.each([
    ['bytes that are not Arrow', new TextEncoder().encode('{"events": []}')],
    ['an Arrow stream cut short', datasetToArrow(bundled).slice(0, 3000)],
    ['an Arrow table of other columns', tableToIPC(tableFromArrays({ id: ['a'], n: Int32Array.of(1) }), 'stream')],
    ['garbage after the continuation marker', Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x10, 0, 0, 0, 1, 2, 3)],
  ])('refuses %s with a sentence saying so, without throwing', (_, bytes) => {
    const opened = openColumnar(bytes);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(/^It is not a columnar Sourceline dataset: .+\.$/);
  });
});
