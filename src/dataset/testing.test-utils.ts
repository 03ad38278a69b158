/**
 * Fixture builders shared by the tests of every layer (not a test file itself: vitest only runs
 * `*.test.ts`). They write the same objects a dataset file holds, only shorter to read.
 */
import { parsePartialDate } from './dates';
import type { ClaimStance } from './vocabulary';
import type { Claim, Excerpt } from './types';

/**
 * An excerpt and the stance it takes on each claim it bears on, in the order given:
 * `excerpt('cnn', 'It went badly.', { badly: 'asserts' })`. Without stances it bears on no claim.
 */
export function excerpt(
  source: string,
  quote: string,
  stances: Record<string, ClaimStance> = {},
  more: Omit<Partial<Excerpt>, 'claims'> = {},
): Excerpt {
  const claims = Object.entries(stances).map(([claim, stance]) => ({ claim, stance }));
  return { source, quote, ...more, ...(claims.length > 0 ? { claims } : {}) };
}

/** An event's claims from their texts by id, in the order given: `claimsOf({ badly: 'The call went badly' })`. */
export function claimsOf(texts: Record<string, string>): Claim[] {
  return Object.entries(texts).map(([id, text]) => ({ id, text }));
}

/** The parsed form of a date the test knows is valid (a bad one fails the test with the parser's message). */
export function parsedDate(text: string) {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
