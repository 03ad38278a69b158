/**
 * The text-level rules of iCalendar (RFC 5545 §3.1 and §3.3.11) that every line of an export
 * follows: TEXT escaping, and folding long lines into 75-octet pieces.
 */

const encoder = new TextEncoder();

/**
 * TEXT values (§3.3.11): backslash, semicolon and comma are escaped with a backslash, a line
 * break becomes the two characters "\n". Other control characters are not allowed in TEXT at all
 * (only tab is), so they are dropped rather than written into a file that calendars may refuse.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const MAX_OCTETS = 75;

/**
 * §3.1: a content line longer than 75 octets (not characters: UTF-8 bytes) is split, and each
 * continuation starts with a single space, which counts towards its 75. A multi-byte character is
 * never cut in two (iterating by code point keeps surrogate pairs whole too), so every piece is
 * valid UTF-8 by itself, as some readers require.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Reverses folding (for tests and for anyone reading a file back). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
