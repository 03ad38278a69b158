/**
 * Text folding for search: case, accents and a few letters that have no decomposition are
 * folded away, so "erdogan" finds "Erdoğan" and "zelenskyy" finds "Zelenskyy".
 */
import { foldAccents } from '../dataset/slugs';

const INVISIBLE = /\p{Cf}+/gu;

/**
 * Marks go (accents, see `foldAccents`), and so do invisible format characters (\p{Cf}): zero-width spaces and
 * joiners, soft hyphens, bidirectional controls. A title written "Pu\u200btin" reads as "Putin"
 * and must be found as "putin", not hide behind a character nobody can see or type.
 */
export function fold(text: string): string {
  return foldAccents(text).replace(INVISIBLE, '').toLowerCase();
}

/** Words of folded text: runs of letters and digits. */
export function tokenize(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function searchTerms(query: string): string[] {
  return [...new Set(tokenize(fold(query)))];
}
