import { describe, expect, it } from 'vitest';
import { findEventSpans } from './eventSpans';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function spansAsJson(text: string): unknown[] | null {
  const bytes = encoder.encode(text);
  const spans = findEventSpans(bytes);
  if (!spans) return null;
  return Array.from(spans.start, (start, i) => JSON.parse(decoder.decode(bytes.subarray(start, spans.end[i]))));
}

describe('findEventSpans', () => {
  it('finds the bytes of each event, as JSON.parse reads them', () => {
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
      ],
      after: { events: [1, 2, 3] },
    };
    for (const text of [
      JSON.stringify(dataset),
      JSON.stringify(dataset, null, 2),
      `\ufeff${JSON.stringify(dataset)}`,
    ]) {
      expect(spansAsJson(text)).toEqual(dataset.events);
    }
  });

  it('takes the last "events" key of the top-level object, as JSON.parse does', () => {
    const text = '{"events":[{"id":"first"}],"title":"events","events":[{"id":"second"},{"id":"third"}]}';
    expect(spansAsJson(text)).toEqual(JSON.parse(text).events);
  });

  it('does not take a string value "events" for a key', () => {
    const text = '{"title":"events","x":["events"],"events":[{"id":"a"}]}';
    expect(spansAsJson(text)).toEqual([{ id: 'a' }]);
  });

  it('finds none where there is no top-level "events" array (the caller then writes the events out)', () => {
    expect(spansAsJson('{"sides":[],"data":{"events":[{"id":"a"}]}}')).toBeNull();
    expect(spansAsJson('[{"events":[{"id":"a"}]}]')).toBeNull();
    // An escaped key is the same key to JSON.parse, but not recognised here: no match, no harm.
    expect(spansAsJson('{"ev\\u0065nts":[{"id":"a"}]}')).toBeNull();
  });

  it('finds an empty list of events', () => {
    expect(spansAsJson('{"events":[]}')).toEqual([]);
  });
});

describe('findEventSpans, on the escapes that end strings', () => {
  it('tells an escaped quote from a closing one after any number of backslashes', () => {
    const events = [
      { id: 'a', t: 'x\\' },
      { id: 'b', t: 'y\\"z' },
      { id: 'c', t: '\\\\"' },
      { id: 'd', t: '"}]' },
    ];
    const text = JSON.stringify({ title: 'ends with a backslash \\', events });
    expect(spansAsJson(text)).toEqual(events);
  });
});
