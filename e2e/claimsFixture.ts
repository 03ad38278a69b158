/**
 * A copy of the bundled dataset in which the 27 January call carries claims, for the claims specs
 * until the bundled dataset has its own (served through `?data=`). The claims and stances are the
 * test's own reading of the call's quotes; the quotes themselves are the dataset's, unchanged.
 */
import { readFileSync } from 'node:fs';
import { CALL_ID } from './sourceline';

export const CLAIMS_FIXTURE_PATH = '/claims-fixture.json';

type Reference = { claim: string; stance: 'asserts' | 'disputes' };

/** Excerpt index of the call → the claims it bears on. */
const REFERENCES: Record<number, Reference[]> = {
  5: [{ claim: 'went-badly', stance: 'asserts' }],
  22: [{ claim: 'went-badly', stance: 'asserts' }],
  29: [{ claim: 'went-badly', stance: 'asserts' }],
  12: [{ claim: 'went-badly', stance: 'disputes' }],
  15: [{ claim: 'went-badly', stance: 'disputes' }],
  17: [{ claim: 'went-badly', stance: 'disputes' }],
  6: [{ claim: 'invasion-certain', stance: 'asserts' }],
  23: [{ claim: 'invasion-certain', stance: 'asserts' }],
  7: [{ claim: 'invasion-certain', stance: 'disputes' }],
  24: [{ claim: 'invasion-certain', stance: 'disputes' }],
  // Horne and the White House dispute both: the account of the call and the "virtually certain".
  13: [
    { claim: 'went-badly', stance: 'disputes' },
    { claim: 'invasion-certain', stance: 'disputes' },
  ],
  14: [
    { claim: 'went-badly', stance: 'disputes' },
    { claim: 'invasion-certain', stance: 'disputes' },
  ],
  10: [{ claim: 'no-more-aid', stance: 'asserts' }],
};

export const FIXTURE_CLAIMS = [
  { id: 'went-badly', text: 'The call did not go well' },
  {
    id: 'invasion-certain',
    text: 'Biden told Zelensky that a Russian invasion was virtually certain once the ground freezes in February',
  },
  { id: 'no-more-aid', text: 'Biden said Ukraine would not be offered significantly more military help' },
];

export function claimsFixture(): string {
  const dataset = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'));
  const call = dataset.events.find((event: { id: string }) => event.id === CALL_ID);
  call.claims = FIXTURE_CLAIMS;
  call.excerpts.forEach((excerpt: { claims?: Reference[]; stance?: string }, i: number) => {
    delete excerpt.stance;
    if (REFERENCES[i]) excerpt.claims = REFERENCES[i];
  });
  return JSON.stringify(dataset);
}
