import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../dataset/dates';
import type { Source, TimelineEvent } from '../dataset/types';
import { eventCitation, sourcesOf } from './citation';

const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

const SOURCES: Source[] = [
  {
    id: 'cnn',
    outlet: 'CNN',
    title: 'Tensions simmer',
    url: 'https://edition.cnn.com/live/',
    published: '2022-01-27',
    kind: 'live-blog',
  },
  { id: 'unilad', outlet: 'UNILAD', published: '2022-01', kind: 'viral-aggregator' },
];
const byId = new Map(SOURCES.map((s) => [s.id, s]));

const EVENT: TimelineEvent = {
  id: 'call',
  title: 'Biden–Zelensky call',
  type: 'call',
  status: 'occurred',
  start: '2022-01-27',
  actors: [],
  excerpts: [
    { source: 'unilad', quote: 'a' },
    { source: 'cnn', quote: 'b' },
    { source: 'unilad', quote: 'c' },
  ],
};

describe('eventCitation', () => {
  it('cites the event, its dataset, its link and each source once, with what the source gives', () => {
    const text = eventCitation({
      event: EVENT,
      start: date('2022-01-27'),
      end: undefined,
      sources: sourcesOf(EVENT, byId),
      datasetTitle: 'Border crisis',
      link: 'https://example.org/?event=call',
    });
    expect(text).toBe(
      [
        'Biden–Zelensky call (Thursday 27 January 2022). In: Border crisis. Sourceline. https://example.org/?event=call',
        'Sources:',
        '- UNILAD, Jan 2022',
        '- CNN, “Tensions simmer”, 27 Jan 2022, https://edition.cnn.com/live/',
      ].join('\n'),
    );
  });

  it('gives clock times in the zone where the event happened, and leaves out a link it cannot give', () => {
    const event = {
      ...EVENT,
      start: '2021-12-30T15:30:00-05:00',
      timeZone: 'America/New_York',
      excerpts: [EVENT.excerpts[1]!],
    };
    const text = eventCitation({
      event,
      start: date(event.start),
      end: undefined,
      sources: sourcesOf(event, byId),
      datasetTitle: 'Border crisis',
      link: null,
    });
    expect(text.split('\n')).toEqual([
      'Biden–Zelensky call (Thursday 30 December 2021, 3:30 PM EST). In: Border crisis. Sourceline.',
      'Source:',
      '- CNN, “Tensions simmer”, 27 Jan 2022, https://edition.cnn.com/live/',
    ]);
  });

  it('writes a month-precision span without the list’s "~" marks', () => {
    const text = eventCitation({
      event: { ...EVENT, start: '2021-11', end: '2021-12' },
      start: date('2021-11'),
      end: date('2021-12'),
      sources: [],
      datasetTitle: 'D',
      link: null,
    });
    expect(text).toBe('Biden–Zelensky call (November 2021 – December 2021). In: D. Sourceline.');
  });
});
