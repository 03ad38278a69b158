/**
 * Text folding for search: case, accents and a few letters that have no decomposition are
 * folded away, so "erdogan" finds "Erdoğan" and "zelenskyy" finds "Zelenskyy".
 */
const UNDECOMPOSABLE: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/**
 * Marks go (accents), and so do invisible format characters (\p{Cf}): zero-width spaces and
 * joiners, soft hyphens, bidirectional controls. A title written "Pu\u200btin" reads as "Putin"
 * and must be found as "putin", not hide behind a character nobody can see or type.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .toLowerCase()
    .replace(/[øđłßæœıþð]/g, (c) => UNDECOMPOSABLE[c] ?? c);
}

/** Words of folded text: runs of letters and digits. */
export function tokenize(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function searchTerms(query: string): string[] {
  return [...new Set(tokenize(fold(query)))];
}
