import { describe, expect, it } from 'vitest';
import { escapeInvisible, formatProblem } from './problems';

describe('escapeInvisible', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'], // ESC: a terminal command
    ['a\nb\r\tc', 'a\\u000ab\\u000d\\u0009c'], // line breaks cannot start a line of their own
    ['\u009b31m', '\\u009b31m'], // C1 control sequence introducer
    ['\u202eevil', '\\u202eevil'], // right-to-left override
    ['Pu\u200btin\u2066x\u2069', 'Pu\\u200btin\\u2066x\\u2069'], // zero-width space, isolates
    ['\ufeff\u00ad', '\\ufeff\\u00ad'], // byte-order mark, soft hyphen
  ])('%j → %s', (text, escaped) => {
    expect(escapeInvisible(text)).toBe(escaped);
  });

  it('leaves visible text, accents and other scripts alone', () => {
    const text = 'Erdoğan — “Kyiv” · Путин · אבג · 😀 a\\u001b';
    expect(escapeInvisible(text)).toBe(text);
  });

  it('is what formatProblem prints', () => {
    expect(formatProblem({ path: 'events[0].actors[0]', message: 'no actor with id "x\n\u202ey"' })).toBe(
      'events[0].actors[0]: no actor with id "x\\u000a\\u202ey"',
    );
  });
});
