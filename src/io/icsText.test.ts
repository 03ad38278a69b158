import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, unfold } from './icsText';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText (RFC 5545 §3.3.11)', () => {
  test('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  test('drops control characters other than tab, which TEXT does not allow', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  test('leaves colons and quotes alone (they need no escaping in TEXT)', () => {
    expect(escapeText('Note: "quoted"')).toBe('Note: "quoted"');
  });
});

describe('foldLine (RFC 5545 §3.1)', () => {
  test('a line of 75 octets is not folded; 76 is', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  test('continuation lines hold 74 octets after their leading space', () => {
    expect(foldLine('B'.repeat(75 + 74 + 3))).toBe(`${'B'.repeat(75)}\r\n ${'B'.repeat(74)}\r\n BBB`);
  });

  test('counts UTF-8 octets and never splits a multi-byte character', () => {
    // "é" is 2 octets: 37 fit in the first 75 (74 octets), 38 would not.
    const folded = foldLine('é'.repeat(100));
    const lines = folded.split('\r\n');
    expect(lines[0]).toBe('é'.repeat(37));
    expect(lines[1]).toBe(` ${'é'.repeat(37)}`);
    expect(lines[2]).toBe(` ${'é'.repeat(26)}`);
    expect(unfold(folded)).toBe('é'.repeat(100));
  });

  test('keeps 4-octet characters (surrogate pairs in JavaScript) whole', () => {
    const line = `SUMMARY:${'😀'.repeat(40)}`;
    const lines = foldLine(line).split('\r\n');
    // "SUMMARY:" is 8 octets, then 16 emoji of 4 make 72; a 17th would make 76.
    expect(lines[0]).toBe(`SUMMARY:${'😀'.repeat(16)}`);
    for (const physical of lines) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(unfold(lines.join('\r\n'))).toBe(line);
  });

  test('mixed scripts: every physical line within 75 octets, and unfolding restores the line', () => {
    const line = `DESCRIPTION:${'Erdoğan – Зеленский – 習近平 – '.repeat(12)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });
});
