import { describe, expect, it } from 'vitest';
import type { Source } from '../dataset/types';
import { coverageOf, sourceNames } from './sources';
import { indexOf } from './testing.test-utils';

describe('sourceNames', () => {
  const source = (id: string, outlet: string, extra: Partial<Source> = {}): Source => ({
    id,
    outlet,
    kind: 'news-report',
    ...extra,
  });

  it('is the outlet where it is unique', () => {
    expect(sourceNames([source('a', 'CNN'), source('b', 'Sputnik International')])).toEqual([
      'CNN',
      'Sputnik International',
    ]);
  });

  it('adds the publication date, then the title, then a number, only where outlets repeat', () => {
    expect(
      sourceNames([
        source('a', 'Unnamed site', { published: '2022-01-28' }),
        source('b', 'Unnamed site', { published: '2021-12-29' }),
        source('c', 'CNN', { published: '2022-01-27', title: 'Live' }),
        source('d', 'CNN', { published: '2022-01-27', title: 'Analysis' }),
        source('e', 'UNILAD'),
        source('f', 'UNILAD'),
        source('g', 'Sputnik'),
      ]),
    ).toEqual([
      'Unnamed site, 28 Jan 2022',
      'Unnamed site, 29 Dec 2021',
      'CNN, 27 Jan 2022, Live',
      'CNN, 27 Jan 2022, Analysis',
      'UNILAD, #5',
      'UNILAD, #6',
      'Sputnik',
    ]);
  });

  it('is the label where the dataset gives one, told apart like outlets where labels repeat', () => {
    expect(
      sourceNames([
        source('a', 'English-language news site', { label: 'Unnamed news site, 28 Jan' }),
        source('b', 'English-language news site', { label: 'Unnamed news site, 29 Dec' }),
        source('c', 'CNN'),
        source('d', 'Sputnik', { label: 'Sputnik', published: '2022-01-28' }),
        source('e', 'Sputnik International', { label: 'Sputnik', published: '2022-01-29' }),
      ]),
    ).toEqual([
      'Unnamed news site, 28 Jan',
      'Unnamed news site, 29 Dec',
      'CNN',
      'Sputnik, 28 Jan 2022',
      'Sputnik, 29 Jan 2022',
    ]);
  });
});

describe('coverageOf', () => {
  const index = indexOf({
    sources: [{ id: 'cnn' }, { id: 'sputnik' }, { id: 'unilad' }, { id: 'site' }],
    events: [
      {
        id: 'call',
        start: '2022-01-27',
        excerpts: [
          ['unilad', 'A'],
          ['cnn', 'B'],
          ['unilad', 'C'],
        ],
      },
      { id: 'other', start: '2022-01-28', excerpts: [['site', 'D']] },
    ],
  });

  it('splits the dataset’s sources into those that quote the event and those that do not, in dataset order', () => {
    expect(coverageOf(index, index.eventOrdinal.get('call')!)).toEqual({ reported: [0, 2], notReported: [1, 3] });
    expect(coverageOf(index, index.eventOrdinal.get('other')!)).toEqual({ reported: [3], notReported: [0, 1, 2] });
  });
});
