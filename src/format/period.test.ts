import { describe, expect, it } from 'vitest';
import { periodLabel } from './period';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('periodLabel', () => {
  it.each([
    ['a year', utc(2014), utc(2015), '2014'],
    ['most of a year', utc(2014, 1, 1), utc(2014, 9, 16), '2014'],
    ['years', utc(2014), utc(2022, 1, 27), '2014–2022'],
    ['one month', utc(2022, 2, 1), utc(2022, 3, 1), 'Feb 2022'],
    ['one day', utc(2022, 2, 4), utc(2022, 2, 5), 'Feb 2022'],
    ['an instant', utc(2022, 2, 4), utc(2022, 2, 4), 'Feb 2022'],
    ['months of one year', utc(2022, 1, 5), utc(2022, 3, 2), 'Jan – Mar 2022'],
    ['months across a new year', utc(2021, 12, 9), utc(2022, 1, 27), 'Dec 2021 – Jan 2022'],
  ])('%s', (_, start, end, label) => {
    expect(periodLabel(start, end)).toBe(label);
  });
});
