import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from '../dataset/checkFile';
import { buildIndexColumns } from '../engine/buildIndex';
import { recordAt } from '../engine/tables';
import type { IndexColumns } from '../engine/eventIndex';
import { ReceivedFile } from './receivedFile';

const bundled = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');
const encoder = new TextEncoder();

function receive(text: string, size: number): ReceivedFile {
  const bytes = encoder.encode(text);
  const file = new ReceivedFile();
  for (let at = 0; at < bytes.length; at += size) file.add(bytes.slice(at, at + size));
  return file;
}

/** The columns with each record parsed: the streamed records are the file's bytes, not written anew. */
function comparable(columns: IndexColumns) {
  const { records, ...rest } = columns;
  if ('ipc' in records) throw new Error('expected JSON records');
  return { ...rest, records: Array.from(records.start, (_, i) => JSON.parse(recordAt(records, i)) as unknown) };
}

/** The bundled dataset with its sides, sources and actors written after its events. */
const declaredLast = (() => {
  const { events, ...rest } = JSON.parse(bundled) as Record<string, unknown>;
  return JSON.stringify({ title: rest.title, events, ...rest }, null, 1);
})();

describe('ReceivedFile: a dataset checked and indexed while it arrives', () => {
  it.each([
    ['as published', bundled],
    ['with sides, sources and actors after the events', declaredLast],
  ])('gives the same dataset and index as checking the whole file (%s), however the bytes come', (_, text) => {
    const whole = checkDatasetText(text);
    if (!whole.ok) throw new Error('the bundled dataset should be valid');
    const expected = comparable(buildIndexColumns(whole.dataset));
    for (const size of [1, 97, 4096]) {
      const streamed = receive(text, size).streamed();
      expect(streamed, `pieces of ${size}`).not.toBeNull();
      expect(streamed!.dataset).toEqual(whole.dataset);
      expect(comparable(streamed!.buildColumns())).toEqual(expected);
    }
  });

  /** A dataset with `after`'s keys written (again, for those it already has) after its events. */
  const dataset = (events: object[], after: object = {}) => {
    const text = JSON.stringify({
      title: 't',
      sides: [{ id: 's', name: 'S' }],
      sources: [{ id: 'src', outlet: 'O', kind: 'news-report' }],
      actors: [{ id: 'a', name: 'A', side: 's' }],
      events,
    });
    const more = JSON.stringify(after).slice(1, -1);
    return more ? `${text.slice(0, -1)},${more}}` : text;
  };
  const event = (id: string, more: object = {}) => ({
    id,
    title: id,
    type: 'statement',
    status: 'occurred',
    start: '2022-01-01',
    actors: ['a'],
    excerpts: [{ source: 'src', quote: 'q' }],
    ...more,
  });

  it.each([
    [
      'a link to an event that comes later',
      [event('x', { related: [{ event: 'y', relation: 'responds-to' }] }), event('y')],
      {},
    ],
    [
      'the actors written again after the events, still with the one named',
      [event('x')],
      { actors: [{ id: 'a', name: 'A2', side: 's' }] },
    ],
    ['key moments written after the events', [event('x')], { intro: { dek: 'd', keyEvents: ['x'] } }],
  ])('accepts a valid file whose checks need what comes after an event: %s', (_, events, after) => {
    const text = dataset(events, after);
    expect(checkDatasetText(text).ok).toBe(true);
    expect(receive(text, 7).streamed()).not.toBeNull();
  });

  it.each([
    ['a repeated event id', [event('x'), event('x')], {}],
    [
      'a link to an event that is not there',
      [event('x', { related: [{ event: 'nope', relation: 'responds-to' }] })],
      {},
    ],
    ['an event not fitting the schema', [event('x', { status: 'maybe' })], {}],
    [
      'an actor the actors written again after the events no longer declare',
      [event('x')],
      { actors: [{ id: 'b', name: 'B', side: 's' }] },
    ],
    ['an invalid field after the events', [event('x')], { title: '' }],
    ['an end before the start', [event('x', { end: '2021-12-31' })], {}],
    ['a key moment that is not an event', [event('x')], { intro: { dek: 'd', keyEvents: ['x', 'nope'] } }],
  ])('gives no streamed verdict for a file the whole check rejects: %s', (_, events, after) => {
    const text = dataset(events, after);
    expect(checkDatasetText(text).ok).toBe(false);
    expect(receive(text, 7).streamed()).toBeNull();
  });

  it('gives no streamed verdict for bytes that are not UTF-8 (read whole, as Windows-1252, by the caller)', () => {
    const bytes = encoder.encode(dataset([event('x', { title: 'caf#' })]));
    bytes[bytes.indexOf(0x23)] = 0xe9; // "é" in Windows-1252
    const file = new ReceivedFile();
    file.add(bytes);
    expect(file.streamed()).toBeNull();
    expect(file.bytes()).toEqual(bytes);
  });
});
