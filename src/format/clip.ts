/**
 * Long dataset texts, shown in bounded time: a quote, title or summary of megabytes is shown cut
 * to a readable length first (the rest on request), and when shown in full, in pieces that the
 * browser can lay out one at a time.
 */

export interface Clipped {
  text: string;
  /** Whether anything was cut off. */
  clipped: boolean;
}

/**
 * The text cut to at most `limit` characters, at a space near the end where there is one, never
 * between the halves of a surrogate pair. Text within the limit is returned whole.
 */
export function clipText(text: string, limit: number): Clipped {
  if (text.length <= limit) return { text, clipped: false };
  // Prefer a word boundary within the last fifth of the allowance.
  const space = text.lastIndexOf(' ', limit);
  const cut = space > limit * 0.8 ? space : pairSafeCut(text, limit);
  return { text: text.slice(0, cut).trimEnd(), clipped: true };
}

/**
 * The text in consecutive pieces of about `size` characters, each ending at a space where one is
 * near, never inside a surrogate pair; joined, they are the text again.
 */
export function textPieces(text: string, size: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    const space = text.lastIndexOf(' ', from + size - 1);
    const to = space > from + size * 0.8 ? space + 1 : pairSafeCut(text, from + size);
    pieces.push(text.slice(from, to));
    from = to;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** `at`, or one before it where cutting at `at` would split a surrogate pair (an emoji, say). */
export function pairSafeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
