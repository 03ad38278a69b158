import { describe, expect, it } from 'vitest';
import {
  asciiAt,
  buildAsciiTable,
  buildByteTable,
  buildHashSlots,
  recordAt,
  stringLookup,
  tableLength,
} from './tables';

describe('ASCII tables', () => {
  it('give back each string, including empty ones', () => {
    const strings = ['alpha', '', '2022-01-27T15:30:00-05:00', 'id_with.all:chars-1', 'z'];
    const table = buildAsciiTable(strings);
    expect(tableLength(table)).toBe(5);
    expect(strings.map((_, i) => asciiAt(table, i))).toEqual(strings);
  });

  it('refuse a string that is not ASCII rather than garble it', () => {
    expect(() => buildAsciiTable(['ok', 'Erdoğan'])).toThrow('not an ASCII string');
  });

  it('find each string by hash, and nothing for a string not there', () => {
    const strings = Array.from({ length: 5000 }, (_, i) => `id-${i}`);
    const table = buildAsciiTable(strings);
    const lookup = stringLookup(table, buildHashSlots(table));
    const wrong = strings.filter((string, i) => lookup.get(string) !== i);
    expect(wrong).toEqual([]);
    expect(lookup.get('id-5000')).toBeUndefined();
    expect(lookup.get('id-')).toBeUndefined();
    expect(lookup.has('id-42')).toBe(true);
    // A key that is not ASCII is simply not found.
    expect(lookup.get('id-4\u0132')).toBeUndefined();
  });

  it('find the first of two equal strings (ids are unique in a valid dataset, but the table does not assume it)', () => {
    const table = buildAsciiTable(['a', 'b', 'a']);
    expect(stringLookup(table, buildHashSlots(table)).get('a')).toBe(0);
  });
});

describe('byte tables', () => {
  it('encode records as UTF-8 and decode them back, whatever their characters', () => {
    const records = ['{"a":1}', '', 'Київ — «Kyiv»', '𝄞 clef', 'plain ascii'.repeat(50)];
    const table = buildByteTable(records.length, (i) => records[i]!);
    expect(records.map((_, i) => recordAt(table, i))).toEqual(records);
    expect(table.bytes.length).toBe(new TextEncoder().encode(records.join('')).length);
  });

  it('grow past a first estimate made from plain ASCII records when later ones are multi-byte', () => {
    const records = Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 'x'.repeat(10) : 'ж'.repeat(40)));
    const table = buildByteTable(records.length, (i) => records[i]!);
    for (const i of [0, 999, 1000, 1999]) expect(recordAt(table, i)).toBe(records[i]);
    expect(table.end[1999]).toBe(1000 * 10 + 1000 * 80);
  });
});
