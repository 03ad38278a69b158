import { describe, expect, it } from 'vitest';
import { eraBands } from './eraBands';

describe('eraBands', () => {
  it('spans each era from the start of its first date to the end of its last (inclusive), read as the page reads dates', () => {
    const [republic, empire] = eraBands([
      { title: 'Roman Republic', start: '-000508', end: '-000027' },
      { title: 'Principate', start: '-000026-01-16', end: '0284' },
    ]);
    expect(republic).toEqual({
      id: 'era-0',
      title: 'Roman Republic',
      when: '~509 BC – ~28 BC',
      start: Date.UTC(-508, 0, 1),
      end: Date.UTC(-26, 0, 1),
      tint: 0,
    });
    expect(empire).toMatchObject({
      when: '16 Jan 27 BC – ~284',
      start: Date.UTC(-26, 0, 16),
      end: Date.UTC(285, 0, 1),
    });
    expect(empire!.tint).toBe(1);
  });

  it('places calendar dates in the axis zone, and gives none for a dataset without eras', () => {
    const [band] = eraBands([{ title: 'A day', start: '2022-01-27', end: '2022-01-27' }], () => 120);
    expect(band!.start).toBe(Date.UTC(2022, 0, 26, 22));
    expect(band!.end).toBe(Date.UTC(2022, 0, 27, 22));
    expect(eraBands(undefined)).toEqual([]);
  });
});
