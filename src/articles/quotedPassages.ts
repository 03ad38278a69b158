/**
 * The words a piece of prose (a title, a summary, a claim) puts in quotation marks. Double quotes,
 * straight or curly, always quote; single quotes only when they stand outside words, so that the
 * apostrophes of "Russia's" and "senators' push" are not read as quotation marks.
 */

const PATTERNS = [
  /"([^"]+)"/g,
  /\u201C([^\u201D]+)\u201D/g,
  // Inside single quotes, an apostrophe followed by a letter belongs to a word ("Kremlin's").
  /\u2018((?:[^\u2019]|\u2019(?=\p{L}))+)\u2019(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])'((?:[^'\n]|'(?=\p{L}))+)'(?![\p{L}\p{N}])/gu,
];

export interface QuotedPassage {
  text: string;
  /** Where the passage starts in the prose (inside the quotation marks). */
  index: number;
}

export function quotedPassages(prose: string): QuotedPassage[] {
  const found: QuotedPassage[] = [];
  for (const pattern of PATTERNS) {
    for (const match of prose.matchAll(pattern)) {
      const text = match[1]!.trim();
      if (text) found.push({ text, index: match.index + 1 });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
