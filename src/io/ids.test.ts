import { describe, expect, test } from 'vitest';
import { IdAllocator, isDatasetId, slugify } from './ids';

describe('slugify', () => {
  test.each([
    ['Joe Biden', 'joe-biden'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['NATO / EU', 'nato-eu'],
    ["Ukraine's borders", 'ukraines-borders'],
    ['  --Hello,   World!-- ', 'hello-world'],
    ['Mevlüt Çavuşoğlu', 'mevlut-cavusoglu'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name, 'x')).toBe(slug);
    expect(isDatasetId(slug)).toBe(true);
  });

  test('a name with no Latin letters or digits gives the fallback', () => {
    expect(slugify('Зеленский', 'actor')).toBe('actor');
    expect(slugify('!!!', 'event')).toBe('event');
  });

  test('long names are cut at a word boundary to at most 60 characters', () => {
    const slug = slugify('word '.repeat(40), 'x');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
  });
});

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
