import { describe, expect, test } from 'vitest';
import { decodeText, decodeWindows1252, firstInvalidUtf8 } from './decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** UTF-16 code units written out in either byte order, as Windows and Excel save "Unicode text". */
function utf16(text: string, order: 'le' | 'be'): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    out.push(...(order === 'le' ? [low, high] : [high, low]));
  }
  return out;
}

/** "Erdoğan, Zürich" as Windows-1252 bytes (ğ has no place there, so a Western file would hold "Erdogan"). */
const WESTERN = [...utf8('title\nZ'), 0xfc, ...utf8('rich caf'), 0xe9, ...utf8(' \u0022quoted\u0022 '), 0x93, 0x94];

describe('decodeText', () => {
  test('plain UTF-8 reads as UTF-8, with no notice', () => {
    expect(decodeText(utf8('{"title":"Erdoğan"}'))).toEqual({
      ok: true,
      text: '{"title":"Erdoğan"}',
      encoding: 'UTF-8',
      notice: null,
    });
  });

  test.each([
    ['UTF-8', [0xef, 0xbb, 0xbf, ...utf8('{"a":"ğ"}')]],
    ['UTF-16 LE', [0xff, 0xfe, ...utf16('{"a":"ğ"}', 'le')]],
    ['UTF-16 BE', [0xfe, 0xff, ...utf16('{"a":"ğ"}', 'be')]],
  ])('a %s byte-order mark is read and taken off', (encoding, data) => {
    expect(decodeText(Uint8Array.from(data))).toEqual({ ok: true, text: '{"a":"ğ"}', encoding, notice: null });
  });

  test('UTF-16 without a mark is recognised from its zero bytes', () => {
    expect(decodeText(Uint8Array.from(utf16('date,title\n', 'le')))).toMatchObject({
      ok: true,
      text: 'date,title\n',
      encoding: 'UTF-16 LE',
    });
    expect(decodeText(Uint8Array.from(utf16('{}', 'be')))).toMatchObject({
      ok: true,
      text: '{}',
      encoding: 'UTF-16 BE',
    });
  });

  test('bytes that are not UTF-8 are read as Windows-1252, every character kept, and a notice says so and where', () => {
    const result = decodeText(Uint8Array.from(WESTERN));
    expect(result).toMatchObject({
      ok: true,
      encoding: 'Windows-1252',
      text: 'title\nZürich café "quoted" \u201c\u201d',
    });
    if (!result.ok) throw new Error('unreachable');
    expect(result.text).not.toContain('\ufffd');
    expect(result.notice).toContain('not UTF-8, so it was read as Windows-1252');
    expect(result.notice).toContain('line 2, in "Zürich"');
  });

  test('Windows-1252 keeps even the five bytes it leaves undefined, as control characters, not U+FFFD', () => {
    const result = decodeText(bytes(utf8('a'), [0x81, 0x8d, 0x8f, 0x90, 0x9d]));
    expect(result).toMatchObject({ ok: true, text: 'a\u0081\u008d\u008f\u0090\u009d' });
  });

  test('a file marked as UTF-8 that is not refuses, naming the byte', () => {
    const result = decodeText(bytes([0xef, 0xbb, 0xbf], utf8('ab'), [0xe9]));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('byte-order mark of UTF-8') });
    if (result.ok) throw new Error('unreachable');
    expect(result.message).toContain('byte 6');
  });

  test('broken UTF-16 (half a character pair) refuses', () => {
    const result = decodeText(bytes([0xff, 0xfe], utf16('{"a":"', 'le'), [0x00, 0xd8], utf16('"}', 'le')));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('not UTF-16') });
  });

  test('two byte-order marks: a clear message, not a JSON error', () => {
    for (const data of [
      [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('{}')],
      [0xff, 0xfe, 0xff, 0xfe, ...utf16('{}', 'le')],
    ]) {
      expect(decodeText(Uint8Array.from(data))).toMatchObject({
        ok: false,
        message: expect.stringContaining('two byte-order marks'),
      });
    }
  });

  test('UTF-32, a ZIP archive (an .xlsx workbook) and other binary files are refused by name', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('UTF-32'),
    });
    expect(decodeText(bytes([0x50, 0x4b, 0x03, 0x04], [20, 0, 0, 0, 8, 0]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Excel workbook (.xlsx)'),
    });
    expect(decodeText(bytes([0x89], utf8('PNG\r\n'), [0x1a, 0x0a, 0, 0, 0]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a text file'),
    });
  });

  test('an empty file is empty text', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'UTF-8', notice: null });
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    ['valid text', utf8('aé€😀'), 10],
    ['a lone continuation byte', bytes(utf8('ab'), [0x80]), 2],
    ['a Latin-1 é', bytes(utf8('caf'), [0xe9, 0x20]), 3],
    ['an overlong "/"', bytes([0xc0, 0xaf]), 0],
    ['an encoded surrogate', bytes(utf8('x'), [0xed, 0xa0, 0x80]), 1],
    ['past U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['cut short', bytes(utf8('ok'), [0xe2, 0x82]), 2],
  ])('%s', (_, data, offset) => {
    expect(firstInvalidUtf8(data)).toBe(offset);
    // The same verdict as the browser's own decoder.
    const valid = offset === data.length;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(data)).toSatisfy((decode: () => string) => {
      try {
        decode();
        return valid;
      } catch {
        return !valid;
      }
    });
  });
});

describe('decodeWindows1252', () => {
  test('matches the WHATWG table in 0x80–0x9F and is Latin-1 elsewhere', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    for (let i = 0; i < 256; i++) if (i < 0x80 || i >= 0xa0) expect(text.charCodeAt(i)).toBe(i);
  });
});
