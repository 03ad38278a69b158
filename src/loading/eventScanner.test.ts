import { describe, expect, it } from 'vitest';
import { EventScanner, findEventSpans } from './eventScanner';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function spansAsJson(text: string): unknown[] | null {
  const bytes = encoder.encode(text);
  const spans = findEventSpans(bytes);
  if (!spans) return null;
  return Array.from(spans.start, (start, i) => JSON.parse(decoder.decode(bytes.subarray(start, spans.end[i]))));
}

/** The events found when the bytes arrive in pieces of `size`, each scan seeing only what has come. */
function scannedInPieces(text: string, size: number): { events: unknown[]; streamable: boolean; found: boolean } {
  const bytes = encoder.encode(text);
  const buffer = new Uint8Array(bytes.length + 64); // room past the end, as a growing buffer has
  const events: unknown[] = [];
  const scanner = new EventScanner({
    eventsOpened: () => {},
    event: (start, end) => events.push(JSON.parse(decoder.decode(buffer.subarray(start, end)))),
  });
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size);
    buffer.set(piece, at);
    scanner.scan(buffer, at + piece.length);
  }
  return { events, streamable: scanner.streamable, found: scanner.end() !== null };
}

const dataset = {
  title: 'A "quoted" title with ] and } and [ {',
  sides: [{ id: 's', name: 'events' }],
  events: [
    {
      id: 'a',
      title: 'Brace } bracket ] quote " backslash \\ end',
      actors: [],
      excerpts: [{ quote: '{"events": []}' }],
    },
    { id: 'b', title: 'Київ 😀', nested: { events: [{ id: 'inner' }] } },
    { id: 'c', t: 'x\\' },
    { id: 'd', t: 'y\\"z' },
    { id: 'e', t: '\\\\"' },
  ],
  after: { events: [1, 2, 3] },
};

describe('EventScanner', () => {
  it('finds the bytes of each event, as JSON.parse reads them', () => {
    for (const text of [
      JSON.stringify(dataset),
      JSON.stringify(dataset, null, 2),
      `\ufeff${JSON.stringify(dataset)}`,
      `\n  ${JSON.stringify(dataset)}\n`,
    ]) {
      expect(spansAsJson(text)).toEqual(dataset.events);
    }
  });

  it('finds the same events however the bytes are cut, inside strings, escapes and characters', () => {
    const text = `\ufeff${JSON.stringify(dataset, null, 1)}`;
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      expect(scannedInPieces(text, size)).toEqual({ events: dataset.events, streamable: true, found: true });
    }
  });

  it('does not take a string value "events" for a key', () => {
    const text = '{"title":"events","x":["events"],"events":[{"id":"a"}]}';
    expect(spansAsJson(text)).toEqual([{ id: 'a' }]);
  });

  it('finds an empty list of events', () => {
    expect(spansAsJson('{"events":[]}')).toEqual([]);
  });

  it.each([
    ['no top-level "events" list', '{"sides":[],"data":{"events":[{"id":"a"}]}}'],
    ['a list at the top', '[{"events":[{"id":"a"}]}]'],
    ['a second "events" key (JSON.parse would take the last)', '{"events":[{"id":"a"}],"events":[{"id":"b"}]}'],
    ['a key spelled with escapes (JSON.parse reads "events")', '{"ev\\u0065nts":[{"id":"a"}],"events":[]}'],
    ['an event that is not an object', '{"events":[{"id":"a"},"b"]}'],
    ['a missing comma between events', '{"events":[{"id":"a"} {"id":"b"}]}'],
    ['a trailing comma', '{"events":[{"id":"a"},]}'],
    ['a leading comma', '{"events":[,{"id":"a"}]}'],
    ['a second value after the object', '{"events":[]} {}'],
    ['text before the object', 'x{"events":[]}'],
    ['UTF-16 (zero bytes)', '\u0000{\u0000"\u0000'],
    ['a file cut short', '{"events":[{"id":"a"}'],
    ['nesting deeper than the limit', `{"events":[{"x":${'['.repeat(1001)}${']'.repeat(1001)}}]}`],
  ])('gives up on %s, for the ordinary whole-file reading to judge', (_, text) => {
    expect(spansAsJson(text)).toBeNull();
  });
});
