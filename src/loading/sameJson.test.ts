import { describe, expect, it } from 'vitest';
import { sameJson } from './sameJson';

describe('sameJson', () => {
  it('is true for the same JSON, with keys in any order', () => {
    expect(sameJson(JSON.parse('{"a":1,"b":[1,{"c":"x"}]}'), JSON.parse('{"b":[1,{"c":"x"}],"a":1}'))).toBe(true);
    expect(sameJson(null, null)).toBe(true);
  });

  it('is false for a key more or less, a value changed, or arrays that differ', () => {
    expect(sameJson({ a: 1, extra: true }, { a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, extra: true })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1] })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });

  it('sees a "__proto__" key that JSON.parse made an own property', () => {
    const raw = JSON.parse('{"id":"a","__proto__":{"x":1}}');
    expect(sameJson(raw, { id: 'a' })).toBe(false);
  });
});
