/**
 * Files shaped to hurt (issue 14): each is small or plausible, and each once froze, confused or
 * misled the page. Generated here, deterministically, so the spec shows exactly what it opens.
 */

/** A valid dataset with `actors` actors spread over `sides` sides, and `events` events naming a few each. */
export function manyActorsDataset(actors: number, sides: number, events: number): Record<string, unknown> {
  const sideList = Array.from({ length: sides }, (_, i) => ({ id: `side-${i}`, name: `Side ${i}` }));
  const actorList = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    side: `side-${i % sides}`,
  }));
  const eventList = Array.from({ length: events }, (_, i) => ({
    id: `event-${i}`,
    title: `Event ${i}`,
    type: 'statement',
    status: 'occurred',
    start: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    // Five actors each, so that every actor appears in about one event in (actors / 5 / events).
    actors: Array.from({ length: 5 }, (_, k) => `actor-${(i * 5 + k) % actors}`),
    excerpts: [{ source: 'src', quote: `Quote ${i}` }],
  }));
  return {
    title: `${actors} actors over ${sides} sides`,
    sides: sideList,
    sources: [{ id: 'src', outlet: 'Generated', kind: 'other' }],
    actors: actorList,
    events: eventList,
  };
}

/** A TimelineJS file whose text is "<a" repeated: a tag pattern that once took seconds to strip. */
export function timelineJsWithTags(repeats: number): string {
  return JSON.stringify({
    title: { text: { headline: 'Tags' } },
    events: [
      {
        start_date: { year: '2022', month: '1', day: '27' },
        text: { headline: 'An event with markup', text: '<a'.repeat(repeats) },
      },
    ],
  });
}

/** JSON opened a million levels deep and never closed. */
export function deeplyNestedJson(levels: number): string {
  return `{\n  "title": "Deep",\n  "junk": ${'['.repeat(levels)}`;
}

/** A Windows-1252 CSV, as Excel writes "CSV" in Western Europe: é, ü, ó are one byte each, and “ ” too. */
export function windows1252Csv(): Buffer {
  const text =
    'date,title,source,quote,actors,side\r\n' +
    '2022-01-27,Talks in Zürich,Le Monde,"Il a dit « café » et “oui”",José Gómez,Spain\r\n';
  const bytes: number[] = [];
  for (const char of text) {
    const quotes: Record<string, number> = { '“': 0x93, '”': 0x94 };
    bytes.push(quotes[char] ?? char.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

/** A dataset as UTF-16 LE with its byte-order mark, as Windows "Unicode" text is saved. */
export function utf16Le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export const RLO = '\u202e';
export const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Names and titles that carry bidirectional overrides and zero-width characters: they must not
 * reorder the app's own words around them, nor hide their events from search.
 */
export function bidiDataset(): Record<string, unknown> {
  return {
    title: `${RLO}Reversed title`,
    sides: [{ id: 'a', name: `${RLO}Side A` }],
    sources: [{ id: 'src', outlet: `${RLO}Outlet`, kind: 'other' }],
    actors: [
      { id: 'putin', name: `Vla${ZERO_WIDTH_SPACE}dimir Pu${ZERO_WIDTH_SPACE}tin`, side: 'a' },
      { id: 'mallory', name: `${RLO}Mallory`, side: 'a' },
    ],
    events: [
      {
        id: 'hidden',
        title: `Pu${ZERO_WIDTH_SPACE}tin speaks about sanc\u200dtions`,
        type: 'statement',
        status: 'occurred',
        start: '2022-01-27',
        actors: ['putin'],
        excerpts: [{ source: 'src', quote: 'A quote.' }],
      },
      {
        id: 'reversed',
        title: `${RLO}Reversed event`,
        type: 'call',
        status: 'occurred',
        start: '2022-01-28',
        actors: ['mallory'],
        excerpts: [{ source: 'src', quote: 'Another quote.' }],
      },
    ],
  };
}
