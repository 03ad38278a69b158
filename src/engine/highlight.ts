/**
 * Where a search's words are in a text, so that the reader can see why an event matched. The
 * search (searchIndex.ts) folds text (fold.ts) and a query word matches every word it begins; this
 * finds those same word beginnings, as ranges of the text as written: "erdogan" marks "Erdoğan",
 * "sanc" marks the "sanc" of "Sanctions", and "putin" marks all of "Pu\u200btin".
 */
import { fold } from './fold';

/** [start, end) in UTF-16 code units of the original text. */
export type TextRange = readonly [start: number, end: number];

const ASCII_UPPER = /[A-Z]/;

/**
 * The ranges of `text` that the search `terms` (already folded, as `searchTerms` gives them)
 * match, in order and not overlapping. The text is folded one code point at a time, keeping where
 * each folded character came from: that is the search's folding, since every step of it (NFKD,
 * dropping marks and invisible characters, lower case) works a code point at a time, Greek final
 * sigma aside.
 */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  // A term is a word of the search (letters and digits): only a word's beginning can match it.
  const words = terms.filter((term) => WHOLE_WORD.test(term));
  if (words.length === 0 || text.length === 0) return [];
  const folded = foldedWithOrigins(text);
  // The longest term at each word beginning where one is found. Looking terms up (indexOf) rather
  // than walking every word keeps a quote of megabytes quick, where the terms are few and rare.
  const longestAt = new Map<number, number>();
  for (const term of words) {
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + 1)) {
      if (wordCharBefore(folded.text, at)) continue;
      if (term.length > (longestAt.get(at) ?? 0)) longestAt.set(at, term.length);
    }
  }
  const ranges: [number, number][] = [];
  for (const [at, length] of [...longestAt].sort((a, b) => a[0] - b[0])) {
    const start = folded.from(at);
    const end = folded.to(at + length - 1);
    const last = ranges[ranges.length - 1];
    // Two folded words from one code point ("½" → "1⁄2") share it: one range.
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

const WHOLE_WORD = /^[\p{L}\p{N}]+$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII = /[\u0080-\uffff]/;

/** Whether the code point just before `at` is a letter or digit (then `at` begins no word). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/**
 * The folded text, and for each of its UTF-16 units the code point of `text` it came from
 * ([from, to) in `text`). ASCII folds to itself in lower case, one unit for one: no table needed.
 */
function foldedWithOrigins(text: string): { text: string; from: (k: number) => number; to: (k: number) => number } {
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), from: (k) => k, to: (k) => k + 1 };
  const folded: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const out = code < 0x80 ? (ASCII_UPPER.test(char) ? char.toLowerCase() : char) : fold(char);
    for (let k = 0; k < out.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    // What folds to nothing (a combining accent, a zero-width space) belongs to the character before it.
    if (out.length === 0 && to.length > 0) to[to.length - 1] = i + width;
    folded.push(out);
    i += width;
  }
  return { text: folded.join(''), from: (k) => from[k]!, to: (k) => to[k]! };
}
