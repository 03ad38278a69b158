import { describe, expect, test } from 'vitest';
import { IdAllocator, idDatePart, isDatasetId } from './ids';

describe('IdAllocator', () => {
  test('numbers repeats apart and never hands out a reserved id', () => {
    const ids = new IdAllocator();
    ids.reserve('call');
    expect(ids.take('call')).toBe('call-2');
    expect(ids.take('call')).toBe('call-3');
    expect(ids.take('talks')).toBe('talks');
    ids.reserve('talks-2');
    expect(ids.take('talks')).toBe('talks-3');
  });
});

test('isDatasetId follows the schema: no spaces, no leading dash', () => {
  expect(isDatasetId('2022-01-27-call')).toBe(true);
  expect(isDatasetId('a:b.c_d')).toBe(true);
  expect(isDatasetId('has space')).toBe(false);
  expect(isDatasetId('-leading')).toBe(false);
  expect(isDatasetId('')).toBe(false);
});

describe('idDatePart', () => {
  test.each([
    ['2022-01-27T10:00Z', '2022-01-27'],
    ['2022-01', '2022-01'],
    ['-000043-03-15', '44bc-03-15'],
    ['+000000', '0'],
    ['-003499', '3500bc'],
    ['+012000-05', '12000-05'],
  ])('%s → %s, a valid start for an id', (date, part) => {
    expect(idDatePart(date)).toBe(part);
    expect(isDatasetId(`${part}-x`)).toBe(true);
  });
});
