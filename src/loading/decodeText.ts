/**
 * Bytes to text, with the encoding found rather than assumed, and never a character replaced
 * silently. A byte-order mark says UTF-8, UTF-16 LE or UTF-16 BE. Without one, a file is read as
 * UTF-8 if it is valid UTF-8; otherwise it is almost always Windows-1252 (what Excel writes for
 * "CSV" in Western Europe, and a superset of Latin-1), which maps every byte to a character, so it
 * is read that way and the caller is told so. What cannot be text is refused with the reason.
 */
export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName; notice: string | null } | { ok: false; message: string };

const BOMS: readonly { bytes: readonly number[]; encoding: TextEncodingName | 'UTF-32'; label: string }[] = [
  // UTF-32 LE starts like UTF-16 LE, so it is looked for first.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32', label: '' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32', label: '' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16 LE', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16 BE', label: 'utf-16be' },
];

const SAVE_AS_UTF8 =
  'Save it as UTF-8 (in Excel: "CSV UTF-8"; in a text editor: Save with encoding UTF-8) and open it again.';

export function decodeText(bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  if (bom?.encoding === 'UTF-32') {
    return { ok: false, message: `It is encoded as UTF-32, which Sourceline does not read. ${SAVE_AS_UTF8}` };
  }
  if (bom) return decodeAs(bytes, bom.bytes.length, bom.encoding as TextEncodingName, bom.label);
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return decodeAs(bytes, 0, utf16.encoding, utf16.label);
  if (looksBinary(bytes)) return { ok: false, message: binaryMessage(bytes) };
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'UTF-8', null);
  const text = decodeWindows1252(bytes);
  const offset = firstInvalidUtf8(bytes);
  return checked(text, 'Windows-1252', windows1252Notice(text, offset));
}

/**
 * Whether bytes that are valid UTF-8 read through `decodeText` exactly as a plain UTF-8 decoder
 * reads them: no byte-order mark and no zero byte near the start (UTF-16 or binary). The loading
 * worker decodes chunks as they arrive on that guess, and hands anything else to `decodeText`.
 */
export function readsAsPlainUtf8(bytes: Uint8Array): boolean {
  return !BOMS.some((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte)) && !looksBinary(bytes);
}

/**
 * Text after a byte-order mark (or with UTF-16's unmistakable zero bytes) is in that encoding: a
 * byte that does not fit means the file is damaged or mislabelled, and guessing could mislead.
 */
function decodeAs(bytes: Uint8Array, bomLength: number, encoding: TextEncodingName, label: string): DecodeResult {
  const body = bytes.subarray(bomLength);
  const text = strictDecode(label, body);
  if (text !== null) return checked(text, encoding, null);
  const how = bomLength > 0 ? `It starts with the byte-order mark of ${encoding}` : `It looks like ${encoding} text`;
  const where =
    encoding === 'UTF-8'
      ? `a byte that is not UTF-8 (byte ${(bomLength + firstInvalidUtf8(body) + 1).toLocaleString('en-US')})`
      : 'bytes that are not UTF-16 (an odd number of bytes, or half of a character pair)';
  return { ok: false, message: `${how}, but contains ${where}. ${SAVE_AS_UTF8}` };
}

/** A second byte-order mark is not text anyone wrote, and would break the JSON or the first column name. */
function checked(text: string, encoding: TextEncodingName, notice: string | null): DecodeResult {
  if (text.startsWith('\ufeff')) {
    return {
      ok: false,
      message:
        'It starts with two byte-order marks (the invisible character U+FEFF, twice): an editor added one too many. Remove the extra one at the very start of the file and save it as UTF-8.',
    };
  }
  return { ok: true, text, encoding, notice };
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the mark was already taken off; another one is kept, to be reported.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a mark: a dataset or CSV starts with ASCII ("{", "[", a letter), which UTF-16
 * writes as that byte and a zero, in one order or the other.
 */
function unmarkedUtf16(bytes: Uint8Array): { encoding: TextEncodingName; label: string } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const [a, b, c, d] = [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return { encoding: 'UTF-16 LE', label: 'utf-16le' };
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return { encoding: 'UTF-16 BE', label: 'utf-16be' };
  return null;
}

/** Text files have no zero bytes; workbooks, archives and images do, near their start. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function binaryMessage(bytes: Uint8Array): string {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip
    ? 'It is a ZIP archive, not text: perhaps an Excel workbook (.xlsx). Save the sheet as "CSV UTF-8" and open that.'
    : 'It is not a text file (it contains zero bytes): open a JSON dataset, a CSV spreadsheet or a TimelineJS file.';
}

/** The offset of the first byte that breaks UTF-8 (only called when the decoder has refused). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      // The second byte of some leads has a narrower range (no overlong forms, no surrogates, nothing past U+10FFFF).
      const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it has typographic quotes, dashes, € and a
 * few letters. Written out here because Node's TextDecoder reads it as plain Latin-1 (a known bug),
 * and the validate command must read files as the page does.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

/** Where the first non-UTF-8 byte is, with the word it is in as now read, so a reader can judge. */
function windows1252Notice(text: string, offset: number): string {
  // In Windows-1252 one byte is one character, so the byte offset is the character offset.
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  let start = offset;
  let end = offset + 1;
  while (start > 0 && offset - start < 30 && !/[\s,;"\t]/.test(text[start - 1]!)) start--;
  while (end < text.length && end - offset < 30 && !/[\s,;"\t]/.test(text[end]!)) end++;
  return `This file is not UTF-8, so it was read as Windows-1252 (Western European, as Excel saves CSV files). Check that accented letters look right: the first one is on line ${line.toLocaleString('en-US')}, in "${text.slice(start, end)}". If they do not, save the file as UTF-8 and open it again.`;
}
