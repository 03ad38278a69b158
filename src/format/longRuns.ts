/**
 * Chromium lays out a long run of characters with no break opportunity (a 100,000-letter "word", a
 * pasted hash, junk in a hostile dataset) in time that grows with the square of its length: one
 * such summary froze the details panel for 20–40 s. Splitting the run into pieces lets the view
 * put a `<wbr>` between them, a break opportunity that adds no character, so copied text stays
 * verbatim and layout stays linear.
 */
import { pairSafeCut } from './clip';

/** Runs of non-space characters longer than this are split. */
export const LONGEST_UNBROKEN_RUN = 64;

const LONG_RUN = new RegExp(`\\S{${LONGEST_UNBROKEN_RUN + 1},}`, 'g');

/**
 * The text cut into pieces so that no piece holds more than `LONGEST_UNBROKEN_RUN` non-space
 * characters in a row. Joining the pieces gives back the text exactly. Ordinary prose comes back as
 * one piece.
 */
export function splitLongRuns(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of text.matchAll(LONG_RUN)) {
    const runEnd = match.index + match[0].length;
    let cut = match.index + LONGEST_UNBROKEN_RUN;
    for (; cut < runEnd; cut += LONGEST_UNBROKEN_RUN) {
      const at = pairSafeCut(text, cut);
      pieces.push(text.slice(from, at));
      from = at;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}
