/**
 * Where a search's words are in a text, so that the reader can see why an event matched. The
 * search (searchIndex.ts) folds text (fold.ts) and a query word matches every word it begins; this
 * finds those same word beginnings, as ranges of the text as written: "erdogan" marks "Erdoğan",
 * "sanc" marks the "sanc" of "Sanctions", and "putin" marks all of "Pu\u200btin".
 */
import { fold } from './fold';

/** [start, end) in UTF-16 code units of the original text. */
export type TextRange = readonly [start: number, end: number];

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_UPPER = /[A-Z]/;

/**
 * The ranges of `text` that the search `terms` (already folded, as `searchTerms` gives them)
 * match, in order and not overlapping. The text is folded one code point at a time, keeping where
 * each folded character came from: that is the search's folding, since every step of it (NFKD,
 * dropping marks and invisible characters, lower case) works a code point at a time, Greek final
 * sigma aside.
 */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0 || text.length === 0) return [];
  const folded: string[] = [];
  // For each folded UTF-16 unit, the code point of `text` it came from.
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    // ASCII folds to itself in lower case; only the rest needs the full folding.
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
  const foldedText = folded.join('');
  const ranges: [number, number][] = [];
  for (const word of foldedText.matchAll(WORD)) {
    let longest = 0;
    for (const term of terms) if (term.length > longest && word[0].startsWith(term)) longest = term.length;
    if (longest === 0) continue;
    const start = from[word.index]!;
    const end = to[word.index + longest - 1]!;
    const last = ranges[ranges.length - 1];
    // Two folded words from one code point ("½" → "1⁄2") share it: one range.
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}
