/**
 * Folding for quote comparison: typographic quotes, apostrophes and dashes become their plain
 * forms and every run of white space one space. Letters stay as they are: case and spelling are
 * the source's own, misspellings included. (The same rules as the curators' original checker.)
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACE = /\s/;

function foldChar(char: string): string {
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  return char;
}

export interface FoldedText {
  /** The folded text, trimmed. */
  text: string;
  /** For each UTF-16 unit of `text`, its index in the original (already NFC) text. */
  origin: Uint32Array;
}

/**
 * Folds `text` and remembers where each folded character came from, so that a match in the folded
 * text can be shown in the original. `text` should be NFC already (normalising changes lengths).
 */
export function foldWithMap(text: string): FoldedText {
  const out: string[] = [];
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (SPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && out.length > 0) {
      out.push(' ');
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    out.push(foldChar(char));
    origin.push(i);
  }
  return { text: out.join(''), origin: Uint32Array.from(origin) };
}

export function fold(text: string): string {
  return foldWithMap(text.normalize('NFC')).text;
}
